using System.Text.Json;
using TradeApi.Extraction;

namespace TradeApi.Cli;

// `extract FILE...`: the extractor's facts as the JSON array the corpus scorer reads.
public static class ExtractCommand
{
    public static int Run(string[] files, TextWriter stdout, TextWriter stderr)
    {
        if (files.Length == 0)
        {
            stderr.WriteLine("usage: TradeApi extract FILE...");
            return 2;
        }
        var missing = files.Where(f => !File.Exists(f)).ToList();
        if (missing.Count > 0)
        {
            foreach (var f in missing) stderr.WriteLine($"extract: no such file '{f}'");
            return 2;
        }
        var output = files.Select(f =>
        {
            var result = Extractor.Extract(File.ReadAllText(f));
            return new DocumentFacts(Path.GetFileName(f), result.Volumes.Select(VolumeJson.From).ToList(), result.Targets.Select(TargetJson.From).ToList());
        }).ToList();
        stdout.WriteLine(JsonSerializer.Serialize(output, Json.Options));
        return 0;
    }

    public sealed record DocumentFacts(string File, IReadOnlyList<VolumeJson> Volumes, IReadOnlyList<TargetJson> Targets);
}

public sealed record EvidenceJson(int Start, int End, string Quote);

public sealed record VolumeJson(string Reporter, string Partner, string Flow, int Year, decimal Value, string Currency, string Qualifier, EvidenceJson Evidence,
    Amount? Restated)
{
    public static VolumeJson From(VolumeFact v) =>
        new(v.Reporter, v.Partner, v.Flow, v.Year, v.Value, v.Currency, v.Qualifier, new(v.Evidence.Start, v.Evidence.End, v.Evidence.Quote), v.Restated);
}

public sealed record TargetJson(
    string Reporter, string Partner, string Flow, string Kind, decimal? Value, string? Currency, decimal? Multiplier, decimal? BaseValue, int? BaseYear,
    int? ByYear, string? Horizon, string Qualifier, string? Speaker, bool StatedAsReached, EvidenceJson Evidence, Amount? Restated)
{
    public static TargetJson From(TargetFact t) =>
        new(t.Reporter, t.Partner, t.Flow, t.Kind, t.Value, t.Currency, t.Multiplier, t.BaseValue, t.BaseYear, t.ByYear, t.Horizon, t.Qualifier, t.Speaker,
            t.StatedAsReached, new(t.Evidence.Start, t.Evidence.End, t.Evidence.Quote), t.Restated);
}

public static class Json
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { WriteIndented = true };
}

using System.Text.Json;
using TradeApi.Extraction;

namespace TradeApi.Cli;

// `extract [--features] [--source ADDRESS] [--published-on DATE] FILE...`: the extractor's facts as the JSON array the corpus scorer
// reads. A --source or --published-on applies to the files after it, as the API's `source` and `publishedOn` fields do to one
// document: the publisher's address tells whose dollars a bare "$" is and which country is a side. --features adds what the
// confidence model saw to each fact (bench/train-confidence.py reads it).
public static class ExtractCommand
{
    public const string Usage = "usage: TradeApi extract [--features] [--source ADDRESS] [--published-on yyyy-MM-dd] FILE... (each option applies to the files after it)";

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var files = new List<(string Path, string? Source, DateOnly? PublishedOn)>();
        string? source = null;
        DateOnly? publishedOn = null;
        var withFeatures = false;
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] is "--features")
            {
                withFeatures = true;
                continue;
            }
            if (args[i] is "--published-on")
            {
                if (i + 1 >= args.Length || !DateOnly.TryParseExact(args[i + 1], "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var date))
                {
                    stderr.WriteLine("extract: --published-on needs a date as yyyy-MM-dd; " + Usage);
                    return 2;
                }
                publishedOn = date;
                i++;
                continue;
            }
            if (args[i] is "--source")
            {
                if (i + 1 >= args.Length)
                {
                    stderr.WriteLine("extract: --source needs an address (a URL or a name); " + Usage);
                    return 2;
                }
                source = args[++i].Trim() is { Length: > 0 } given ? given : null;
                continue;
            }
            files.Add((args[i], source, publishedOn));
        }
        if (files.Count == 0)
        {
            stderr.WriteLine(Usage);
            return 2;
        }
        var missing = files.Where(f => !File.Exists(f.Path)).ToList();
        if (missing.Count > 0)
        {
            foreach (var f in missing) stderr.WriteLine($"extract: no such file '{f.Path}'");
            return 2;
        }
        var output = new System.Text.Json.Nodes.JsonArray();
        foreach (var f in files)
        {
            var result = Extractor.Extract(File.ReadAllText(f.Path), f.PublishedOn, source: f.Source);
            var facts = new DocumentFacts(Path.GetFileName(f.Path), result.Volumes.Select(VolumeJson.From).ToList(), result.Targets.Select(TargetJson.From).ToList());
            var node = JsonSerializer.SerializeToNode(facts, Json.Options)!;
            if (withFeatures)
            {
                AddFeatures(node["volumes"]!.AsArray(), result.Volumes.Select(v => v.Features));
                AddFeatures(node["targets"]!.AsArray(), result.Targets.Select(t => t.Features));
            }
            output.Add(node);
        }
        stdout.WriteLine(output.ToJsonString(Json.Options));
        return 0;
    }

    private static void AddFeatures(System.Text.Json.Nodes.JsonArray facts, IEnumerable<IReadOnlyList<double>?> features)
    {
        var i = 0;
        foreach (var f in features)
        {
            var named = new System.Text.Json.Nodes.JsonObject();
            for (var k = 0; k < Extractor.FeatureNames.Count && f is not null; k++) named[Extractor.FeatureNames[k]] = f[k];
            facts[i++]!["features"] = named;
        }
    }

    public sealed record DocumentFacts(string File, IReadOnlyList<VolumeJson> Volumes, IReadOnlyList<TargetJson> Targets);
}

public sealed record EvidenceJson(int Start, int End, string Quote);

public sealed record VolumeJson(string Reporter, string Partner, string Flow, int Year, decimal Value, string Currency, string Qualifier, EvidenceJson Evidence,
    Amount? Restated,
    [property: System.ComponentModel.Description(Volumes.ConfidenceDescription.Text)] decimal Confidence,
    [property: System.ComponentModel.Description("What the figure counts: goods, goodsAndServices, or null when the text does not say. Official customs figures are goods.")] string? Coverage,
    [property: System.ComponentModel.Description("The stored fact's id (GET or PATCH /api/v1/volumes/{id}); null where nothing is stored (extract, check).")] long? Id = null)
{
    public static VolumeJson From(VolumeFact v) =>
        new(v.Reporter, v.Partner, v.Flow, v.Year, v.Value, v.Currency, v.Qualifier, new(v.Evidence.Start, v.Evidence.End, v.Evidence.Quote), v.Restated, v.Confidence,
            v.Coverage);
}

public sealed record TargetJson(
    string Reporter, string Partner, string Flow, string Kind, decimal? Value, string? Currency, decimal? Multiplier, decimal? BaseValue, int? BaseYear,
    int? ByYear, string? Horizon, string Qualifier, string? Speaker, bool StatedAsReached, EvidenceJson Evidence, Amount? Restated,
    [property: System.ComponentModel.Description(Volumes.ConfidenceDescription.Text)] decimal Confidence,
    [property: System.ComponentModel.Description("The stored fact's id (GET or PATCH /api/v1/targets/{id}); null where nothing is stored (extract, check).")] long? Id = null)
{
    public static TargetJson From(TargetFact t) =>
        new(t.Reporter, t.Partner, t.Flow, t.Kind, t.Value, t.Currency, t.Multiplier, t.BaseValue, t.BaseYear, t.ByYear, t.Horizon, t.Qualifier, t.Speaker,
            t.StatedAsReached, new(t.Evidence.Start, t.Evidence.End, t.Evidence.Quote), t.Restated, t.Confidence);
}

public static class Json
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { WriteIndented = true };
}

using System.Text.Json;
using TradeApi.Documents;
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
            var facts = new DocumentFacts(Path.GetFileName(f.Path), result.Volumes, result.Targets);
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

    public sealed record DocumentFacts(string File, IReadOnlyList<VolumeFact> Volumes, IReadOnlyList<TargetFact> Targets);
}

public static class Json
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { WriteIndented = true };
}

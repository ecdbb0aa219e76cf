using System.Text.Json;
using TradeApi.Extraction;

namespace TradeApi.Extraction.Tests;

// The dev corpus scored the way shared/corpus/score.py scores it; the floor rises as the extractor improves.
public class CorpusTests
{
    private const double Floor = 0.98;

    public static string CorpusDir()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (!File.Exists(Path.Combine(dir.FullName, "TradeApi.sln"))) continue;
            var corpus = Path.Combine(dir.FullName, "..", "shared", "corpus", "dev");
            if (Directory.Exists(corpus)) return corpus;
        }
        throw new DirectoryNotFoundException("shared/corpus/dev not found beside the repository; CI lays it there");
    }

    [Fact]
    public void DevCorpusF1IsAtLeastTheFloor()
    {
        int tp = 0, fp = 0, fn = 0, evidenceOk = 0, qualifierOk = 0, matched = 0;
        foreach (var file in Directory.GetFiles(CorpusDir(), "*.txt").Order())
        {
            var text = File.ReadAllText(file);
            var gold = JsonDocument.Parse(File.ReadAllText(Path.ChangeExtension(file, ".gold.json"))).RootElement;
            var r = Extractor.Extract(text);
            Score(text, gold.GetProperty("volumes"), r.Volumes.Cast<object>().ToList(), VolumeMatch, ref tp, ref fp, ref fn, ref evidenceOk, ref qualifierOk, ref matched);
            Score(text, gold.GetProperty("targets"), r.Targets.Cast<object>().ToList(), TargetMatch, ref tp, ref fp, ref fn, ref evidenceOk, ref qualifierOk, ref matched);
        }
        var p = tp + fp == 0 ? 1 : (double)tp / (tp + fp);
        var rc = tp + fn == 0 ? 1 : (double)tp / (tp + fn);
        var f1 = p + rc == 0 ? 0 : 2 * p * rc / (p + rc);
        Assert.True(f1 >= Floor, $"dev F1 {f1:F3} (P {p:F3}, R {rc:F3}) is below the floor {Floor}");
        Assert.Equal(matched, evidenceOk);
        Assert.True(qualifierOk >= 0.95 * matched, $"qualifier accuracy {qualifierOk}/{matched}");
    }

    private delegate bool Match(JsonElement gold, object predicted);

    private static void Score(string text, JsonElement gold, List<object> predicted, Match match, ref int tp, ref int fp, ref int fn,
        ref int evidenceOk, ref int qualifierOk, ref int matched)
    {
        var used = new HashSet<int>();
        foreach (var g in gold.EnumerateArray())
        {
            var hit = Enumerable.Range(0, predicted.Count).FirstOrDefault(i => !used.Contains(i) && match(g, predicted[i]), -1);
            if (hit < 0) { fn++; continue; }
            used.Add(hit);
            tp++;
            matched++;
            var (ev, q) = predicted[hit] switch
            {
                VolumeFact v => (v.Evidence, v.Qualifier),
                TargetFact t => (t.Evidence, t.Qualifier),
                _ => throw new InvalidOperationException(),
            };
            var anchor = g.GetProperty("anchor").GetString()!;
            var a = text.IndexOf(anchor, StringComparison.Ordinal);
            if (ev.Start <= a && a + anchor.Length <= ev.End && text[ev.Start..ev.End] == ev.Quote) evidenceOk++;
            if (q == (g.GetProperty("qualifier").GetString() ?? "exact")) qualifierOk++;
        }
        fp += predicted.Count - used.Count;
    }

    private static string Key(string r, string p, string flow) => flow switch
    {
        "exports" => $"{r}>{p}",
        "imports" => $"{p}>{r}",
        _ => string.CompareOrdinal(r, p) < 0 ? $"{r}-{p}" : $"{p}-{r}",
    };

    private static bool Close(double? a, double? b, double tol) =>
        a is not null && b is not null && Math.Abs(a.Value - b.Value) <= tol * Math.Max(Math.Max(Math.Abs(a.Value), Math.Abs(b.Value)), 1);

    private static double? Num(JsonElement e, string name) => e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetDouble() : null;

    private static bool VolumeMatch(JsonElement g, object o) => o is VolumeFact p
        && Key(g.GetProperty("reporter").GetString()!, g.GetProperty("partner").GetString()!, g.GetProperty("flow").GetString()!) == Key(p.Reporter, p.Partner, p.Flow)
        && g.GetProperty("year").GetInt32() == p.Year && g.GetProperty("currency").GetString() == p.Currency
        && Close(Num(g, "value"), (double)p.Value, 0.015);

    private static bool TargetMatch(JsonElement g, object o)
    {
        if (o is not TargetFact p) return false;
        if (Key(g.GetProperty("reporter").GetString()!, g.GetProperty("partner").GetString()!, g.GetProperty("flow").GetString()!) != Key(p.Reporter, p.Partner, p.Flow)) return false;
        var valueOk = Close(Num(g, "value"), (double?)p.Value, 0.02);
        var multOk = Num(g, "multiplier") is { } m && Close(m, (double?)p.Multiplier, 0.01);
        if (!valueOk && !multOk) return false;
        return Num(g, "byYear") is not { } by || by == p.ByYear;
    }
}

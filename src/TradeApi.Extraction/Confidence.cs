using System.Text.RegularExpressions;

namespace TradeApi.Extraction;

// How sure the rules were, 0 to 1, from what they saw in the sentence a fact came from: both countries named in it (or carried from
// the sentences before), the year written in it (or resolved from "last year" or an earlier sentence), a trade word close to the
// figure, a hedge ("could", "is expected to", "estimated"), a headline. The README's "Reviewing facts" gives the scale; the corpus
// test prints the calibration table.
internal static partial class Confidence
{
    private const decimal Base = 0.55m;

    [GeneratedRegex(@"\b(?:could|may|might|would|expected|estimated|estimates?|forecast|projected|likely|possibly|reportedly|unofficial)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Hedge();

    [GeneratedRegex(@"\b(?:trade|turnover|exports?|imports?|shipments?|commerce)\b", RegexOptions.IgnoreCase)]
    private static partial Regex TradeWord();

    [GeneratedRegex(@"\b(?:19|20)\d\d\b")]
    private static partial Regex WrittenYear();

    // Everything is read within this many characters of the figure: a run-on "sentence" of megabytes with thousands of figures must
    // not make each of them rescan it.
    private const int Window = 300;

    private static (int Start, int End) Around(Sentence s, int at) => (Math.Max(s.Start, at - Window), Math.Min(s.End, at + Window));

    public static decimal OfVolume(Document doc, Sentence s, VolumeFact v, int figureStart)
    {
        var (from, to) = Around(s, figureStart);
        var sentence = doc.Text.AsSpan(from, to - from);
        var score = Base + Named(doc, s, from, to, v.Reporter, v.Partner);
        score += WrittenYear().IsMatch(sentence) && sentence.Contains(v.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal) ? 0.12m : -0.08m;
        var near = doc.Text.AsSpan(Math.Max(s.Start, figureStart - 80), Math.Max(0, figureStart - Math.Max(s.Start, figureStart - 80)));
        score += TradeWord().IsMatch(near) ? 0.08m : -0.05m;
        score += Common(sentence, s, v.Qualifier);
        return Clamp(score);
    }

    public static decimal OfTarget(Document doc, Sentence s, TargetFact t, int figureStart)
    {
        var (from, to) = Around(s, figureStart);
        var sentence = doc.Text.AsSpan(from, to - from);
        var score = Base + Named(doc, s, from, to, t.Reporter, t.Partner);
        // A level and a year written out is a plain goal; a multiple needs its base, a vague horizon a guess at the deadline.
        score += t.Kind == "absolute" ? 0.08m : t.BaseValue is not null ? 0.05m : -0.1m;
        score += t.ByYear is not null ? 0.06m : t.StatedAsReached ? 0.04m : -0.04m;
        score += t.Speaker is not null ? 0.04m : 0m;
        score += Common(sentence, s, t.Qualifier);
        return Clamp(score);
    }

    // Both countries of the fact named in its sentence, one of them, or neither (the pair carried from the text before).
    private static decimal Named(Document doc, Sentence s, int from, int to, string reporter, string partner)
    {
        bool r = false, p = false;
        foreach (var c in doc.CountriesIn(s, from, to))
        {
            r |= c.Iso3 == reporter;
            p |= c.Iso3 == partner;
        }
        return r && p ? 0.22m : r || p ? 0.08m : -0.12m;
    }

    private static decimal Common(ReadOnlySpan<char> sentence, Sentence s, string qualifier) =>
        (Hedge().IsMatch(sentence) ? -0.15m : 0m) + (s.Headline ? -0.06m : 0m) + (qualifier == Qualifiers.Exact ? 0m : -0.02m);

    private static decimal Clamp(decimal score) => decimal.Round(Math.Clamp(score, 0.05m, 0.99m), 2);
}

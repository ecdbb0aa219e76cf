using System.Text.RegularExpressions;

namespace TradeApi.Extraction;

// How likely a fact is right, 0 to 1: a logistic regression over what the rules saw near its figure (the features below), with the
// weights in ConfidenceModel.cs. The weights are fitted by bench/train-confidence.py on the gold corpora and its calibration table is
// measured on publishers held out of the fit (README, "Reviewing facts"). Facts below Floor are not emitted.
internal static partial class Confidence
{
    /// <summary>Facts less likely than this are dropped: a wrong figure with a quote is worse than none. Chosen with the weights
    /// (bench/train-confidence.py): 0.3 once enough held-out facts below it are mostly wrong, else none; never above a studied fact.</summary>
    public const double Floor = ConfidenceModel.Floor;

    /// <summary>The features in the order the model's weights follow; `extract --features` prints them by these names.</summary>
    public static readonly string[] FeatureNames =
    [
        "bothNamed", "oneNamed", "yearWritten", "tradeWordNear", "hedge", "headline", "qualified", "directed", "publisherSide", "publisherKnown",
        "explicitCurrency", "manyFigures", "longSentence", "percentNear", "servicesNear", "bracketed", "mainPair",
        "target", "absolute", "relativeWithBase", "deadline", "speaker", "statedAsReached",
    ];

    [GeneratedRegex(@"\b(?:could|may|might|would|expected|estimated|estimates?|forecast|projected|likely|possibly|reportedly|unofficial)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Hedge();

    [GeneratedRegex(@"\b(?:trade|turnover|exports?|imports?|shipments?|commerce|exporter|importer)\b", RegexOptions.IgnoreCase)]
    private static partial Regex TradeWord();

    [GeneratedRegex(@"%|\bper\s?cent\b", RegexOptions.IgnoreCase)]
    private static partial Regex Percent();

    [GeneratedRegex(@"\bservices\b", RegexOptions.IgnoreCase)]
    private static partial Regex Services();

    // Everything is read within this many characters of the figure: a run-on "sentence" of megabytes with thousands of figures must
    // not make each of them rescan it.
    private const int Window = 300;

    public static double[] OfVolume(Document doc, Sentence s, VolumeFact v, int figure) =>
        Features(doc, s, figure, v.Reporter, v.Partner, v.Flow, v.Qualifier, v.Year, target: null);

    public static double[] OfTarget(Document doc, Sentence s, TargetFact t, int figure) =>
        Features(doc, s, figure, t.Reporter, t.Partner, t.Flow, t.Qualifier, t.ByYear, t);

    private static double[] Features(Document doc, Sentence s, int figure, string reporter, string partner, string flow, string qualifier, int? year, TargetFact? target)
    {
        var at = figure >= 0 ? doc.Monies[figure].Start : s.Start;
        var (from, to) = (Math.Max(s.Start, at - Window), Math.Min(s.End, at + Window));
        var sentence = doc.Text.AsSpan(from, to - from);
        bool r = false, p = false;
        foreach (var c in doc.CountriesIn(s, from, to))
        {
            r |= c.Iso3 == reporter;
            p |= c.Iso3 == partner;
        }
        var nearFrom = Math.Max(s.Start, at - 80);
        var near = doc.Text.AsSpan(nearFrom, at - nearFrom);
        var aroundFrom = Math.Max(s.Start, at - 30);
        var around = doc.Text.AsSpan(aroundFrom, Math.Min(s.End, at + 40) - aroundFrom);
        var money = figure >= 0 ? doc.Monies[figure] : default;
        var mainPair = doc.MainPair is { } mp && ((mp.A == reporter && mp.B == partner) || (mp.A == partner && mp.B == reporter));
        return
        [
            B(r && p), B(r ^ p),
            B(year is { } y && sentence.Contains(y.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)),
            B(TradeWord().IsMatch(near)), B(Hedge().IsMatch(sentence)), B(s.Headline), B(qualifier != Qualifiers.Exact), B(flow != Flows.Total),
            B(doc.Publisher is { } pub && (pub == reporter || pub == partner)), B(doc.Publisher is not null),
            B(figure >= 0 && !money.Bare), B(s.MoneyTo - s.MoneyFrom >= 3), B(s.End - s.Start > 250),
            B(Percent().IsMatch(around)), B(Services().IsMatch(sentence)), B(figure >= 0 && doc.Text.AsSpan(s.Start, at - s.Start).TrimEnd().EndsWith("(")),
            B(mainPair),
            B(target is not null), B(target?.Kind == "absolute"), B(target is { Kind: "relative", BaseValue: not null }), B(target?.ByYear is not null),
            B(target?.Speaker is not null), B(target?.StatedAsReached == true),
        ];
    }

    private static double B(bool x) => x ? 1 : 0;

    /// <summary>The model's probability that a fact with these features is right.</summary>
    public static double Probability(double[] features)
    {
        var z = ConfidenceModel.Intercept;
        for (var i = 0; i < features.Length; i++) z += ConfidenceModel.Weights[i] * features[i];
        return 1 / (1 + Math.Exp(-z));
    }

    /// <summary>The probability as stored and served: two decimals, never 0 or 1.</summary>
    public static decimal Served(double probability) => decimal.Round((decimal)Math.Clamp(probability, 0.01, 0.99), 2);
}

using System.ComponentModel;
using System.Globalization;
using TradeApi.Documents;
using TradeApi.Extraction;
using TradeApi.Facts;
using TradeApi.Infrastructure;
using TradeApi.Official;
using TradeApi.Rates;

namespace TradeApi.Checks;

/// One official figure set beside a stated one.
public sealed record OfficialComparison(
    [property: Description("The country whose customs figure this is.")] string Reporter,
    [property: Description("The flow as that country reported it (a partner's mirror of exports is its imports).")] string Flow,
    int Year,
    [property: Description("The official figure in US dollars, as imported.")] decimal Usd,
    [property: Description("The official figure in the stated figure's currency at the year's average rate; null when no rate is held (no_rate).")] decimal? Value,
    [property: Description("Units of the stated currency per US dollar used; 1 for dollars; null when no rate is held.")] decimal? Rate,
    [property: Description("(stated - official) / official in percent, one decimal; null without a rate.")] decimal? DifferencePercent,
    string Dataset);

/// A stated volume judged against the official record.
public sealed record VolumeCheck(
    VolumeFact Fact,
    [property: Description("consistent, overstated, understated, not_comparable or no_data.")] [property: Infrastructure.OneOf(nameof(Infrastructure.Vocabulary.Verdicts))] string Verdict,
    [property: Description("Why a figure could not be compared: no_rate (no exchange rate for its currency and year) or goods_and_services (official figures count goods only); null otherwise.")] string? Reason,
    [property: Description("The difference accepted as consistent, in percent: the precision of the number as written, the qualifier, and an allowance for how customs offices value goods (README, Checking claims).")] decimal TolerancePercent,
    [property: Description("The reporter's own official figure for the year and flow; null when it reported none.")] OfficialComparison? Own,
    [property: Description("The partner's figure for the same goods (its imports for the reporter's exports); null when it reported none.")] OfficialComparison? Mirror,
    [property: Description("The stated figure in US dollars at its year's average rate; null for dollars or without a rate.")] UsdValue? Usd,
    string Explanation);

/// A stated target with its status, as the target lists judge it.
public sealed record TargetCheck(TargetFact Fact, Targets.Evaluation Evaluation,
    [property: Description("A level in another currency in US dollars at its deadline's rate (or the latest, latestRate); null for dollars or without a rate.")] UsdValue? Usd = null);

/// Every figure of a text judged against the official record.
public sealed record CheckReport(
    [property: Description("The stored document's id; null for a text checked without storing it.")] string? DocumentId,
    string Title, DateOnly? PublishedOn,
    IReadOnlyList<VolumeCheck> Volumes, IReadOnlyList<TargetCheck> Targets,
    [property: Description("How many volumes got each verdict.")] IReadOnlyDictionary<string, int> Verdicts);

// The one verdict on a stated figure against the official record, used by the check endpoints, the pair view and the chart. A stated
// figure is consistent when it lies within its tolerance of either side's official figure (the reporter's own, or its partner's mirror:
// customs offices value the same goods differently, and a text may quote either); otherwise it is judged against the reporter's own
// figure where it gave one, else the mirror.
public static class ClaimCheck
{
    /// <summary>Allowance for how the record itself varies: imports valued CIF against exports FOB, revisions, a dataset's rounding.</summary>
    public const decimal ValuationAllowancePercent = 3m;

    /// <summary>Allowance for "about", "close to", "nearly", "some".</summary>
    public const decimal ApproximateAllowancePercent = 5m;

    /// <summary>The precision of the number as written: half a unit of its last significant digit, relative to it, at least this much …</summary>
    public const decimal MinPrecisionPercent = 2m;

    /// <summary>… and at most this much (a one-digit round figure such as "$1 billion" or "$30 billion").</summary>
    public const decimal MaxPrecisionPercent = 10m;

    /// The tolerance of a stated figure in percent: its written precision, its qualifier, and the valuation allowance.
    public static decimal TolerancePercent(decimal value, string qualifier)
    {
        var precision = Math.Clamp(HalfUnitPercent(value), MinPrecisionPercent, MaxPrecisionPercent);
        var approximate = qualifier == Extraction.Qualifiers.Approximately ? ApproximateAllowancePercent : 0m;
        return precision + approximate + ValuationAllowancePercent;
    }

    // 1,000,000,000 -> half of 10^9 -> 50 %; 1,030,000,000 -> half of 10^7 -> 0.49 %; 35,000,000,000 -> half of 10^9 -> 1.4 %.
    private static decimal HalfUnitPercent(decimal value)
    {
        if (value <= 0) return MaxPrecisionPercent;
        var digits = decimal.Truncate(value);
        if (digits != value) return 0m;
        var unit = 1m;
        while (digits >= 10 && digits % 10 == 0)
        {
            digits /= 10;
            unit *= 10;
        }
        return unit / 2 / value * 100;
    }

    /// A verdict for one difference under a tolerance, read in the direction the qualifier allows.
    public static string VerdictOf(decimal differencePercent, decimal tolerancePercent, string qualifier) => qualifier switch
    {
        "more_than" or "at_least" => differencePercent > tolerancePercent ? "overstated" : "consistent",
        "less_than" or "at_most" => differencePercent < -tolerancePercent ? "understated" : "consistent",
        _ => differencePercent > tolerancePercent ? "overstated" : differencePercent < -tolerancePercent ? "understated" : "consistent",
    };

    /// One stated volume against the pair's official figures for its year.
    public static VolumeCheck Judge(VolumeFact v, IReadOnlyList<OfficialFigure> yearFigures, RateTable rates)
    {
        var tolerance = decimal.Round(TolerancePercent(v.Value, v.Qualifier), 1);
        var usd = rates.ToUsd(v.Value, v.Currency, v.Year);
        var own = Compare(v, yearFigures, v.Reporter, v.Flow, rates);
        var mirror = Compare(v, yearFigures, v.Partner, OfficialFigures.Mirror(v.Flow), rates);
        VolumeCheck Result(string verdict, string? reason, string explanation) => new(v, verdict, reason, tolerance, own, mirror, usd, explanation);

        if (v.Coverage == Extraction.Coverages.GoodsAndServices)
            return Result("not_comparable", "goods_and_services", "the text counts goods and services; official customs figures count goods only");
        if (own is null && mirror is null)
            return Result("no_data", null, $"no official figure for {v.Reporter}-{v.Partner} {v.Flow} in {v.Year}");
        if (own?.DifferencePercent is null && mirror?.DifferencePercent is null)
            return Result("not_comparable", "no_rate", $"no exchange rate for {v.Currency} in {v.Year}; the official figures are in US dollars");
        var sides = new[] { own, mirror }.Where(s => s?.DifferencePercent is not null).Select(s => s!).ToList();
        var verdicts = sides.Select(s => (Side: s, Verdict: VerdictOf(s.DifferencePercent!.Value, tolerance, v.Qualifier))).ToList();
        var (side, verdict) = verdicts.FirstOrDefault(x => x.Verdict == "consistent") is { Side: not null } hit ? hit : verdicts[0];
        var whose = side.Reporter == v.Reporter ? $"{side.Reporter}'s own figure" : $"{side.Reporter}'s mirror figure";
        var converted = v.Currency == RateTable.Usd ? "" : string.Create(CultureInfo.InvariantCulture, $" ({Amounts.Money(side.Usd)} USD at {side.Rate:0.######} {v.Currency} per USD)");
        var words = verdict switch
        {
            "consistent" when Math.Abs(side.DifferencePercent!.Value) > tolerance => $"as \"{v.Qualifier.Replace('_', ' ')}\" allows, whatever the tolerance of {tolerance:0.0} %",
            "consistent" => $"within the tolerance of {tolerance:0.0} %",
            "overstated" => $"above the tolerance of {tolerance:0.0} %",
            _ => $"below the tolerance of {tolerance:0.0} %",
        };
        return Result(verdict, null, string.Create(CultureInfo.InvariantCulture,
            $"stated {Amounts.Money(v.Value)} {v.Currency} is {Math.Abs(side.DifferencePercent!.Value):0.0} % {(side.DifferencePercent >= 0 ? "above" : "below")} {whose} for {v.Year}, {Amounts.Money(side.Value!.Value)} {v.Currency}{converted}; {words}"));
    }

    /// A stored volume against its pair's official figures.
    public static VolumeCheck Judge(Volumes.StatedVolume v, IReadOnlyList<OfficialFigure> pairFigures, RateTable rates) =>
        Judge(new VolumeFact(v.Reporter, v.Partner, v.Flow, v.Year, v.Value, v.Currency, v.Qualifier, new(v.Provenance.Start, v.Provenance.End, v.Provenance.Quote),
            v.Restated, v.Confidence ?? 0, null, v.Coverage), pairFigures, rates);

    public static FigureCheck Brief(VolumeCheck c)
    {
        var side = new[] { c.Own, c.Mirror }.FirstOrDefault(s => s?.DifferencePercent is { } d && VerdictOf(d, c.TolerancePercent, c.Fact.Qualifier) == c.Verdict)
            ?? c.Own ?? c.Mirror;
        return new FigureCheck(c.Verdict, c.Reason, side?.DifferencePercent, c.TolerancePercent, c.Explanation);
    }

    /// Whether a verdict says the figure and the record disagree.
    public static bool Disagrees(string verdict) => verdict is "overstated" or "understated";

    private static OfficialComparison? Compare(VolumeFact v, IReadOnlyList<OfficialFigure> figures, string reporter, string flow, RateTable rates)
    {
        var f = figures.Where(x => x.Year == v.Year && x.Reporter == reporter && x.Flow == flow).OrderBy(x => x.Dataset, StringComparer.Ordinal).FirstOrDefault();
        if (f is null) return null;
        var rate = rates.UnitsPerUsd(v.Currency, v.Year);
        var value = rate is null ? null : rates.FromUsd(f.Value, v.Currency, v.Year);
        var difference = value is { } o ? Infrastructure.Amounts.Ratio(v.Value - o, o, 1, 100) : null;
        return new OfficialComparison(reporter, flow, v.Year, f.Value, value, rate, difference, f.Dataset);
    }


    /// Counts of each verdict, every verdict present (0 when none).
    public static IReadOnlyDictionary<string, int> Count(IEnumerable<VolumeCheck> checks)
    {
        var counts = Infrastructure.Vocabulary.Verdicts.ToDictionary(v => v, _ => 0);
        foreach (var c in checks) counts[c.Verdict]++;
        return counts;
    }
}

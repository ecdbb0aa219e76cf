using TradeApi.Infrastructure;
using TradeApi.Volumes;

namespace TradeApi.Targets;

// Judges a stated target against official figures where they cover it, stated figures otherwise.
public static class TargetEvaluator
{
    /// A vague horizon ("in the next few years", "soon") is read as this many years after the statement.
    public const int VagueHorizonYears = 5;

    /// A target with its evaluation and, in another currency, its level in dollars at its deadline's rate.
    public static TargetView View(StatedTarget t, Inputs inputs, Rates.RateTable rates) => new(t with { Usd = UsdOf(t, rates) }, Judge(t, inputs));

    /// What a target is judged on: its direction's official dollar figures, the same in its currency, and its direction's stated
    /// figures. They depend only on the target's reporter, partner, flow and currency, so the targets of a pair that share those
    /// share one Inputs (a busy pair's thousands of targets used to read its thousands of figures each).
    public sealed record Inputs(int OfficialInDollars, IReadOnlyList<Actual> Official, IReadOnlyList<Actual> Stated)
    {
        public static (string Reporter, string Partner, string Flow, string? Currency) KeyOf(StatedTarget t) => (t.Reporter, t.Partner, t.Flow, t.Currency);

        public static Inputs Of(StatedTarget t, IEnumerable<TradeApi.Official.OfficialFigure> officialFigures, IEnumerable<StatedFigure> statedVolumes, Rates.RateTable rates)
        {
            var inDollars = TradeApi.Official.OfficialFigures.Series(officialFigures, t.Reporter, t.Partner, t.Flow);
            return new(inDollars.Count, t.Currency is null ? [] : OfficialSeries(inDollars, t.Currency, rates), StatedSeries(t, statedVolumes));
        }
    }

    /// The year a target is judged by: the one it names, else the statement's year plus VagueHorizonYears.
    public static int? DeadlineOf(StatedTarget t) => t.ByYear ?? (t.Provenance.PublishedOn?.Year ?? (t.BaseYear is { } b ? b + 1 : null)) + VagueHorizonYears;

    /// A level in another currency in dollars at its deadline's rate, or the latest rate when the deadline has none yet.
    public static Rates.UsdValue? UsdOf(StatedTarget t, Rates.RateTable rates) =>
        t is { Value: { } value, Currency: { } currency } && DeadlineOf(t) is { } deadline ? rates.ToUsd(value, currency, deadline, latestIfMissing: true) : null;

    /// A target judged against its pair's official figures (set in the target's currency at each year's average rate) and stated figures.
    public static Evaluation Judge(StatedTarget t, IEnumerable<Official.OfficialFigure> officialFigures, IEnumerable<Volumes.StatedVolume> statedVolumes, Rates.RateTable rates) =>
        Judge(t, Inputs.Of(t, officialFigures, Figures(statedVolumes), rates));

    public static Evaluation Judge(StatedTarget t, Inputs inputs)
    {
        // The target's direction: its reporter's figures where it reported, else its partner's mirror figures (Inputs.Of).
        var official = inputs.Official;
        var evaluation = Evaluate(t, official, inputs.Stated);
        if (evaluation.Basis != Sources.Official && official.Count == 0 && inputs.OfficialInDollars > 0 && t.Currency is { } currency && t.Value is not null)
            return evaluation with { Explanation = evaluation.Explanation + $"; the official figures are in US dollars and no exchange rate for {currency} is held for their years (no_rate)" };
        return evaluation;
    }

    public static Evaluation Evaluate(StatedTarget t, IReadOnlyList<Actual> official, IReadOnlyList<Actual> stated)
    {
        var evaluation = EvaluateInOneCurrency(t, official, stated);
        // Official figures set in another currency say at which rate, so the reader can check the arithmetic.
        return evaluation is { Basis: Sources.Official, Latest: { Usd: { } usd } latest }
            ? evaluation with { Explanation = evaluation.Explanation + string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $" (official {latest.Year} figure {Amounts.Money(usd.Value)} USD = {Amounts.Money(latest.Value)} {latest.Currency} at {usd.Rate:0.######} {latest.Currency} per USD)") }
            : evaluation;
    }

    /// The first year whose figures a target's judgement reads: the year before its statement (its base year when undated).
    public static int FirstYearRead(StatedTarget t) => FromYear(t) - 1;

    private static int FromYear(StatedTarget t) => t.Provenance.PublishedOn?.Year ?? (t.BaseYear is { } b ? b + 1 : 1900);

    private static Evaluation EvaluateInOneCurrency(StatedTarget t, IReadOnlyList<Actual> official, IReadOnlyList<Actual> stated)
    {
        var deadline = DeadlineOf(t);
        var assumed = t.ByYear is null && deadline is not null;
        var from = FromYear(t);

        if (t.Value is not { } level || t.Currency is null)
            return new("no_data", Sources.Stated, deadline, assumed, null, null, null, "the text gives no base figure, so the target has no level to measure against");

        var officialUsable = official.Where(a => a.Currency == t.Currency && a.Year >= from - 1).ToList();
        var statedUsable = stated.Where(a => a.Currency == t.Currency && a.Year >= from - 1).ToList();
        var useOfficial = officialUsable.Count > 0;
        var series = (useOfficial ? officialUsable : statedUsable).OrderBy(a => a.Year).ToList();
        var basis = useOfficial ? Sources.Official : Sources.Stated;
        var latest = series.LastOrDefault();
        decimal? progress = latest is null ? null : Infrastructure.Amounts.Ratio(latest.Value, level, 4);

        if (t.StatedAsReached)
            return new("achieved", "statement", deadline, assumed, latest, progress, t.Provenance.PublishedOn?.Year ?? t.BaseYear,
                latest is null ? "the text states the goal as reached" : $"the text states the goal as reached; the latest {basis} figure is {progress:P1} of it");

        bool Meets(decimal v) => t.Qualifier == "more_than" ? v > level : v >= level;
        var hit = series.FirstOrDefault(a => a.Year >= from && (deadline is null || a.Year <= deadline) && Meets(a.Value));
        if (hit is not null)
            return new("achieved", basis, deadline, assumed, latest, progress, hit.Year, $"{basis} figure for {hit.Year} reached the target");
        if (latest is null || latest.Year < from)
            return new("no_data", basis, deadline, assumed, latest, progress, null, "no figures for the years since the target was stated");
        if (deadline is not null && latest.Year >= deadline)
        {
            // A historical text ("by 1999", figures from 2000 on) or a deadline before the statement: no figure up to the deadline to judge by.
            if (series.LastOrDefault(a => a.Year >= from && a.Year <= deadline) is not { } atDeadline)
                return new("no_data", basis, deadline, assumed, latest, progress, null, $"no {basis} figures for the years from the statement to the deadline ({deadline})");
            return new("missed", basis, deadline, assumed, latest, progress, null, $"{basis} figure for {atDeadline.Year} was below the target at its deadline");
        }
        if (deadline is null)
            return new("behind", basis, null, false, latest, progress, null, "not yet reached; no year to judge the pace against");

        // On track when the latest figure is at or above the straight line from the base to the target at the deadline.
        var startYear = t.BaseYear ?? series[0].Year;
        var startValue = t.BaseValue ?? series[0].Value;
        var expected = deadline.Value == startYear ? level
            : startValue + (level - startValue) * (latest.Year - startYear) / (deadline.Value - startYear);
        return latest.Value >= expected
            ? new("on_track", basis, deadline, assumed, latest, progress, null, $"latest {basis} figure is at or above the straight path to the target")
            : new("behind", basis, deadline, assumed, latest, progress, null, $"latest {basis} figure is below the straight path to the target");
    }

    /// Official dollar figures in `currency`, each at its own year's average rate; a year without a rate is left out, never guessed.
    private static List<Actual> OfficialSeries(List<(int Year, decimal Value, string ReportedBy)> inDollars, string currency, Rates.RateTable rates)
    {
        var result = new List<Actual>(inDollars.Count);
        foreach (var (year, value, reportedBy) in inDollars)
        {
            if (currency == Official.OfficialFigures.Currency) result.Add(new Actual(year, value, currency, Sources.Official, reportedBy));
            else if (rates.UnitsPerUsd(currency, year) is { } rate && rates.FromUsd(value, currency, year) is { } converted)
                result.Add(new Actual(year, converted, currency, Sources.Official, reportedBy, new Rates.UsdValue(value, rate, year)));
        }
        return result;
    }

    public static List<Actual> StatedSeries(StatedTarget t, IEnumerable<StatedFigure> volumes) =>
        volumes.Where(v => SameDirection(t, v)).GroupBy(v => v.Year)
            .Select(g => g.First()).Select(v => new Actual(v.Year, v.Value, v.Currency, Sources.Stated, v.Reporter)).OrderBy(a => a.Year).ToList();

    /// The stated figures' parts a target's evaluation reads (in year, then storage order; rejected ones left out).
    public static IEnumerable<StatedFigure> Figures(IEnumerable<Volumes.StatedVolume> volumes) =>
        volumes.Select(v => new StatedFigure(v.Year, v.Value, v.Currency, v.Flow, v.Reporter));

    private static bool SameDirection(StatedTarget t, StatedFigure v) => t.Flow switch
    {
        "total" => v.Flow == "total",
        "exports" => (v.Flow == "exports" && v.Reporter == t.Reporter) || (v.Flow == "imports" && v.Reporter == t.Partner),
        _ => (v.Flow == "imports" && v.Reporter == t.Reporter) || (v.Flow == "exports" && v.Reporter == t.Partner),
    };
}

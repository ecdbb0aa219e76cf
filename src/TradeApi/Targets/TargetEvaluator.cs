namespace TradeApi.Targets;

// Judges a stated target against official figures where they cover it, stated figures otherwise.
public static class TargetEvaluator
{
    /// A vague horizon ("in the next few years", "soon") is read as this many years after the statement.
    public const int VagueHorizonYears = 5;

    public static Evaluation Evaluate(StatedTarget t, IReadOnlyList<Actual> official, IReadOnlyList<Actual> stated)
    {
        var statedYear = t.Provenance.PublishedOn?.Year ?? (t.BaseYear is { } b ? b + 1 : null);
        var deadline = t.ByYear ?? statedYear + VagueHorizonYears;
        var assumed = t.ByYear is null && deadline is not null;
        var from = statedYear ?? t.BaseYear ?? 1900;

        if (t.Value is not { } level || t.Currency is null)
            return new("no_data", "stated", deadline, assumed, null, null, null, "the text gives no base figure, so the target has no level to measure against");

        var officialUsable = official.Where(a => a.Currency == t.Currency && a.Year >= from - 1).ToList();
        var statedUsable = stated.Where(a => a.Currency == t.Currency && a.Year >= from - 1).ToList();
        var useOfficial = officialUsable.Count > 0;
        var series = (useOfficial ? officialUsable : statedUsable).OrderBy(a => a.Year).ToList();
        var basis = useOfficial ? "official" : "stated";
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

    /// The official figures for a target's pair and flow in the target's direction (OfficialFigures.Series: the target's reporter where it
    /// reported, else its partner's mirror figure).
    public static List<Actual> OfficialSeries(StatedTarget t, IEnumerable<Official.OfficialFigure> figures) =>
        Official.OfficialFigures.Series(figures, t.Reporter, t.Partner, t.Flow)
            .Select(s => new Actual(s.Year, s.Value, Official.OfficialFigures.Currency, "official", s.ReportedBy)).ToList();

    public static List<Actual> StatedSeries(StatedTarget t, IEnumerable<Volumes.StatedVolume> volumes) =>
        volumes.Where(v => SameDirection(t, v)).GroupBy(v => v.Year)
            .Select(g => g.First()).Select(v => new Actual(v.Year, v.Value, v.Currency, "stated", v.Reporter)).OrderBy(a => a.Year).ToList();

    private static bool SameDirection(StatedTarget t, Volumes.StatedVolume v) => t.Flow switch
    {
        "total" => v.Flow == "total",
        "exports" => (v.Flow == "exports" && v.Reporter == t.Reporter) || (v.Flow == "imports" && v.Reporter == t.Partner),
        _ => (v.Flow == "imports" && v.Reporter == t.Reporter) || (v.Flow == "exports" && v.Reporter == t.Partner),
    };
}

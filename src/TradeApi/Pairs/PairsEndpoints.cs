using System.ComponentModel;
using Microsoft.AspNetCore.Http.HttpResults;
using TradeApi.Extraction;
using TradeApi.Infrastructure;
using TradeApi.Storage;
using TradeApi.Targets;
using TradeApi.Volumes;

namespace TradeApi.Pairs;

/// A pair's yearly figures, filtered.
public sealed record PairVolumes([property: Description("Canonical pair key.")] string Pair, IReadOnlyList<VolumeRow> Items);

/// Mirror statistics of a pair: each side's figure for a flow beside its partner's figure for the same goods.
public sealed record PairMirror([property: Description("Canonical pair key.")] string Pair, [property: Description("exports or imports.")] string Flow,
    IReadOnlyList<Official.MirrorYear> Items);

/// A pair's stated targets, each judged against the figures.
public sealed record PairTargets([property: Description("Canonical pair key.")] string Pair, IReadOnlyList<TargetView> Items);

public static class PairsEndpoints
{
    private const string PairDescription = "Two countries joined by '-', in any order and any accepted form: `BLR-KAZ`, `kz-by`, `Kazakhstan-Belarus`.";

    public static IEndpointRouteBuilder MapPairsEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/pairs").WithTags("Pairs")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        group.MapGet("/", List).WithName("ListPairs").Produces<Page<PairSummary>>(200, "application/json", "text/csv")
            .WithSummary("List pairs that have facts")
            .WithDescription("Pairs with stated volumes, targets or official figures, ordered by key: both countries, the years covered, counts, and the latest two-way total.");
        group.MapGet("/{pair}", Get).WithName("GetPair")
            .WithSummary("Get a pair with its figures year by year")
            .WithDescription("Stated and official figures side by side per year. A year is flagged as a conflict when a stated total and an official total in the same currency differ by more than 10%.");
        group.MapGet("/{pair}/volumes", ListVolumes).WithName("ListPairVolumes").Produces<PairVolumes>(200, "application/json", "text/csv")
            .WithSummary("List a pair's yearly figures")
            .WithDescription("Stated figures carry their provenance (document, span, quote). Official rows are as each reporter gave them, plus the reporter's two-way total (exports + imports).");
        group.MapGet("/{pair}/mirror", Mirror).WithName("GetPairMirror").Produces<PairMirror>(200, "application/json", "text/csv")
            .WithSummary("Compare what each side of a pair reports for the same goods")
            .WithDescription("""
                Mirror statistics from the official figures: per year and direction, what the reporter gave for the flow (flow=exports: its exports to the
                partner) beside what the partner gave for the same goods (its imports from the reporter), and the gap in percent. Both directions of the
                pair are listed. Example: BLR-KAZ 2010, flow=exports: Kazakhstan reports 35.3 million USD of exports to Belarus, Belarus 405.8 million of
                imports from Kazakhstan.
                """);
        group.MapGet("/{pair}/targets", ListTargets).WithName("ListPairTargets").Produces<PairTargets>(200, "application/json", "text/csv")
            .WithSummary("List a pair's stated targets with their status")
            .WithDescription("""
                Each target is judged against official figures when any cover the years since it was stated (in USD), otherwise against stated figures.
                Status: `achieved` (a figure reached the level by the deadline, or the text says it was reached), `on_track` (latest figure at or above the straight line from the base to the level at the deadline),
                `behind` (below that line), `missed` (the deadline year has figures and the level was not reached), `no_data` (no level or no figures since the statement).
                A vague horizon ("in the next few years", "soon") is read as five years after the statement (for an undated document: the year after its base figure).
                """);
        return app;
    }

    private static ProblemHttpResult PairProblem(string? problem) =>
        problem is not null && problem.StartsWith("unknown country", StringComparison.Ordinal) ? Problems.NotFound(problem) : Problems.BadRequest(problem ?? "invalid pair");

    private static async Task<Results<Ok<Page<PairSummary>>, CsvResult, ProblemHttpResult>> List(
        HttpRequest request,
        Db db,
        [Description("Rows per page, 1 to 1000 (default 100).")] int? limit,
        [Description("Opaque cursor from the previous page's nextCursor.")] string? cursor,
        [Description("json (default) or csv; Accept: text/csv works too.")] string? format,
        CancellationToken ct)
    {
        if (Paging.ValidateList(format, limit, cursor, out var take, out var after) is { } problem) return Problems.BadRequest(problem);
        var rows = await db.ReadAsync(c => PairsStore.List(c, after, take + 1), ct);
        return Paging.Respond(request, format, Paging.Make(rows, take, p => p.Key),
            ["key", "a", "b", "firstYear", "lastYear", "statedVolumes", "officialRows", "targets", "latestYear", "latestValue", "latestCurrency", "latestSource"],
            p => [p.Key, p.A.Iso3, p.B.Iso3, p.FirstYear, p.LastYear, p.StatedVolumes, p.OfficialRows, p.Targets, p.Latest?.Year, p.Latest?.Value, p.Latest?.Currency, p.Latest?.Source]);
    }

    private static async Task<Results<Ok<PairDetail>, ProblemHttpResult>> Get(Db db, [Description(PairDescription)] string pair, CancellationToken ct)
    {
        if (PairKey.Parse(pair, out var problem) is not { } p) return PairProblem(problem);
        var key = PairKey.Of(p.A.Iso3, p.B.Iso3);
        var result = await db.ReadAsync(c =>
        {
            var summary = PairsStore.Get(c, key);
            if (summary is null) return null;
            var rows = Rows(c, key, null, null, null, null, null);
            return new PairDetail(summary, PairsStore.ConflictTolerance, PairsStore.Years(rows));
        }, ct);
        return result is null ? NoFacts(key) : TypedResults.Ok(result);
    }

    private static ProblemHttpResult NoFacts(string key) =>
        Problems.NotFound($"no facts for pair {key}; GET /api/v1/pairs lists the pairs that have any");

    // Each source is read only when asked for and when the pair has any of it (the summary's counts), with the filters in its query.
    private static List<VolumeRow> Rows(Microsoft.Data.Sqlite.SqliteConnection c, string key, int? from, int? to, string? flow, string? source, string? reporter,
        (long Stated, long Official)? counts = null)
    {
        var stated = source is null or "stated" && counts?.Stated != 0
            ? VolumesStore.Stated(c, key, from, to).Where(v => (flow is null || v.Flow == flow) && (reporter is null || v.Reporter == reporter)).Select(VolumesStore.RowOf)
            : [];
        var official = source is null or "official" && counts?.Official != 0
            ? Official.OfficialFigures.ByPair(c, key, from, to, flow, reporter).Select(VolumesStore.RowOf)
            : [];
        return stated.Concat(official).OrderBy(r => r.Year).ThenBy(r => r.Source, StringComparer.Ordinal).ThenBy(r => r.Reporter, StringComparer.Ordinal)
            .ThenBy(r => r.Flow, StringComparer.Ordinal).ToList();
    }

    private static async Task<Results<Ok<PairVolumes>, CsvResult, ProblemHttpResult>> ListVolumes(
        HttpRequest request,
        Db db,
        [Description(PairDescription)] string pair,
        [Description("First year, inclusive (1900-2100).")] int? from,
        [Description("Last year, inclusive (1900-2100).")] int? to,
        [Description("total, exports or imports.")] string? flow,
        [Description("stated (from documents) or official (imported statistics).")] string? source,
        [Description("Only the rows this country reported (either country of the pair, any accepted form).")] string? reporter,
        [Description("json (default) or csv; Accept: text/csv works too.")] string? format,
        CancellationToken ct)
    {
        if (PairKey.Parse(pair, out var problem) is not { } p) return PairProblem(problem);
        if (VolumesEndpoints.Country(reporter, "reporter", out var reporterIso) is { } reporterProblem) return Problems.BadRequest(reporterProblem);
        if (reporterIso is not null && reporterIso != p.A.Iso3 && reporterIso != p.B.Iso3)
            return Problems.BadRequest($"reporter {reporterIso} is not a country of the pair {PairKey.Of(p.A.Iso3, p.B.Iso3)}");
        if (CsvResult.FormatProblem(format) is { } formatProblem) return Problems.BadRequest(formatProblem);
        if (Filters.Years(from, to) is { } yearProblem) return Problems.BadRequest(yearProblem);
        if (flow is not null && !Flows.All.Contains(flow)) return Problems.BadRequest($"flow '{CountriesTruncate(flow)}' is not one of total, exports, imports");
        if (source is not null && source is not ("stated" or "official")) return Problems.BadRequest($"source '{CountriesTruncate(source)}' is not one of stated, official");
        var key = PairKey.Of(p.A.Iso3, p.B.Iso3);
        var result = await db.ReadAsync(c => PairsStore.Counts(c, key) is { } counts ? Rows(c, key, from, to, flow, source, reporterIso, counts) : null, ct);
        if (result is null) return NoFacts(key);
        if (CsvResult.Wanted(request, format))
            return new CsvResult(FlatVolumes.CsvHeader,
                result.Select(r => (IReadOnlyList<object?>)[r.Pair, r.Reporter, r.Partner, r.Flow, r.Year, r.Value, r.Currency, r.Source, r.Qualifier, r.Dataset,
                    r.Provenance?.DocumentId, r.Provenance?.Start, r.Provenance?.End, r.Provenance?.Quote]));
        return TypedResults.Ok(new PairVolumes(key, result));
    }

    private static async Task<Results<Ok<PairMirror>, CsvResult, ProblemHttpResult>> Mirror(
        HttpRequest request,
        Db db,
        [Description(PairDescription)] string pair,
        [Description("exports (default) or imports: the flow as the reporter gives it.")] string? flow,
        [Description("First year, inclusive (1900-2100).")] int? from,
        [Description("Last year, inclusive (1900-2100).")] int? to,
        [Description("json (default) or csv; Accept: text/csv works too.")] string? format,
        CancellationToken ct)
    {
        if (PairKey.Parse(pair, out var problem) is not { } p) return PairProblem(problem);
        if (CsvResult.FormatProblem(format) is { } formatProblem) return Problems.BadRequest(formatProblem);
        if (Filters.Years(from, to) is { } yearProblem) return Problems.BadRequest(yearProblem);
        flow ??= "exports";
        if (flow is not ("exports" or "imports")) return Problems.BadRequest($"flow '{CountriesTruncate(flow)}' is not one of exports, imports (a total has no mirror of its own)");
        var key = PairKey.Of(p.A.Iso3, p.B.Iso3);
        var result = await db.ReadAsync(c => PairsStore.Exists(c, key)
            ? Official.OfficialFigures.Mirrors(Official.OfficialFigures.ByPair(c, key, from, to, totals: false), p.A.Iso3, p.B.Iso3, flow)
            : null, ct);
        if (result is null) return NoFacts(key);
        if (CsvResult.Wanted(request, format))
            return new CsvResult(["year", "reporter", "partner", "flow", "reported", "mirror", "gapPercent"],
                result.Select(m => (IReadOnlyList<object?>)[m.Year, m.Reporter, m.Partner, m.Flow, m.Reported, m.Mirror, m.GapPercent]));
        return TypedResults.Ok(new PairMirror(key, flow, result));
    }

    private static string CountriesTruncate(string s) => Countries.CountriesEndpoints.Truncate(s);

    private static async Task<Results<Ok<PairTargets>, CsvResult, ProblemHttpResult>> ListTargets(
        HttpRequest request, Db db, [Description(PairDescription)] string pair, [Description("json (default) or csv; Accept: text/csv works too.")] string? format, CancellationToken ct)
    {
        if (PairKey.Parse(pair, out var problem) is not { } p) return PairProblem(problem);
        if (CsvResult.FormatProblem(format) is { } formatProblem) return Problems.BadRequest(formatProblem);
        var key = PairKey.Of(p.A.Iso3, p.B.Iso3);
        var result = await db.ReadAsync(c => PairsStore.Exists(c, key) ? TargetsStore.Evaluated(c, key) : null, ct);
        if (result is null) return NoFacts(key);
        if (CsvResult.Wanted(request, format)) return new CsvResult(TargetsEndpoints.CsvHeader, result.Select(TargetsEndpoints.CsvRow));
        return TypedResults.Ok(new PairTargets(key, result));
    }
}

public static class Filters
{
    public static string? Years(int? from, int? to)
    {
        if (from is < 1900 or > 2100) return $"from must be a year between 1900 and 2100; got {from}";
        if (to is < 1900 or > 2100) return $"to must be a year between 1900 and 2100; got {to}";
        if (from > to) return $"from ({from}) is after to ({to}); give from <= to";
        return null;
    }

    /// One year parameter (year, byYear), named in its own message.
    public static string? Year(int? year, string name) =>
        year is < 1900 or > 2100 ? $"{name} must be a year between 1900 and 2100; got {year}" : null;
}

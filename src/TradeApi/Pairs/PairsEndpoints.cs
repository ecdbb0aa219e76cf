using System.ComponentModel;
using Microsoft.AspNetCore.Http.HttpResults;
using TradeApi.Extraction;
using TradeApi.Infrastructure;
using TradeApi.Storage;
using TradeApi.Targets;
using TradeApi.Volumes;

namespace TradeApi.Pairs;

public static partial class PairsEndpoints
{
    private const string PairDescription = "Two countries joined by '-', in any order and any accepted form: `BLR-KAZ`, `kz-by`, `Kazakhstan-Belarus`.";

    public static IEndpointRouteBuilder MapPairsEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/pairs").WithTags("Pairs")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        var pair = group.MapGroup("/{pair}").AddEndpointFilter(PairRoute.Resolve);
        group.MapGet("/", List).WithName("ListPairs").WithExamples(PairsExamples.ListPairs).Produces<Page<PairSummary>>(200, "application/json", "text/csv")
            .WithSummary("List pairs that have facts")
            .WithDescription("Pairs with stated volumes, targets or official figures, ordered by key (or by `sort`): both countries, the years covered, counts, and the latest two-way total. `country` keeps the pairs with one of the countries on either side. With format=csv (or Accept: text/csv) and no limit, every matching pair streams in one answer.");
        pair.MapGet("", Get).WithName("GetPair").WithExamples(PairsExamples.GetPair)
            .WithSummary("Get a pair's overview")
            .WithDescription("The pair's summary (countries, years covered, counts, the latest two-way total), how many of its targets have each status, and links to its figures and targets, which page: `links.volumes` gives stated and official figures year by year, each stated one with its claim check.");
        pair.MapGet("/volumes", ListVolumes).WithName("ListPairVolumes").WithExamples(PairsExamples.ListPairVolumes).Produces<PairVolumes>(200, "application/json", "text/csv")
            .WithSummary("List a pair's yearly figures")
            .WithDescription("Stated figures carry their provenance (document, span, quote). Official rows are as each reporter gave them, plus the reporter's two-way total (exports + imports). Ordered by year, then official before stated, reporter, flow, dataset and id; keyset paging with limit and cursor like the flat lists (CSV without a limit: every row).");
        pair.MapGet("/mirror", Mirror).WithName("GetPairMirror").WithExamples(PairsExamples.GetPairMirror).Produces<PairMirror>(200, "application/json", "text/csv")
            .WithSummary("Compare what each side of a pair reports for the same goods")
            .WithDescription("""
                Mirror statistics from the official figures: per year and direction, what the reporter gave for the flow (flow=exports: its exports to the
                partner) beside what the partner gave for the same goods (its imports from the reporter), and the gap in percent. Both directions of the
                pair are listed. Example: BLR-KAZ 2010, flow=exports: Kazakhstan reports 35.3 million USD of exports to Belarus, Belarus 405.8 million of
                imports from Kazakhstan.
                """);
        pair.MapGet("/targets", ListTargets).WithName("ListPairTargets").WithExamples(PairsExamples.ListPairTargets).Produces<PairTargets>(200, "application/json", "text/csv")
            .WithSummary("List a pair's stated targets with their status")
            .WithDescription("""
                Each target is judged against official figures when any cover the years since it was stated (set in the target's currency at each
                year's average rate), otherwise against stated figures. In id order; keyset paging with limit and cursor (CSV without a limit: every target).
                Status: `achieved` (a figure reached the level by the deadline, or the text says it was reached), `on_track` (latest figure at or above the straight line from the base to the level at the deadline),
                `behind` (below that line), `missed` (the deadline year has figures and the level was not reached), `no_data` (no level or no figures since the statement).
                A vague horizon ("in the next few years", "soon") is read as five years after the statement (for an undated document: the year after its base figure).
                """);
        pair.MapGet("/chart.svg", Chart).WithName("GetPairChart").WithExamples(PairsExamples.GetPairChart).Produces<string>(200, "image/svg+xml")
            .WithSummary("Get a pair's chart as SVG")
            .WithDescription("""
                The pair's yearly figures drawn on the server, for an <img>, a README or a report: the reporter's official two-way totals as a line,
                stated figures as dots (ringed red when the claim check finds them overstated or understated), and each target with
                a level as a dashed line from the year it was stated to its deadline, labelled with its status. Figures in US dollars (stated
                figures in another currency are left out). The SVG has a title and a description that says the figures in words, for screen readers.
                """);
        pair.MapGet("/series", Series).WithName("GetPairSeries").WithExamples(PairsExamples.GetPairSeries).Produces<PairSeries>(200, "application/json", "text/csv")
            .WithSummary("Get one series of a pair for a chart")
            .WithDescription("""
                Year to value for one flow, one source, one reporter and one currency, in year order, one point per year: what a chart plots as is.
                Official points are the reporter's own figures (a total is its exports plus its imports); where several datasets cover a year, the first
                by name. Stated points are the figures documents give for the flow (for a total, from either side); where several documents state a year,
                the most recently published one. Example: /api/v1/pairs/BLR-KAZ/series?flow=total&source=official&reporter=BLR.
                """);
        return app;
    }

    private static async Task<Results<Ok<Page<PairSummary>>, CsvResult, ProblemHttpResult>> List(HttpRequest request, Db db, [AsParameters] PairsQuery query, CancellationToken ct)
    {
        if (!Paging.TryDecode(query.Cursor, out var after)) return Paging.BadCursor();
        var sort = Vocabulary.Canonical(Vocabulary.PairSorts, query.Sort) ?? "key";
        var countries = CountryAttribute.Codes(query.Country);
        // A script asking for CSV without a limit gets every pair in one answer, streamed in keyset chunks as the flat volume list is.
        if (Paging.Whole(request, query.Limit))
        {
            const int chunk = 5_000;
            if (await db.ReadAsync(c => PairsStore.List(c, sort, after, chunk, countries), ct) is not { } first) return Paging.BadCursor();
            return Paging.All(PairsCsvHeader, PairsCsvRow, first, chunk, (a, n) => { using var c = db.Open(); return PairsStore.List(c, sort, a, n, countries) ?? []; },
                p => PairsStore.CursorOf(p, sort), request.HttpContext.RequestAborted);
        }
        var take = query.Limit ?? Paging.DefaultLimit;
        var result = await db.ReadAsync<(List<PairSummary> Rows, long? Total)?>(c =>
        {
            var rows = PairsStore.List(c, sort, after, take + 1, countries);
            return rows is null ? null : (rows, query.Count == true ? (countries.Count == 0 ? PairsStore.Count(c) : PairsStore.Count(c, countries)) : null);
        }, ct);
        if (result is null) return Paging.BadCursor();
        var page = Paging.Make(result.Value.Rows, take, p => PairsStore.CursorOf(p, sort)) with { Total = result.Value.Total };
        return Paging.Respond(request, page, PairsCsvHeader, PairsCsvRow);
    }

    internal static readonly string[] PairsCsvHeader =
        ["key", "a", "b", "firstYear", "lastYear", "statedVolumes", "officialRows", "targets", "latestYear", "latestValue", "latestCurrency", "latestSource"];

    internal static IReadOnlyList<object?> PairsCsvRow(PairSummary p) =>
        [p.Key, p.A.Iso3, p.B.Iso3, p.FirstYear, p.LastYear, p.StatedVolumes, p.OfficialRows, p.Targets, p.Latest?.Year, p.Latest?.Value, p.Latest?.Currency, p.Latest?.Source];

    internal static readonly string[] SeriesCsvHeader = ["year", "value", "currency", "reporter", "partner", "flow", "source", "qualifier", "documentId", "dataset"];

    internal static IReadOnlyList<object?> SeriesCsvRow(PairSeries s, SeriesPoint x) =>
        [x.Year, x.Value, s.Currency, s.Reporter, s.Partner, s.Flow, s.Source, x.Qualifier, x.DocumentId, x.Dataset];

    internal static readonly string[] MirrorCsvHeader = ["year", "reporter", "partner", "flow", "reported", "mirror", "gapPercent"];

    internal static IReadOnlyList<object?> MirrorCsvRow(Official.MirrorYear m) => [m.Year, m.Reporter, m.Partner, m.Flow, m.Reported, m.Mirror, m.GapPercent];

    private static async Task<Results<Ok<PairDetail>, ProblemHttpResult>> Get(HttpContext http, Db db, [Description(PairDescription)] string pair, CancellationToken ct)
    {
        var p = PairRoute.Of(http);
        var result = await db.ReadAsync(c => PairsStore.Get(c, p.Key) is { } summary ? new PairDetail(summary, TargetsStore.StatusCounts(c, p.Key), LinksOf(p.Key)) : null, ct);
        return result is null ? p.NoFacts() : TypedResults.Ok(result);
    }

    public static PairLinks LinksOf(string key)
    {
        var at = "/api/v1/pairs/" + key;
        return new PairLinks(at + "/volumes", at + "/targets", at + "/series", at + "/mirror", at + "/chart.svg");
    }

    // Stated rows with their verdict against the pair's official figures (both sides, every flow: not only the rows asked for) and,
    // in another currency, their dollar value.
    private static Dictionary<long, VolumeRow> Judged(System.Data.Common.DbConnection c, string key, List<StatedVolume> volumes, long officialRows)
    {
        if (volumes.Count == 0) return [];
        // Only the years the stated rows name, and only when the pair has official figures at all.
        var figures = officialRows == 0 ? [] : Official.OfficialFigures.ByPair(c, key, volumes.Min(v => v.Year), volumes.Max(v => v.Year));
        var rates = Rates.RatesStore.Table(c);
        return volumes.ToDictionary(v => v.Id, v => VolumesStore.RowOf(v) with
        {
            Usd = rates.ToUsd(v.Value, v.Currency, v.Year),
            Check = Checks.ClaimCheck.Brief(Checks.ClaimCheck.Judge(v, figures, rates)),
        });
    }

    private static ProblemHttpResult? NotOfPair(PairRoute p, string? reporter) =>
        reporter is not null && reporter != p.A.Iso3 && reporter != p.B.Iso3
            ? Problems.Invalid("reporter", $"{reporter} is not a country of the pair {p.Key}; give {p.A.Iso3} or {p.B.Iso3}")
            : null;

    private static async Task<Results<Ok<PairVolumes>, CsvResult, ProblemHttpResult>> ListVolumes(
        HttpRequest request, Db db, [Description(PairDescription)] string pair, [AsParameters] PairVolumesQuery query, [AsParameters] PairPage paging, CancellationToken ct)
    {
        var p = PairRoute.Of(request.HttpContext);
        var reporter = Gazetteer.Default.Resolve(query.Reporter)?.Iso3;
        if (NotOfPair(p, reporter) is { } problem) return problem;
        var flow = Vocabulary.Canonical(Flows.All, query.Flow);
        var source = Vocabulary.Canonical(Vocabulary.Sources, query.Source);
        if (!Paging.TryDecode(paging.Cursor, out var after) || after is not null && !VolumeCursor().IsMatch(after)) return Paging.BadCursor();
        var whole = Paging.Whole(request, paging.Limit);
        var take = whole ? Paging.Everything : paging.Limit ?? Paging.DefaultLimit;
        // Stated rows paged in SQL, official rows (a few hundred per pair at most) merged in; only the page's stated rows are judged.
        // Both sources: the pair's counts skip a side it has none of; one source: the counts only tell a 404 from an empty page.
        var result = await db.ReadAsync(c =>
        {
            var counts = source is null ? PairsStore.Counts(c, p.Key) : null;
            if (source is null && counts is null) return null;
            var stated = source is null or Sources.Stated && (counts?.Stated ?? 1) != 0
                ? VolumesStore.StatedPage(c, p.Key, query.From, query.To, flow, reporter, ReviewFilter.States(query), query.MinConfidence, after is null ? null : PositionOf(after), take + 1)
                : [];
            var official = source is null or Sources.Official && (counts?.Official ?? 1) != 0 && ReviewFilter.Official(query)
                ? Official.OfficialFigures.ByPair(c, p.Key, query.From, query.To, flow, reporter).Select(VolumesStore.RowOf).ToList()
                : [];
            if (counts is null && stated.Count == 0 && official.Count == 0 && (counts = PairsStore.Counts(c, p.Key)) is null) return null;
            var rows = stated.Select(VolumesStore.RowOf).Concat(official)
                .Where(r => after is null || string.CompareOrdinal(VolumeKey(r), after) > 0)
                .OrderBy(VolumeKey, StringComparer.Ordinal).Take(take + 1).ToList();
            var onPage = rows.Where(r => r.Id is not null).Select(r => r.Id!.Value).ToHashSet();
            var judged = Judged(c, p.Key, stated.Where(v => onPage.Contains(v.Id)).ToList(), counts?.Official ?? 1);
            return rows.Select(r => r.Id is { } id ? judged[id] : r).ToList();
        }, ct);
        if (result is null) return p.NoFacts();
        var (page, csv) = Cut(request, result, take, whole, VolumeKey, FlatVolumes.CsvHeader, FlatVolumes.CsvRow);
        return csv is not null ? csv : TypedResults.Ok(new PairVolumes(p.Key, page.Items, page.Limit, page.NextCursor, page.HasMore));
    }

    // A page of rows read one past its limit, with its Link; or its CSV (every row when no limit was given).
    private static (Page<T> Page, CsvResult? Csv) Cut<T>(HttpRequest request, List<T> rows, int take, bool whole, Func<T, string> key,
        IReadOnlyList<string> csvHeader, Func<T, IReadOnlyList<object?>> csvRow)
    {
        if (whole) return (new Page<T>([], 0, null, false), new CsvResult(csvHeader, rows.Select(csvRow)));
        var page = Paging.Make(rows, take, key);
        var next = Paging.SetNext(request, page);
        return (page, CsvResult.Wanted(request) ? new CsvResult(csvHeader, page.Items.Select(csvRow), next) : null);
    }

    // The position a volume cursor names: a stated row, or the official rows of a year (before its stated rows).
    private static VolumesStore.ViewPosition PositionOf(string cursor)
    {
        var parts = cursor.Split('|');
        var year = int.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture);
        return parts[1] == Sources.Stated && long.TryParse(parts[5], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id)
            ? new VolumesStore.ViewPosition(year, parts[2], parts[3], id)
            : new VolumesStore.ViewPosition(year, "", "", null);
    }

    // A volume row's place in the pair's order, as its cursor: year, official before stated, reporter, flow, dataset, id.
    private static string VolumeKey(VolumeRow r) => string.Create(System.Globalization.CultureInfo.InvariantCulture,
        $"{r.Year:D4}|{r.Source}|{r.Reporter}|{r.Flow}|{r.Dataset}|{r.Id ?? 0:D19}");

    [System.Text.RegularExpressions.GeneratedRegex(@"^\d{4}\|(official|stated)\|[A-Z]{3}\|(total|exports|imports)\|[^|]{0,100}\|\d{19}$")]
    private static partial System.Text.RegularExpressions.Regex VolumeCursor();

    private static async Task<Results<Ok<PairSeries>, CsvResult, ProblemHttpResult>> Series(
        HttpRequest request, Db db, [Description(PairDescription)] string pair, [AsParameters] PairSeriesQuery query, CancellationToken ct)
    {
        var p = PairRoute.Of(request.HttpContext);
        var reporter = Gazetteer.Default.Resolve(query.Reporter)?.Iso3 ?? p.First.Iso3;
        if (NotOfPair(p, reporter) is { } problem) return problem;
        var partner = reporter == p.A.Iso3 ? p.B.Iso3 : p.A.Iso3;
        var flow = Vocabulary.Canonical(Flows.All, query.Flow) ?? Flows.Total;
        var source = Vocabulary.Canonical(Vocabulary.Sources, query.Source) ?? Sources.Official;
        var currency = query.Currency?.ToUpperInvariant() ?? Official.OfficialFigures.Currency;
        var points = await db.ReadAsync(c =>
        {
            if (PairsStore.Counts(c, p.Key) is not { } counts) return null;
            if (source == Sources.Official)
                return counts.Official == 0 || currency != Official.OfficialFigures.Currency ? []
                    : Official.OfficialFigures.ByPair(c, p.Key, query.From, query.To, flow, reporter).GroupBy(f => f.Year)
                        .Select(g => g.OrderBy(f => f.Dataset, StringComparer.Ordinal).First())
                        .Select(f => new SeriesPoint(f.Year, f.Value, null, null, f.Dataset)).ToList();
            // A stated total is the pair's whichever side the text put first; exports and imports are the reporter's.
            return counts.Stated == 0 ? []
                : VolumesStore.Stated(c, p.Key, query.From, query.To)
                    .Where(v => v.Flow == flow && v.Currency == currency && (flow == Flows.Total || v.Reporter == reporter))
                    .GroupBy(v => v.Year)
                    .Select(g => g.OrderByDescending(v => v.Provenance.PublishedOn).ThenByDescending(v => v.Id).First())
                    .Select(v => new SeriesPoint(v.Year, v.Value, v.Qualifier, v.Provenance.DocumentId, null)).ToList();
        }, ct);
        if (points is null) return p.NoFacts();
        var ordered = points.OrderBy(x => x.Year).ToList();
        var series = new PairSeries(p.Key, reporter, partner, flow, source, currency, ordered.FirstOrDefault()?.Year, ordered.LastOrDefault()?.Year, ordered);
        if (CsvResult.Wanted(request)) return new CsvResult(SeriesCsvHeader, ordered.Select(x => SeriesCsvRow(series, x)));
        return TypedResults.Ok(series);
    }

    private static async Task<Results<ContentHttpResult, ProblemHttpResult>> Chart(
        HttpRequest request, Db db, [Description(PairDescription)] string pair, [AsParameters] PairChartQuery query, CancellationToken ct)
    {
        var p = PairRoute.Of(request.HttpContext);
        var reporter = Gazetteer.Default.Resolve(query.Reporter)?.Iso3 ?? p.First.Iso3;
        if (NotOfPair(p, reporter) is { } problem) return problem;
        var partner = reporter == p.A.Iso3 ? p.B.Iso3 : p.A.Iso3;
        const string currency = Official.OfficialFigures.Currency;
        var data = await db.ReadAsync(c =>
        {
            if (PairsStore.Counts(c, p.Key) is not { } counts) return null;
            var official = counts.Official == 0 ? []
                : Official.OfficialFigures.ByPair(c, p.Key, query.From, query.To, Flows.Total, reporter).GroupBy(f => f.Year)
                    .Select(g => g.OrderBy(f => f.Dataset, StringComparer.Ordinal).First()).Select(f => new SeriesPoint(f.Year, f.Value, null, null, f.Dataset)).ToList();
            var volumes = counts.Stated == 0 ? []
                : VolumesStore.Stated(c, p.Key, query.From, query.To).Where(v => v.Flow == Flows.Total && v.Currency == currency).ToList();
            var stated = volumes.Select(v => new SeriesPoint(v.Year, v.Value, v.Qualifier, v.Provenance.DocumentId, null)).ToList();
            var figures = volumes.Count == 0 || counts.Official == 0 ? [] : Official.OfficialFigures.ByPair(c, p.Key);
            var rates = Rates.RateTable.Empty;
            var conflicts = volumes.Select(v => Checks.ClaimCheck.Disagrees(Checks.ClaimCheck.Judge(v, figures, rates).Verdict)).ToList();
            var targets = TargetsStore.Page(c, new TargetsStore.Filter([p.Key], [], [], null, [], null), null, Paging.Everything);
            return new ChartData(p.Key, reporter, partner, currency, official, stated, targets, conflicts);
        }, ct);
        if (data is null) return p.NoFacts();
        return TypedResults.Content(PairChart.Svg(data, query.Width ?? 800, query.Height ?? 400), "image/svg+xml; charset=utf-8");
    }

    private static async Task<Results<Ok<PairMirror>, CsvResult, ProblemHttpResult>> Mirror(
        HttpRequest request, Db db, [Description(PairDescription)] string pair, [AsParameters] PairMirrorQuery query, CancellationToken ct)
    {
        var p = PairRoute.Of(request.HttpContext);
        var flow = Vocabulary.Canonical(Vocabulary.MirrorFlows, query.Flow) ?? Flows.Exports;
        var result = await db.ReadAsync(c => PairsStore.Exists(c, p.Key)
            ? Official.OfficialFigures.Mirrors(Official.OfficialFigures.ByPair(c, p.Key, query.From, query.To, totals: false), p.A.Iso3, p.B.Iso3, flow)
            : null, ct);
        if (result is null) return p.NoFacts();
        if (CsvResult.Wanted(request))
            return new CsvResult(MirrorCsvHeader, result.Select(MirrorCsvRow));
        return TypedResults.Ok(new PairMirror(p.Key, flow, result));
    }

    private static async Task<Results<Ok<PairTargets>, CsvResult, ProblemHttpResult>> ListTargets(
        HttpRequest request, Db db, [Description(PairDescription)] string pair, [AsParameters] PairTargetsQuery query, [AsParameters] PairPage paging, CancellationToken ct)
    {
        var p = PairRoute.Of(request.HttpContext);
        long afterId = 0;
        if (!Paging.TryDecode(paging.Cursor, out var after) || after is not null
            && !(TargetCursor().IsMatch(after) && long.TryParse(after, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out afterId)))
            return Paging.BadCursor();
        // Paged in the store on the stored judgements: a busy pair's page reads its page, not every target of the pair.
        var filter = new TargetsStore.Filter([p.Key], [], TargetsEndpoints.Statuses(query.Status), null, ReviewFilter.States(query), query.MinConfidence);
        (int, long)? cursor = after is null ? null : (0, afterId);
        var whole = Paging.Whole(request, paging.Limit);
        var take = whole ? Paging.Everything : paging.Limit ?? Paging.DefaultLimit;
        var rows = await db.ReadAsync(c => PairsStore.Exists(c, p.Key) ? TargetsStore.Page(c, filter, cursor, take + 1) : null, ct);
        if (rows is null) return p.NoFacts();
        var (page, csv) = Cut(request, rows, take, whole, TargetKey, TargetsEndpoints.CsvHeader, TargetsEndpoints.CsvRow);
        return csv is not null ? csv : TypedResults.Ok(new PairTargets(p.Key, page.Items, page.Limit, page.NextCursor, page.HasMore));
    }

    // A target's place in the pair's order (its id), as its cursor.
    private static string TargetKey(TargetView t) => t.Target.Id.ToString("D19", System.Globalization.CultureInfo.InvariantCulture);

    [System.Text.RegularExpressions.GeneratedRegex(@"^\d{19}$")]
    private static partial System.Text.RegularExpressions.Regex TargetCursor();
}

using System.ComponentModel;
using Microsoft.AspNetCore.Http.HttpResults;
using TradeApi.Infrastructure;
using TradeApi.Storage;
using TradeApi.Volumes;

namespace TradeApi.Targets;

/// Query of the flat targets list.
public sealed record TargetsQuery : PageQuery, IReviewQuery
{
    [Description(ReviewFilter.ReviewDescription)]
    [OneOf(nameof(Vocabulary.ReviewFilters), Multiple = true)]
    public string? Review { get; init; }

    [Description(ReviewFilter.ConfidenceDescription)]
    [System.ComponentModel.DataAnnotations.Range(0.0, 1.0, ErrorMessage = "is between 0 and 1")]
    public decimal? MinConfidence { get; init; }

    [Description("A country on either side, or up to 20 comma-separated, in any accepted form.")]
    [Country(Multiple = true)]
    public string? Country { get; init; }

    [Description("Only these statuses, comma-separated: achieved, on_track, behind, missed, no_data.")]
    [OneOf(nameof(Vocabulary.Statuses), Multiple = true)]
    public string? Status { get; init; }

    [Description("Targets whose byYear is this year (1900-2100).")]
    [Year]
    public int? ByYear { get; init; }

    [Description("id (default, the order they were stored) or byYear (a target without one counts as after every year); a leading '-' sorts descending.")]
    [OneOf(nameof(Vocabulary.TargetSorts))]
    public string? Sort { get; init; }
}

public static class TargetsEndpoints
{
    public static IEndpointRouteBuilder MapTargetsEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/targets", List).WithTags("Targets").WithName("ListTargets").WithExamples(TargetsExamples.ListTargets).Produces<Page<TargetView>>(200, "application/json", "text/csv")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status503ServiceUnavailable)
            .WithSummary("List stated targets of all pairs with their status")
            .WithDescription("Every stated target with its evaluation (see ListPairTargets for the statuses), ordered by id (or by `sort`). Keyset paging with limit and cursor; format=csv or Accept: text/csv for CSV.");
        return app;
    }

    private static async Task<Results<Ok<Page<TargetView>>, CsvResult, ProblemHttpResult>> List(HttpRequest request, Db db, [AsParameters] TargetsQuery q, CancellationToken ct)
    {
        if (!Paging.TryDecode(q.Cursor, out var after)) return Paging.BadCursor();
        var sort = Vocabulary.Canonical(Vocabulary.TargetSorts, q.Sort) ?? "id";
        var byYear = sort.TrimStart('-') == "byYear";
        (int ByYear, long Id)? cursor = null;
        if (after is not null)
        {
            var parts = after.Split('|');
            var ok = parts.Length == (byYear ? 2 : 1);
            long id = 0;
            var year = 0;
            ok = ok && long.TryParse(parts[^1], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out id);
            ok = ok && (!byYear || int.TryParse(parts[0], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out year));
            if (!ok) return Paging.BadCursor();
            cursor = (byYear ? year : 0, id);
        }
        // Judgements are stored with their targets (TargetJudgements), so a page, a count or the CSV of all is one query on columns.
        var filter = new TargetsStore.Filter([], CountryAttribute.Codes(q.Country), Statuses(q.Status), q.ByYear, ReviewFilter.States(q), q.MinConfidence,
            byYear, sort.StartsWith('-'));
        var take = Paging.Whole(request, q.Limit) ? Paging.Everything : q.Limit ?? Paging.DefaultLimit;
        var (rows, total) = await db.ReadAsync(c => (TargetsStore.Page(c, filter, cursor, take + 1), q.Count != true ? (long?)null : TargetsStore.Count(c, filter)), ct);
        var page = Paging.Make(rows, take, v => byYear
            ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{v.Target.ByYear ?? TargetsStore.NoYear}|{v.Target.Id}")
            : v.Target.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)) with { Total = total };
        return Paging.Respond(request, page, CsvHeader, CsvRow);
    }

    /// The statuses a `status` parameter names, canonical.
    public static IReadOnlyList<string> Statuses(string? status) =>
        Vocabulary.Split(status).Select(s => Vocabulary.Canonical(Vocabulary.Statuses, s)!).Distinct().ToList();

    internal static readonly string[] CsvHeader =
    [
        "id", "pair", "reporter", "partner", "flow", "kind", "value", "currency", "multiplier", "baseValue", "baseYear", "byYear", "horizon", "qualifier",
        "speaker", "status", "basis", "deadline", "latestYear", "latestValue", "progress", "documentId", "quote",
    ];

    internal static IReadOnlyList<object?> CsvRow(TargetView v) =>
    [
        v.Target.Id, v.Target.Pair, v.Target.Reporter, v.Target.Partner, v.Target.Flow, v.Target.Kind, v.Target.Value, v.Target.Currency, v.Target.Multiplier,
        v.Target.BaseValue, v.Target.BaseYear, v.Target.ByYear, v.Target.Horizon, v.Target.Qualifier, v.Target.Speaker, v.Evaluation.Status, v.Evaluation.Basis,
        v.Evaluation.Deadline, v.Evaluation.Latest?.Year, v.Evaluation.Latest?.Value, v.Evaluation.Progress, v.Target.Provenance.DocumentId, v.Target.Provenance.Quote,
    ];
}

using System.ComponentModel;
using Microsoft.AspNetCore.Http.HttpResults;
using TradeApi.Infrastructure;
using TradeApi.Storage;
using TradeApi.Volumes;

namespace TradeApi.Targets;

/// Query of the flat targets list.
public sealed record TargetsQuery(
    [property: Description("A country on either side (any accepted form).")] string? Country,
    [property: Description("achieved, on_track, behind, missed or no_data.")] string? Status,
    [property: Description("Targets whose byYear is this year.")] int? ByYear,
    [property: Description("Rows per page, 1 to 1000 (default 100).")] int? Limit,
    [property: Description("Opaque cursor from the previous page's nextCursor or Link header.")] string? Cursor,
    [property: Description("json (default) or csv; Accept: text/csv works too.")] string? Format);

public static class TargetsEndpoints
{
    public static readonly string[] Statuses = ["achieved", "on_track", "behind", "missed", "no_data"];

    public static IEndpointRouteBuilder MapTargetsEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/targets", List).WithTags("Targets").WithName("ListTargets").Produces<Page<TargetView>>(200, "application/json", "text/csv")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status503ServiceUnavailable)
            .WithSummary("List stated targets of all pairs with their status")
            .WithDescription("Every stated target with its evaluation (see ListPairTargets for the statuses), ordered by id. Keyset paging with limit and cursor; format=csv or Accept: text/csv for CSV.");
        return app;
    }

    private static async Task<Results<Ok<Page<TargetView>>, CsvResult, ProblemHttpResult>> List(HttpRequest request, Db db, [AsParameters] TargetsQuery q, CancellationToken ct)
    {
        var countryProblem = VolumesEndpoints.Country(q.Country, "country", out var country);
        var pagingProblem = Paging.ValidateList(q.Format, q.Limit, q.Cursor, out var take, out var after);
        var problem = countryProblem
            ?? (q.Status is not null && !Statuses.Contains(q.Status) ? $"status '{Countries.CountriesEndpoints.Truncate(q.Status)}' is not one of {string.Join(", ", Statuses)}" : null)
            ?? Pairs.Filters.Year(q.ByYear, "byYear")
            ?? pagingProblem;
        if (problem is not null) return Problems.BadRequest(problem);
        long? afterId = after is null ? null
            : long.TryParse(after, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var a) ? a : -1;
        if (afterId == -1) return Problems.BadRequest("cursor is not one this API issued; pass the nextCursor of the previous page, or omit it for the first page");
        var rows = await db.ReadAsync(c => TargetsStore.EvaluatedPage(c,
            t => (country is null || t.Reporter == country || t.Partner == country) && (q.ByYear is null || t.ByYear == q.ByYear) && (afterId is null || t.Id > afterId),
            q.Status, take + 1), ct);
        return Paging.Respond(request, q.Format, Paging.Make(rows, take, v => v.Target.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)), CsvHeader, CsvRow);
    }

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

using System.ComponentModel;
using Microsoft.AspNetCore.Http.HttpResults;
using TradeApi.Extraction;
using TradeApi.Infrastructure;
using TradeApi.Pairs;
using TradeApi.Storage;

namespace TradeApi.Volumes;

/// Query of the flat volumes list.
public sealed record VolumesQuery : PageQuery, IReviewQuery, System.ComponentModel.DataAnnotations.IValidatableObject
{
    [Description(ReviewFilter.ReviewDescription)]
    [OneOf(nameof(Vocabulary.ReviewFilters), Multiple = true)]
    public string? Review { get; init; }

    [Description(ReviewFilter.ConfidenceDescription)]
    [System.ComponentModel.DataAnnotations.Range(0.0, 1.0, ErrorMessage = "is between 0 and 1")]
    public decimal? MinConfidence { get; init; }

    [Description("Reporting country, or up to 20 comma-separated (BLR,KAZ), in any accepted form.")]
    [Country(Multiple = true)]
    public string? Reporter { get; init; }

    [Description("Partner country, or up to 20 comma-separated, in any accepted form.")]
    [Country(Multiple = true)]
    public string? Partner { get; init; }

    [Description("A country on either side, or up to 20 comma-separated (rows where either side is one of them).")]
    [Country(Multiple = true)]
    public string? Country { get; init; }

    [Description("One year (1900-2100).")]
    [Year]
    public int? Year { get; init; }

    [Description("First year, inclusive (1900-2100).")]
    [Year]
    public int? From { get; init; }

    [Description("Last year, inclusive (1900-2100).")]
    [Year]
    public int? To { get; init; }

    public IEnumerable<System.ComponentModel.DataAnnotations.ValidationResult> Validate(System.ComponentModel.DataAnnotations.ValidationContext context) =>
        YearRangeQuery.Ordered(From, To);

    [Description("total, exports or imports (any case).")]
    [OneOf("Flows")]
    public string? Flow { get; init; }

    [Description("ISO 4217 code, e.g. USD.")]
    [System.ComponentModel.DataAnnotations.RegularExpression("^[A-Za-z]{3}$", ErrorMessage = "is a three-letter ISO 4217 code such as USD")]
    public string? Currency { get; init; }

    [Description("stated (from documents) or official (imported statistics).")]
    [OneOf(nameof(Vocabulary.Sources))]
    public string? Source { get; init; }

    [Description("year (default, oldest first) or -year (newest first; within a year the exact reverse order).")]
    [OneOf(nameof(Vocabulary.VolumeSorts))]
    public string? Sort { get; init; }
}

public static class VolumesEndpoints
{
    public static IEndpointRouteBuilder MapVolumesEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/volumes", List).WithTags("Volumes").WithName("ListVolumes").WithExamples(VolumesExamples.ListVolumes).Produces<Page<VolumeRow>>(200, "application/json", "text/csv")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status503ServiceUnavailable)
            .WithSummary("List yearly figures as flat rows")
            .WithDescription("""
                Stated figures (from documents, with their sentence) and official figures (as each reporter gave them, exports and imports, and the
                reporter's two-way total, exports + imports) in one list, ordered by year; within a year official rows (by reporter, partner, dataset, flow)
                come before stated ones (in the order they were stored). Keyset paging: pass nextCursor (also in the Link header, rel="next") as cursor.
                With format=csv or Accept: text/csv the rows stream as RFC 4180 CSV with a header row; without limit, CSV streams every matching row.
                """);
        return app;
    }

    private static async Task<Results<Ok<Page<VolumeRow>>, CsvResult, ProblemHttpResult>> List(HttpRequest request, Db db, [AsParameters] VolumesQuery q, CancellationToken ct)
    {
        if (!Paging.TryDecode(q.Cursor, out var afterKey)) return Paging.BadCursor();
        var descending = Vocabulary.Canonical(Vocabulary.VolumeSorts, q.Sort) == "-year";
        var after = FlatVolumes.ParseCursor(afterKey, descending);
        if (afterKey is not null && after is null) return Paging.BadCursor();
        var filter = new VolumeFilter(CountryAttribute.Codes(q.Reporter), CountryAttribute.Codes(q.Partner), CountryAttribute.Codes(q.Country), q.Year, q.From, q.To,
            Vocabulary.Canonical(Flows.All, q.Flow), q.Currency?.ToUpperInvariant(), Vocabulary.Canonical(Vocabulary.Sources, q.Source)) { Descending = descending, Reviews = ReviewFilter.States(q), MinConfidence = q.MinConfidence };
        var csv = CsvResult.Wanted(request);
        if (csv && q.Limit is null)
            return new CsvResult(FlatVolumes.CsvHeader, Stream(db, filter, after, request.HttpContext.RequestAborted));
        var take = q.Limit ?? Paging.DefaultLimit;
        var (rows, total) = await db.ReadAsync(c => (FlatVolumes.Query(c, filter, after, take + 1, ct), q.Count == true ? FlatVolumes.Count(c, filter, ct) : (long?)null), ct);
        var page = Paging.Make(rows, take, r => FlatVolumes.CursorText(r.Key, descending));
        var items = page.Items.Select(r => FlatVolumes.Sided(r.Row, filter.Countries)).ToList();
        var next = Paging.SetNext(request, page);
        if (csv) return new CsvResult(FlatVolumes.CsvHeader, items.Select(FlatVolumes.CsvRow), next);
        return TypedResults.Ok(new Page<VolumeRow>(items, take, page.NextCursor, page.HasMore, total));
    }

    /// <summary>Rows read per snapshot while streaming CSV.</summary>
    public const int StreamChunk = 20_000;

    // Streamed in keyset chunks, each read in its own short snapshot: a slow client no longer holds one read transaction open for
    // the whole download, which kept SQLite from checkpointing and let the -wal grow without bound while documents were posted.
    // A client that hangs up stops the stream at the next row: Kestrel discards writes to an aborted response without an error, so
    // without the token the service read the whole table for nobody.
    private static IEnumerable<IReadOnlyList<object?>> Stream(Db db, VolumeFilter filter, FlatCursor? after, CancellationToken ct)
    {
        while (true)
        {
            List<(FlatCursor Key, VolumeRow Row)> chunk;
            using (var c = db.Open()) chunk = FlatVolumes.Query(c, filter, after, StreamChunk, ct);
            foreach (var (_, row) in chunk)
            {
                ct.ThrowIfCancellationRequested();
                yield return FlatVolumes.CsvRow(FlatVolumes.Sided(row, filter.Countries));
            }
            if (chunk.Count < StreamChunk) yield break;
            after = chunk[^1].Key;
        }
    }
}

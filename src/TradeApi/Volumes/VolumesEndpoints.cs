using System.ComponentModel;
using Microsoft.AspNetCore.Http.HttpResults;
using TradeApi.Extraction;
using TradeApi.Infrastructure;
using TradeApi.Pairs;
using TradeApi.Storage;

namespace TradeApi.Volumes;

/// Query of the flat volumes list.
public sealed record VolumesQuery(
    [property: Description("Reporting country (any accepted form).")] string? Reporter,
    [property: Description("Partner country (any accepted form).")] string? Partner,
    [property: Description("A country on either side.")] string? Country,
    [property: Description("One year (1900-2100).")] int? Year,
    [property: Description("First year, inclusive.")] int? From,
    [property: Description("Last year, inclusive.")] int? To,
    [property: Description("total, exports or imports.")] string? Flow,
    [property: Description("ISO 4217 code, e.g. USD.")] string? Currency,
    [property: Description("stated or official.")] string? Source,
    [property: Description("Rows per page, 1 to 1000 (default 100).")] int? Limit,
    [property: Description("Opaque cursor from the previous page's nextCursor or Link header.")] string? Cursor,
    [property: Description("json (default) or csv; Accept: text/csv works too.")] string? Format);

public static class VolumesEndpoints
{
    public static IEndpointRouteBuilder MapVolumesEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/volumes", List).WithTags("Volumes").WithName("ListVolumes").Produces<Page<FlatVolume>>(200, "application/json", "text/csv")
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

    internal static string? Country(string? input, string name, out string? iso3)
    {
        iso3 = null;
        if (input is null) return null;
        var c = Gazetteer.Default.Resolve(input);
        if (c is null) return $"{name}: unknown country '{Countries.CountriesEndpoints.Truncate(input)}'; use ISO 3166-1 alpha-2 or alpha-3, or an English name";
        iso3 = c.Iso3;
        return null;
    }

    private static async Task<Results<Ok<Page<FlatVolume>>, CsvResult, ProblemHttpResult>> List(HttpRequest request, Db db, [AsParameters] VolumesQuery q, CancellationToken ct)
    {
        var csv = CsvResult.Wanted(request, q.Format);
        var countryProblem = Country(q.Reporter, "reporter", out var reporter);
        var partnerProblem = Country(q.Partner, "partner", out var partner);
        var eitherProblem = Country(q.Country, "country", out var country);
        countryProblem ??= partnerProblem ?? eitherProblem;
        var pagingProblem = Paging.ValidateList(q.Format, q.Limit, q.Cursor, out var take, out var afterKey);
        var problem = countryProblem ?? Filters.Years(q.From, q.To) ?? Filters.Year(q.Year, "year")
            ?? (q.Flow is not null && !Flows.All.Contains(q.Flow) ? $"flow '{Countries.CountriesEndpoints.Truncate(q.Flow)}' is not one of total, exports, imports" : null)
            ?? (q.Source is not null and not ("stated" or "official") ? $"source '{Countries.CountriesEndpoints.Truncate(q.Source)}' is not one of stated, official" : null)
            ?? (q.Currency is not null && (q.Currency.Length != 3 || !q.Currency.All(char.IsAsciiLetter)) ? "currency is a three-letter ISO 4217 code such as USD" : null)
            ?? pagingProblem;
        if (problem is not null) return Problems.BadRequest(problem);
        var after = FlatVolumes.ParseCursor(afterKey);
        if (afterKey is not null && after is null) return Problems.BadRequest("cursor is not one this API issued; pass the nextCursor of the previous page, or omit it for the first page");
        var filter = new VolumeFilter(reporter, partner, country, q.Year, q.From, q.To, q.Flow, q.Currency?.ToUpperInvariant(), q.Source);

        if (csv && q.Limit is null)
            return new CsvResult(FlatVolumes.CsvHeader, Stream(db, filter, after));
        var rows = await db.ReadAsync(c => FlatVolumes.Query(c, filter, after, take + 1), ct);
        var page = Paging.Make(rows, take, r => FlatVolumes.CursorText(r.Key));
        var items = page.Items.Select(r => r.Row).ToList();
        var next = Paging.SetNext(request, page);
        if (csv) return new CsvResult(FlatVolumes.CsvHeader, items.Select(FlatVolumes.CsvRow), next);
        return TypedResults.Ok(new Page<FlatVolume>(items, take, page.NextCursor, page.HasMore));
    }

    /// <summary>Rows read per snapshot while streaming CSV.</summary>
    public const int StreamChunk = 20_000;

    // Streamed in keyset chunks, each read in its own short snapshot: a slow client no longer holds one read transaction open for
    // the whole download, which kept SQLite from checkpointing and let the -wal grow without bound while documents were posted.
    private static IEnumerable<IReadOnlyList<object?>> Stream(Db db, VolumeFilter filter, FlatCursor? after)
    {
        while (true)
        {
            List<(FlatCursor Key, FlatVolume Row)> chunk;
            using (var c = db.Open()) chunk = FlatVolumes.Query(c, filter, after, StreamChunk);
            foreach (var (_, row) in chunk) yield return FlatVolumes.CsvRow(row);
            if (chunk.Count < StreamChunk) yield break;
            after = chunk[^1].Key;
        }
    }
}

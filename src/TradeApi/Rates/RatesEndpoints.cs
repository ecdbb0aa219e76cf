using System.ComponentModel;
using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using TradeApi.Infrastructure;
using TradeApi.Storage;

namespace TradeApi.Rates;

/// The outcome of a rates import.
public sealed record RatesImportSummary([property: Description("Rates written (new or replacing the rate held for their currency and year).")] int Rows, int Currencies);

/// <summary>Where exchange rates are imported from on the first start: CSV files, or folders of them (default data/rates, which ships only a README).</summary>
public sealed class RatesOptions
{
    public const string Section = "Rates";

    public string[] Paths { get; set; } = [];
}

public static class RatesEndpoints
{
    /// Every route of /rates: the list on the read group, the import on the write group, which carries the key.
    public static void Map(RouteGroupBuilder reads, RouteGroupBuilder writes)
    {
        MapReads(reads);
        MapWrites(writes);
    }

    private static void MapReads(IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/rates", List).WithTags("Exchange rates").WithName("ListRates").WithExamples(RatesExamples.ListRates)
            .Produces<Page<Rate>>(200, "application/json", "text/csv").ProducesProblem(StatusCodes.Status503ServiceUnavailable)
            .WithSummary("List exchange rates")
            .WithDescription("""
                Annual average rates, units of a currency per US dollar, in (currency, year) order, as imported. Stated figures and targets in
                another currency are set in US dollars at their year's rate (`usd`), and official dollar figures in the figure's currency when
                a claim or a target is checked. A currency or year with no rate here is never converted (`no_rate`).
                """);
    }

    private static void MapWrites(IEndpointRouteBuilder app)
    {
        app.MapPost("/api/v1/rates", Import).WithTags("Exchange rates").WithName("ImportRates").WithExamples(RatesExamples.ImportRates)
            .Accepts<string>("text/csv")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType).ProducesProblem(StatusCodes.Status503ServiceUnavailable)
            .WithSummary("Import exchange rates from a CSV")
            .WithDescription($"""
                Columns {RatesStore.Layout}; other columns are ignored. A currency and year already held is replaced. The whole file is imported or
                nothing: a file with any bad row answers 400 with the bad rows listed by line number in `errors`. Send text/csv, plain or gzipped,
                at most 16 MiB. Sources: the U.S. Federal Reserve's H.10 release, the IMF's International Financial Statistics, the World Bank's
                official exchange rate series (PA.NUS.FCRF, local currency units per dollar, period average).
                """);
    }

    private static async Task<Results<Ok<Page<Rate>>, CsvResult, ProblemHttpResult>> List(HttpRequest request, [AsParameters] RatesQuery query, Db db, CancellationToken ct)
    {
        if (!Paging.TryDecode(query.Cursor, out var key)) return Paging.BadCursor();
        var after = key is null ? null : ParseCursor(key);
        if (key is not null && after is null) return Paging.BadCursor();
        var currencies = Vocabulary.Split(query.Currency).Select(c => c.ToUpperInvariant()).Distinct().ToList();
        static string CursorOf(Rate r) => string.Create(CultureInfo.InvariantCulture, $"{r.Currency}|{r.Year}");
        if (Paging.Whole(request, query.Limit))
        {
            const int chunk = 5_000;
            var first = await db.ReadAsync(c => RatesStore.Page(c, currencies, query.From, query.To, after, chunk), ct);
            return Paging.All(CsvHeader, CsvRow, first, chunk, (a, n) =>
            {
                using var c = db.Open();
                return RatesStore.Page(c, currencies, query.From, query.To, ParseCursor(a), n);
            }, CursorOf, request.HttpContext.RequestAborted);
        }
        var take = query.Limit ?? Paging.DefaultLimit;
        var (rows, total) = await db.ReadAsync(c => (RatesStore.Page(c, currencies, query.From, query.To, after, take + 1),
            query.Count == true ? RatesStore.Page(c, currencies, query.From, query.To, null, Paging.Everything).Count : (long?)null), ct);
        var page = Paging.Make(rows, take, CursorOf) with { Total = total };
        return Paging.Respond(request, page, CsvHeader, CsvRow);
    }

    // A cursor: the last row's currency and year; null for text that is not one.
    private static (string Currency, int Year)? ParseCursor(string key)
    {
        var parts = key.Split('|');
        return parts.Length == 2 && RateTable.IsCode(parts[0]) && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            ? (parts[0], year) : null;
    }

    internal static readonly string[] CsvHeader = ["currency", "year", "unitsPerUsd", "source"];

    internal static IReadOnlyList<object?> CsvRow(Rate r) => [r.Currency, r.Year, r.UnitsPerUsd, r.Source];

    private static async Task<Results<Created<RatesImportSummary>, ProblemHttpResult>> Import(HttpRequest request, RatesStore store,
        [Description("Where the rates come from (an address or a name).")] string? source, CancellationToken ct)
    {
        if (source is { Length: > 500 }) return Problems.Invalid("source", "is at most 500 characters");
        var mediaType = request.ContentType?.Split(';')[0].Trim().ToLowerInvariant();
        if (mediaType is not ("text/csv" or "text/plain" or "application/gzip" or "application/x-gzip"))
            return RequestBody.Problem(415, $"send the rates as text/csv with the columns {RatesStore.Layout}");
        if (request.ContentLength > RatesStore.MaxBodyBytes) return RequestBody.Problem(413, $"the body is {request.ContentLength} bytes; the limit is {RatesStore.MaxBodyBytes} bytes");
        RatesStore.Result result;
        try
        {
            await using var body = new Infrastructure.CountingStream(request.Body, RatesStore.MaxBodyBytes, "body");
            using var text = await Infrastructure.CsvInput.OpenTextAsync(body, ct);
            result = await store.ImportAsync(text, source, ct);
        }
        catch (Infrastructure.InputTooLargeException e)
        {
            return RequestBody.Problem(413, e.Message + "; nothing was imported");
        }
        catch (Exception e) when (e is System.Text.DecoderFallbackException or InvalidDataException)
        {
            return Official.RowErrors.Unreadable(e);
        }
        if (result.ErrorCount > 0) return Official.RowErrors.Refused(result.Errors, result.ErrorCount);
        return TypedResults.Created("/api/v1/rates", new RatesImportSummary(result.Rows, result.Currencies));
    }
}

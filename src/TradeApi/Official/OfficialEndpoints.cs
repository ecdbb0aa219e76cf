using System.ComponentModel;
using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using TradeApi.Infrastructure;
using TradeApi.Storage;

namespace TradeApi.Official;

/// The outcome of an official-statistics import.
public sealed record ImportSummary(string Dataset, [property: Description("Rows imported (exports and imports as reported).")] int Rows,
    [property: Description("Rows left out as not a pair's primary goods flow: commodity or other breakdowns, re-exports and re-imports, the World as partner.")] int Skipped);

/// An imported official dataset.
[FreeWords]
public sealed record OfficialDataset(
    [property: Description("The name it was imported under (POST /api/v1/official?dataset=).")] string Name,
    [property: Description("Where the figures come from, as given at import (the file's name for a first-start import).")] string? Source,
    DateTimeOffset ImportedAt,
    [property: Description("Rows imported (exports and imports as reported).")] long Rows,
    int? FirstYear, int? LastYear,
    [property: Description("SHA-256 of the body or file as it was imported (its gzip bytes for a gzip file), \"sha256:\" and 64 hex digits, to compare with `sha256sum`; null for a dataset imported before checksums were kept.")] string? Checksum);

public static class OfficialEndpoints
{
    private const string DatasetsSql = "SELECT name AS Name, source AS Source, imported_at AS ImportedAt, rows AS Rows, checksum AS Checksum FROM official_datasets ORDER BY name";
    // Along the year index (SQLite) or the dataset's own partition (PostgreSQL): the first row found in year order ends each read.
    private const string FirstYearSql = "SELECT year FROM official_figures WHERE dataset = @name ORDER BY year LIMIT 1";
    private const string LastYearSql = "SELECT year FROM official_figures WHERE dataset = @name ORDER BY year DESC LIMIT 1";

    /// Every route of /official: the dataset list on the read group, import and delete on the write group, which carries the key.
    public static void Map(RouteGroupBuilder reads, RouteGroupBuilder writes)
    {
        MapReads(reads);
        MapWrites(writes);
    }

    private static void MapReads(IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/official", List).WithTags("Official statistics").WithName("ListOfficialDatasets").WithExamples(OfficialExamples.ListOfficialDatasets)
            .Produces<Page<OfficialDataset>>(200, "application/json", "text/csv").ProducesProblem(StatusCodes.Status503ServiceUnavailable)
            .WithSummary("List the imported official datasets")
            .WithDescription("Every dataset held, by name: where it came from, when it was imported, its rows and the years it covers. One page holds them all.");
    }

    private static async Task<Results<Ok<Page<OfficialDataset>>, CsvResult, ProblemHttpResult>> List(HttpRequest request, [AsParameters] FormatQuery format, Db db, CancellationToken ct)
    {
        var datasets = await db.ReadAsync(c => c.Query<DatasetRow>(DatasetsSql).Select(d => new OfficialDataset(d.Name, d.Source,
            DateTimeOffset.Parse(d.ImportedAt, System.Globalization.CultureInfo.InvariantCulture), d.Rows,
            c.ExecuteScalar<int?>(FirstYearSql, new { name = d.Name }), c.ExecuteScalar<int?>(LastYearSql, new { name = d.Name }), d.Checksum)).ToList(), ct);
        return Paging.Respond(request, new Page<OfficialDataset>(datasets, Math.Max(1, datasets.Count), null, false), DatasetsCsvHeader, DatasetsCsvRow);
    }

    internal static readonly string[] DatasetsCsvHeader = ["name", "source", "importedAt", "rows", "firstYear", "lastYear", "checksum"];

    internal static IReadOnlyList<object?> DatasetsCsvRow(OfficialDataset d) =>
        [d.Name, d.Source, d.ImportedAt.ToString("O", System.Globalization.CultureInfo.InvariantCulture), d.Rows, d.FirstYear, d.LastYear, d.Checksum];

    private sealed class DatasetRow
    {
        public string Name { get; init; } = "";
        public string? Source { get; init; }
        public string ImportedAt { get; init; } = "";
        public long Rows { get; init; }
        public string? Checksum { get; init; }
    }

    /// <summary>Largest request body (gzip or plain): the full IMF matrix is 10.6 MB gzipped, 37.6 MB plain.</summary>
    public const long MaxBodyBytes = 256L * 1024 * 1024;

    private static void MapWrites(IEndpointRouteBuilder app)
    {
        app.MapPost("/api/v1/official", Import).WithTags("Official statistics").WithName("ImportOfficial").WithExamples(OfficialExamples.ImportOfficial)
            .Accepts<string>("text/csv", "application/gzip")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType).ProducesProblem(StatusCodes.Status503ServiceUnavailable)
            .WithSummary("Import official figures from a UN Comtrade-layout CSV")
            .WithDescription("""
                Columns refYear, reporterISO (or the M49 reporterCode), partnerISO (or partnerCode), flowCode (X export, M import) and primaryValue
                (US dollars); other columns are ignored, except that rows breaking a total down (cmdCode other than TOTAL, partner2Code, motCode,
                customsCode), re-exports and re-imports (RX, RM) and the World as partner are skipped and counted. Send text/csv, or the same gzipped
                (application/gzip, or Content-Encoding: gzip); gzip is recognised by its first bytes. The body is read as a stream.
                The whole file is imported or nothing: a file with any bad row answers 400 with the bad rows (the first 1,000) listed by line number in
                `errors` and their number in `errorCount`. Importing a dataset name again replaces that dataset atomically. Body at most 256 MiB.
                """);
        app.MapDelete("/api/v1/official/{dataset}", Delete).WithTags("Official statistics").WithName("DeleteOfficialDataset").WithExamples(OfficialExamples.DeleteOfficialDataset)
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status503ServiceUnavailable)
            .WithSummary("Delete an imported dataset")
            .WithDescription("Removes the dataset and every figure imported under its name, in one transaction. 204 when done, 404 when no dataset has that name.");
    }

    private static ProblemHttpResult? DatasetProblem(string dataset) =>
        dataset.Length is 0 or > 100 || !dataset.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.') || dataset.All(c => c == '.')
            ? Problems.Invalid("dataset", "is 1 to 100 letters, digits, '-', '_' or '.' (not only dots)") : null;

    private static async Task<Results<NoContent, ProblemHttpResult>> Delete(
        [Description("Dataset name, as given at import.")] string dataset, OfficialImport import, CancellationToken ct)
    {
        if (DatasetProblem(dataset) is { } problem) return problem;
        return await import.DeleteAsync(dataset, ct) ? TypedResults.NoContent() : Problems.NotFoundHere($"no official dataset named '{dataset}'");
    }

    private static async Task<Results<Created<ImportSummary>, ProblemHttpResult>> Import(
        HttpRequest request, OfficialImport import,
        [Description("Dataset name: letters, digits, '-', '_' and '.', at most 100 characters.")] string dataset,
        [Description("Where the figures come from.")] string? source,
        CancellationToken ct)
    {
        if (DatasetProblem(dataset) is { } datasetProblem) return datasetProblem;
        if (source is { Length: > 500 }) return Problems.Invalid("source", "is at most 500 characters");
        var mediaType = request.ContentType?.Split(';')[0].Trim().ToLowerInvariant();
        if (mediaType is not ("text/csv" or "text/plain" or "application/gzip" or "application/x-gzip"))
            return RequestBody.Problem(415, "send the figures as text/csv in the UN Comtrade layout, or gzipped as application/gzip");
        var encoding = request.Headers.ContentEncoding.ToString().Trim().ToLowerInvariant();
        if (encoding is not ("" or "identity" or "gzip"))
            return RequestBody.Problem(415, $"Content-Encoding '{Text.Truncate(encoding)}' is not supported; send gzip or none");
        if (request.ContentLength > MaxBodyBytes) return RequestBody.Problem(413, $"the body is {request.ContentLength} bytes; the limit is {MaxBodyBytes} bytes");
        if (request.HttpContext.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size) size.MaxRequestBodySize = MaxBodyBytes;
        OfficialImport.Result result;
        try
        {
            // gzip is found by its magic bytes whatever the headers say; the body is never buffered whole.
            await using var body = new CountingStream(request.Body, MaxBodyBytes, "body");
            result = await import.ImportAsync(dataset, source, body, request.ContentLength, null, ct);
        }
        catch (InputTooLargeException e)
        {
            return RequestBody.Problem(413, e.Message + "; nothing was imported");
        }
        catch (Microsoft.AspNetCore.Http.BadHttpRequestException e) when (e.StatusCode == 413)
        {
            return RequestBody.Problem(413, $"the body exceeds the limit of {MaxBodyBytes} bytes; nothing was imported");
        }
        catch (Exception e) when (e is System.Text.DecoderFallbackException or InvalidDataException)
        {
            return RowErrors.Unreadable(e);
        }
        if (result.ErrorCount > 0) return RowErrors.Refused(result.Errors, result.ErrorCount);
        return TypedResults.Created($"/api/v1/volumes?source=official", new ImportSummary(dataset, result.Rows, result.Skipped));
    }
}

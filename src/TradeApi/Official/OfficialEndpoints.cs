using System.ComponentModel;
using Microsoft.AspNetCore.Http.HttpResults;
using TradeApi.Auth;
using TradeApi.Infrastructure;

namespace TradeApi.Official;

/// The outcome of an official-statistics import.
public sealed record ImportSummary(string Dataset, int Rows);

public static class OfficialEndpoints
{
    public const int MaxCsvBytes = 16 * 1024 * 1024;

    public static IEndpointRouteBuilder MapOfficialEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/v1/official", Import).WithTags("Official statistics").WithName("ImportOfficial").RequireApiKey()
            .Accepts<string>("text/csv")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType).ProducesProblem(StatusCodes.Status503ServiceUnavailable)
            .WithSummary("Import official figures from a UN Comtrade-layout CSV")
            .WithDescription("""
                Columns refYear, reporterISO, partnerISO, flowCode (X export, M import) and primaryValue (US dollars); other columns are ignored.
                The whole file is imported or nothing: a file with any bad row answers 400 with every bad row listed by line number in `errors`.
                Importing a dataset name again replaces that dataset. Body at most 16 MiB.
                """);
        app.MapDelete("/api/v1/official/{dataset}", Delete).WithTags("Official statistics").WithName("DeleteOfficialDataset").RequireApiKey()
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status503ServiceUnavailable)
            .WithSummary("Delete an imported dataset")
            .WithDescription("Removes the dataset and every figure imported under its name, in one transaction. 204 when done, 404 when no dataset has that name.");
        return app;
    }

    private static string? DatasetProblem(string dataset) =>
        dataset.Length is 0 or > 100 || !dataset.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.') || dataset.All(c => c == '.')
            ? "dataset must be 1 to 100 letters, digits, '-', '_' or '.' (not only dots)" : null;

    private static async Task<Results<NoContent, ProblemHttpResult>> Delete(
        [Description("Dataset name, as given at import.")] string dataset, OfficialImport import, CancellationToken ct)
    {
        if (DatasetProblem(dataset) is { } problem) return Problems.BadRequest(problem);
        return await import.DeleteAsync(dataset, ct) ? TypedResults.NoContent() : Problems.NotFound($"no official dataset named '{dataset}'");
    }

    private static async Task<Results<Created<ImportSummary>, ProblemHttpResult>> Import(
        HttpRequest request, OfficialImport import,
        [Description("Dataset name: letters, digits, '-', '_' and '.', at most 100 characters.")] string dataset,
        [Description("Where the figures come from.")] string? source,
        CancellationToken ct)
    {
        if (DatasetProblem(dataset) is { } datasetProblem) return Problems.BadRequest(datasetProblem);
        if (source is { Length: > 500 }) return Problems.BadRequest("source is at most 500 characters");
        var mediaType = request.ContentType?.Split(';')[0].Trim().ToLowerInvariant();
        if (mediaType is not ("text/csv" or "text/plain"))
            return (ProblemHttpResult)RequestBody.Problem(415, "send the figures as text/csv in the UN Comtrade layout");
        var (text, status, problem) = await RequestBody.ReadTextAsync(request, MaxCsvBytes, ct);
        if (text is null) return (ProblemHttpResult)RequestBody.Problem(status, problem!);
        var result = await import.ImportAsync(dataset, source, new StringReader(text), ct);
        if (result.Errors.Count > 0)
            return TypedResults.Problem(detail: $"{result.Errors.Count} bad row(s); nothing was imported", statusCode: 400, title: "Bad request",
                extensions: new Dictionary<string, object?> { ["errors"] = result.Errors.Take(1000).Select(e => new { line = e.Line, problem = e.Problem }).ToList() });
        return TypedResults.Created($"/api/v1/volumes?source=official", new ImportSummary(dataset, result.Rows));
    }
}

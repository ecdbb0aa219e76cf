using System.ComponentModel;
using Microsoft.AspNetCore.Http.HttpResults;
using TradeApi.Infrastructure;
using TradeApi.Storage;

namespace TradeApi.Documents;

public static class DocumentsEndpoints
{
    public static IEndpointRouteBuilder MapDocumentsEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/documents").WithTags("Documents")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        group.MapGet("/", List).WithName("ListDocuments").Produces<Page<DocumentSummary>>(200, "application/json", "text/csv")
            .WithSummary("List source documents")
            .WithDescription("Documents the facts were taken from, ordered by id, with the number of volumes and targets found in each.");
        group.MapGet("/{id}", Get).WithName("GetDocument")
            .WithSummary("Get a document with its text and facts")
            .WithDescription("The full text, and every volume and target taken from it with the character span of its sentence (UTF-16 offsets, end exclusive).");
        return app;
    }

    private static async Task<Results<Ok<Page<DocumentSummary>>, CsvResult, ProblemHttpResult>> List(
        HttpRequest request,
        DocumentsStore store,
        [Description("Rows per page, 1 to 1000 (default 100).")] int? limit,
        [Description("Opaque cursor from the previous page's nextCursor.")] string? cursor,
        [Description("json (default) or csv; Accept: text/csv works too.")] string? format,
        CancellationToken ct)
    {
        if (Paging.ValidateList(format, limit, cursor, out var take, out var after) is { } problem) return Problems.BadRequest(problem);
        var rows = await store.ListAsync(after, take + 1, ct);
        return Paging.Respond(request, format, Paging.Make(rows, take, d => d.Id), ["id", "title", "publishedOn", "source", "ingestedAt", "volumes", "targets"],
            d => [d.Id, d.Title, d.PublishedOn?.ToString("yyyy-MM-dd"), d.Source, d.IngestedAt.ToString("O"), d.Volumes, d.Targets]);
    }

    private static async Task<Results<Ok<DocumentDetail>, ProblemHttpResult>> Get(
        DocumentsStore store, [Description("Document id: 16 lowercase hex digits.")] string id, CancellationToken ct)
    {
        if (id.Length != 16 || !id.All(char.IsAsciiHexDigitLower))
            return Problems.BadRequest($"'{Countries.CountriesEndpoints.Truncate(id)}' is not a document id; ids are 16 lowercase hex digits, as listed by GET /api/v1/documents");
        return await store.GetAsync(id, ct) is { } d ? TypedResults.Ok(d) : Problems.NotFound($"no document with id {id}");
    }
}

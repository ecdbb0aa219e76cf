using System.ComponentModel;
using Microsoft.AspNetCore.Http.HttpResults;
using TradeApi.Infrastructure;
using TradeApi.Storage;

namespace TradeApi.Documents;

/// Query of the documents list.
public sealed record DocumentsQuery : PageQuery
{
    [Description("id (default) or ingestedAt; a leading '-' sorts descending (-ingestedAt: newest first).")]
    [OneOf(nameof(Vocabulary.DocumentSorts))]
    public string? Sort { get; init; }
}

public static partial class DocumentsEndpoints
{
    /// Every route of /documents (and /extract): reads on the read group, writes on the write group, which carries the key.
    public static void Map(RouteGroupBuilder reads, RouteGroupBuilder writes)
    {
        MapReads(reads);
        MapWrites(writes);
    }

    private static void MapReads(IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/documents").WithTags("Documents")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        group.MapGet("/", List).WithName("ListDocuments").WithExamples(DocumentsExamples.ListDocuments).Produces<Page<DocumentSummary>>(200, "application/json", "text/csv")
            .WithSummary("List source documents")
            .WithDescription("Documents the facts were taken from, ordered by id, with the number of volumes and targets found in each.");
        group.MapGet("/{id}", Get).WithName("GetDocument").WithExamples(DocumentsExamples.GetDocument)
            .WithSummary("Get a document with its text and facts")
            .WithDescription("The full text, and every volume and target taken from it with the character span of its sentence (UTF-16 offsets, end exclusive).");
    }

    private static async Task<Results<Ok<Page<DocumentSummary>>, CsvResult, ProblemHttpResult>> List(
        HttpRequest request, DocumentsStore store, Storage.Db db, [AsParameters] DocumentsQuery query, CancellationToken ct)
    {
        if (!Paging.TryDecode(query.Cursor, out var after)) return Paging.BadCursor();
        var sort = Vocabulary.Canonical(Vocabulary.DocumentSorts, query.Sort) ?? "id";
        if (Paging.Whole(request, query.Limit))
        {
            const int chunk = 5_000;
            if (await store.ListAsync(sort, after, chunk, ct) is not { } first) return Paging.BadCursor();
            return Paging.All(CsvHeader, CsvRow, first, chunk, (a, n) => { using var c = db.Open(); return DocumentsStore.List(c, sort, a, n) ?? []; },
                d => DocumentsStore.CursorOf(d, sort), request.HttpContext.RequestAborted);
        }
        var take = query.Limit ?? Paging.DefaultLimit;
        if (await store.ListAsync(sort, after, take + 1, ct) is not { } rows) return Paging.BadCursor();
        var page = Paging.Make(rows, take, d => DocumentsStore.CursorOf(d, sort)) with { Total = query.Count == true ? await store.CountAsync(ct) : null };
        return Paging.Respond(request, page, CsvHeader, CsvRow);
    }

    internal static readonly string[] CsvHeader = ["id", "title", "publishedOn", "source", "ingestedAt", "volumes", "targets"];

    internal static IReadOnlyList<object?> CsvRow(DocumentSummary d) =>
        [d.Id, d.Title, d.PublishedOn?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), d.Source,
            d.IngestedAt.ToString("O", System.Globalization.CultureInfo.InvariantCulture), d.Volumes, d.Targets];

    internal static ProblemHttpResult? IdProblem(string id) =>
        id.Length != 16 || !id.All(char.IsAsciiHexDigitLower)
            ? Problems.Invalid("id", $"'{Text.Truncate(id)}' is not a document id; ids are 16 lowercase hex digits, as listed by GET /api/v1/documents")
            : null;

    private static async Task<Results<Ok<DocumentDetail>, ProblemHttpResult>> Get(
        DocumentsStore store, [Description("Document id: 16 lowercase hex digits.")] string id, CancellationToken ct)
    {
        if (IdProblem(id) is { } problem) return problem;
        return await store.GetAsync(id, ct) is { } d ? TypedResults.Ok(d) : Problems.NotFoundHere($"no document with id {id}");
    }
}

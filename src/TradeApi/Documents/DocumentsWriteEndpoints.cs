using System.ComponentModel;
using Microsoft.AspNetCore.Http.HttpResults;
using TradeApi.Cli;
using TradeApi.Extraction;
using TradeApi.Infrastructure;

namespace TradeApi.Documents;

/// A document as JSON; text/plain bodies carry the title on their first line instead.
[FreeWords, Input]
public sealed record DocumentBody(
    [property: Description("Title; when omitted, the first line of the text.")] string? Title,
    [property: Description("The document text. At most 1 MiB of UTF-8 for the whole body.")] string Text,
    [property: Description("Publication date, yyyy-MM-dd; resolves \"last year\" and \"within five years\". When omitted, the dateline's date, else one the source address writes (\"/2024/06/13/\").")] string? PublishedOn,
    [property: Description("Where the text comes from (a URL or a name).")] string? Source);

/// What became of one line of an NDJSON batch.
public sealed record BatchLine(
    [property: Description("The line's number in the body, from 1 (blank lines are skipped, not answered).")] int Line,
    [property: Description("201 stored, 200 the same text was held already (nothing stored), 400 refused (detail says why; nothing stored for it).")] int Status,
    [property: Description("The document's id; null for a refused line.")] string? Id,
    [property: Description("Ids of the volumes stored from it (empty unless 201).")] IReadOnlyList<long> VolumeIds,
    [property: Description("Ids of the targets stored from it (empty unless 201).")] IReadOnlyList<long> TargetIds,
    [property: Description("Why a line was refused; null otherwise.")] string? Detail);

/// The answer to an NDJSON batch: every line in the order sent.
public sealed record BatchAnswer(int Created, int Existing, int Refused, IReadOnlyList<BatchLine> Items);

public static partial class DocumentsEndpoints
{
    public const string Ndjson = "application/x-ndjson";

    /// <summary>Most documents one NDJSON batch may carry, and its largest body.</summary>
    public const int MaxBatchLines = 1000;
    public const int MaxBatchBytes = 32 * 1024 * 1024;

    private const string BodyDescription =
        " The body is text/plain (first line is the title) or application/json {title, text, publishedOn, source}, at most 1 MiB (1,048,576 bytes); larger bodies answer 413.";

    private static void MapWrites(IEndpointRouteBuilder app)
    {
        var documents = app.MapGroup("/api/v1/documents").WithTags("Documents")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        documents.MapPost("/", Ingest).WithName("IngestDocument").WithExamples(DocumentsExamples.IngestDocument)
            .Accepts<DocumentBody>("application/json", "text/plain", Ndjson)
            .Produces<BatchAnswer>(StatusCodes.Status207MultiStatus)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge).ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .WithSummary("Ingest a document, or a batch of them")
            .WithDescription("Runs the extractor and stores the document with all its facts in one transaction. 201 with the new id and the facts; the same text again answers 200 with the existing id and stores nothing. A text with no extractable facts is stored and answers 201 with empty lists." + BodyDescription
                + " A batch is application/x-ndjson: one JSON document per line (at most 1,000 lines and 32 MiB, each line under the limits of one document), extracted on every core and stored together; it answers 207 with every line in order: 201 stored, 200 already held, 400 refused with the reason (a refused line stores nothing and does not stop the others).");
        documents.MapDelete("/{id}", Delete).WithName("DeleteDocument").WithExamples(DocumentsExamples.DeleteDocument)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("Delete a document and its facts")
            .WithDescription("Removes the document and every volume and target taken from it. 204 when deleted, 404 when there is no such document.");
        app.MapPost("/api/v1/extract", Extract).WithTags("Documents").WithName("ExtractFacts").WithExamples(DocumentsExamples.ExtractFacts)
            .Accepts<DocumentBody>("application/json", "text/plain")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status413PayloadTooLarge).ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .WithSummary("Try the extractor on a text")
            .WithDescription("Returns what would be extracted, in the shape of the extract verb, and stores nothing." + BodyDescription);
    }

    internal static ExtractedFacts Facts(string? id, string? title, ExtractionResult r, DateOnly? publishedOn,
        IReadOnlyList<long>? volumeIds = null, IReadOnlyList<long>? targetIds = null) =>
        new(id, DocumentsStore.CapTitle(title ?? r.Title), publishedOn ?? r.PublishedOn,
            r.Volumes.Select((v, i) => v with { Features = null, Id = volumeIds is { } ids && i < ids.Count ? ids[i] : null }).ToList(),
            r.Targets.Select((t, i) => t with { Features = null, Id = targetIds is { } ids && i < ids.Count ? ids[i] : null }).ToList());

    private static async Task<Results<Created<ExtractedFacts>, Ok<ExtractedFacts>, JsonHttpResult<BatchAnswer>, ProblemHttpResult>> Ingest(
        HttpRequest request, DocumentsStore store, CancellationToken ct)
    {
        if (string.Equals(request.ContentType?.Split(';')[0].Trim(), Ndjson, StringComparison.OrdinalIgnoreCase)) return await IngestBatch(request, store, ct);
        var body = await RequestBody.ReadDocumentAsync(request, ct);
        if (body.Input is not { } input) return RequestBody.Problem(body.Status, body.Problem!);
        var result = await store.IngestAsync(input.Text, input.Title, input.PublishedOn, input.Source, ct);
        if (result.Created)
            return TypedResults.Created($"/api/v1/documents/{result.Id}", Facts(result.Id, input.Title, result.Facts, input.PublishedOn, result.VolumeIds, result.TargetIds));
        // A document is its text (line endings and surrounding blanks aside): the same text again answers with what is stored,
        // its title, date and facts, whatever title or date came with the replay.
        var stored = await store.GetAsync(result.Id, ct);
        if (stored is null) return TypedResults.Ok(Facts(result.Id, input.Title, result.Facts, input.PublishedOn));
        return TypedResults.Ok(Stored(stored));
    }

    // Each line parsed with the rules of one JSON document; the good ones stored together; every line answered in order.
    private static async Task<Results<Created<ExtractedFacts>, Ok<ExtractedFacts>, JsonHttpResult<BatchAnswer>, ProblemHttpResult>> IngestBatch(
        HttpRequest request, DocumentsStore store, CancellationToken ct)
    {
        if (request.HttpContext.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size) size.MaxRequestBodySize = MaxBatchBytes;
        var (text, status, problem) = await RequestBody.ReadTextAsync(request, MaxBatchBytes, ct);
        if (text is null) return RequestBody.Problem(status, problem!);
        var lines = text.Split('\n');
        var parsed = new List<(int Line, DocumentInput? Input, string? Problem)>();
        for (var i = 0; i < lines.Length; i++)
        {
            if (string.IsNullOrWhiteSpace(lines[i])) continue;
            var (input, wrong) = RequestBody.ParseDocument(lines[i].TrimEnd('\r'));
            parsed.Add((i + 1, input, wrong));
        }
        if (parsed.Count == 0) return RequestBody.Problem(400, "the batch has no documents; send one JSON document {title, text, publishedOn, source} per line");
        if (parsed.Count > MaxBatchLines) return RequestBody.Problem(413, $"the batch has {parsed.Count:N0} documents; the limit is {MaxBatchLines:N0} per request");
        var good = parsed.Where(p => p.Input is not null).ToList();
        var stored = good.Count == 0 ? [] : await store.IngestBatchAsync(good.Select(p => p.Input!).ToList(), ct);
        var results = new Dictionary<int, DocumentsStore.IngestResult>();
        for (var i = 0; i < good.Count; i++) results[good[i].Line] = stored[i];
        var items = parsed.Select(p => results.TryGetValue(p.Line, out var r)
            ? new BatchLine(p.Line, r.Created ? 201 : 200, r.Id, r.VolumeIds, r.TargetIds, null)
            : new BatchLine(p.Line, 400, null, [], [], p.Problem)).ToList();
        return TypedResults.Json(new BatchAnswer(items.Count(x => x.Status == 201), items.Count(x => x.Status == 200), items.Count(x => x.Status == 400), items),
            statusCode: StatusCodes.Status207MultiStatus);
    }

    // What is stored, reviews applied: corrected values, rejected facts left out (as every list leaves them out).
    internal static ExtractedFacts Stored(DocumentDetail d)
    {
        var volumes = d.Volumes.Where(v => v.Review.State != ReviewState.Rejected).Select(v => new VolumeFact(v.Reporter, v.Partner, v.Flow, v.Year, v.Value, v.Currency,
            v.Qualifier, new(v.Provenance.Start, v.Provenance.End, v.Provenance.Quote), v.Restated, v.Confidence ?? 0, null, v.Coverage, v.Id)).ToList();
        var targets = d.Targets.Where(t => t.Review.State != ReviewState.Rejected).Select(t => new TargetFact(t.Reporter, t.Partner, t.Flow, t.Kind, t.Value, t.Currency,
            t.Multiplier, t.BaseValue, t.BaseYear, t.ByYear, t.Horizon, t.Qualifier, t.Speaker, t.StatedAsReached,
            new(t.Provenance.Start, t.Provenance.End, t.Provenance.Quote), t.Restated, t.Confidence ?? 0, null, t.Id)).ToList();
        return new ExtractedFacts(d.Id, d.Title, d.PublishedOn, volumes, targets);
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> Delete([Description("Document id: 16 lowercase hex digits.")] string id, DocumentsStore store, CancellationToken ct)
    {
        if (DocumentsEndpoints.IdProblem(id) is { } problem) return problem;
        return await store.DeleteAsync(id, ct) ? TypedResults.NoContent() : Problems.NotFoundHere($"no document with id {id}");
    }

    private static async Task<Results<Ok<ExtractedFacts>, ProblemHttpResult>> Extract(HttpRequest request, CancellationToken ct)
    {
        var body = await RequestBody.ReadDocumentAsync(request, ct);
        if (body.Input is not { } input) return RequestBody.Problem(body.Status, body.Problem!);
        return TypedResults.Ok(Facts(null, input.Title, Extractor.Extract(input.Text, input.PublishedOn, source: input.Source), input.PublishedOn));
    }
}

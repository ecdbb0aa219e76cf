using System.ComponentModel;
using Microsoft.AspNetCore.Http.HttpResults;
using TradeApi.Auth;
using TradeApi.Cli;
using TradeApi.Extraction;
using TradeApi.Infrastructure;

namespace TradeApi.Documents;

/// A document as JSON; text/plain bodies carry the title on their first line instead.
public sealed record DocumentBody(
    [property: Description("Title; when omitted, the first line of the text.")] string? Title,
    [property: Description("The document text. At most 1 MiB of UTF-8 for the whole body.")] string Text,
    [property: Description("Publication date, yyyy-MM-dd; resolves \"last year\" and \"within five years\". When omitted, the dateline's date.")] string? PublishedOn,
    [property: Description("Where the text comes from (a URL or a name).")] string? Source);

public static class DocumentsWriteEndpoints
{
    private const string BodyDescription =
        " The body is text/plain (first line is the title) or application/json {title, text, publishedOn, source}, at most 1 MiB (1,048,576 bytes); larger bodies answer 413.";

    public static IEndpointRouteBuilder MapDocumentsWriteEndpoints(this IEndpointRouteBuilder app)
    {
        var documents = app.MapGroup("/api/v1/documents").WithTags("Documents").RequireApiKey()
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        documents.MapPost("/", Ingest).WithName("IngestDocument")
            .Accepts<DocumentBody>("application/json", "text/plain")
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge).ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .WithSummary("Ingest a document")
            .WithDescription("Runs the extractor and stores the document with all its facts in one transaction. 201 with the new id and the facts; the same text again answers 200 with the existing id and stores nothing. A text with no extractable facts is stored and answers 201 with empty lists." + BodyDescription);
        documents.MapDelete("/{id}", Delete).WithName("DeleteDocument")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("Delete a document and its facts")
            .WithDescription("Removes the document and every volume and target taken from it. 204 when deleted, 404 when there is no such document.");
        app.MapPost("/api/v1/extract", Extract).WithTags("Documents").WithName("ExtractFacts").RequireApiKey()
            .Accepts<DocumentBody>("application/json", "text/plain")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status413PayloadTooLarge).ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .WithSummary("Try the extractor on a text")
            .WithDescription("Returns what would be extracted, in the shape of the extract verb, and stores nothing." + BodyDescription);
        return app;
    }

    internal static ExtractedFacts Facts(string? id, string? title, ExtractionResult r, DateOnly? publishedOn,
        IReadOnlyList<long>? volumeIds = null, IReadOnlyList<long>? targetIds = null) =>
        new(id, DocumentsStore.CapTitle(title ?? r.Title), publishedOn ?? r.PublishedOn,
            r.Volumes.Select((v, i) => VolumeJson.From(v) with { Id = volumeIds is { } ids && i < ids.Count ? ids[i] : null }).ToList(),
            r.Targets.Select((t, i) => TargetJson.From(t) with { Id = targetIds is { } ids && i < ids.Count ? ids[i] : null }).ToList());

    private static async Task<Results<Created<ExtractedFacts>, Ok<ExtractedFacts>, ProblemHttpResult>> Ingest(HttpRequest request, DocumentsStore store, CancellationToken ct)
    {
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

    // What is stored, reviews applied: corrected values, rejected facts left out (as every list leaves them out).
    internal static ExtractedFacts Stored(DocumentDetail d)
    {
        var volumes = d.Volumes.Where(v => v.Review.State != "rejected").Select(v => new VolumeJson(v.Reporter, v.Partner, v.Flow, v.Year, v.Value, v.Currency,
            v.Qualifier, new(v.Provenance.Start, v.Provenance.End, v.Provenance.Quote), v.Restated, v.Confidence ?? 0, v.Coverage, v.Id)).ToList();
        var targets = d.Targets.Where(t => t.Review.State != "rejected").Select(t => new TargetJson(t.Reporter, t.Partner, t.Flow, t.Kind, t.Value, t.Currency,
            t.Multiplier, t.BaseValue, t.BaseYear, t.ByYear, t.Horizon, t.Qualifier, t.Speaker, t.StatedAsReached,
            new(t.Provenance.Start, t.Provenance.End, t.Provenance.Quote), t.Restated, t.Confidence ?? 0, t.Id)).ToList();
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

using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;

namespace TradeApi.Infrastructure;

/// A document as posted: the text, and what the caller knows about it.
public sealed record DocumentInput(string? Title, string Text, DateOnly? PublishedOn, string? Source);

// Reads text/plain or JSON bodies by hand: the body is capped before it is buffered, and bad UTF-8 is a 400, not a 500.
public static class RequestBody
{
    public const int MaxDocumentBytes = 1024 * 1024;

    public sealed record Outcome(DocumentInput? Input, int Status, string? Problem);

    private sealed record JsonDocumentBody(string? Title, string? Text, string? PublishedOn, string? Source);

    public static async Task<(string? Text, int Status, string? Problem)> ReadTextAsync(HttpRequest request, int maxBytes, CancellationToken ct)
    {
        if (request.ContentLength > maxBytes) return (null, 413, $"the body is {request.ContentLength} bytes; the limit is {maxBytes} bytes");
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > maxBytes) return (null, 413, $"the body exceeds the limit of {maxBytes} bytes");
            buffer.Write(chunk, 0, read);
        }
        try
        {
            return (new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(buffer.GetBuffer(), 0, (int)buffer.Length).TrimStart('\uFEFF'), 200, null);
        }
        catch (DecoderFallbackException)
        {
            return (null, 400, "the body is not valid UTF-8");
        }
    }

    public static async Task<Outcome> ReadDocumentAsync(HttpRequest request, CancellationToken ct)
    {
        var mediaType = request.ContentType?.Split(';')[0].Trim().ToLowerInvariant();
        if (mediaType is not ("text/plain" or "application/json"))
            return new(null, 415, $"{(mediaType is null ? "the body has no Content-Type" : $"Content-Type '{Text.Truncate(mediaType)}' is not accepted")}; send the document as text/plain (first line is the title) or application/json {{title, text, publishedOn, source}}");
        var (text, status, problem) = await ReadTextAsync(request, MaxDocumentBytes, ct);
        if (text is null) return new(null, status, problem);
        if (mediaType == "text/plain")
            return string.IsNullOrWhiteSpace(text) ? new(null, 400, "the text is empty")
                : text.Contains('\0') ? new(null, 400, NulProblem("the text"))
                : new(new DocumentInput(null, text, null, null), 200, null);
        var (input, wrong) = ParseDocument(text);
        return input is null ? new(null, 400, wrong) : new(input, 200, null);
    }

    /// One document as the JSON object {title, text, publishedOn, source}, with the same rules wherever it arrives (a POST body, a
    /// line of a .jsonl file for the ingest verb); the problem in words when it is not one.
    public static (DocumentInput? Input, string? Problem) ParseDocument(string text)
    {
        if (Encoding.UTF8.GetByteCount(text) > MaxDocumentBytes) return (null, $"the document is over {MaxDocumentBytes:N0} bytes");
        JsonDocumentBody? body;
        try
        {
            body = JsonSerializer.Deserialize<JsonDocumentBody>(text, new JsonSerializerOptions(JsonSerializerDefaults.Web) { MaxDepth = 8 });
        }
        catch (JsonException e)
        {
            // The serializer's own message names internal types; say where the body went wrong and what each field is.
            var at = string.IsNullOrEmpty(e.Path) || e.Path == "$" ? "" : $" at {e.Path}";
            return (null, $"the body is not the JSON object {{title, text, publishedOn, source}}{at}: title, text and source are strings, publishedOn a yyyy-MM-dd date");
        }
        if (body is null || string.IsNullOrWhiteSpace(body.Text)) return (null, "text is required and must not be empty");
        DateOnly? published = null;
        if (body.PublishedOn is { Length: > 0 } p)
        {
            if (!DateOnly.TryParseExact(p, "yyyy-MM-dd", out var d)) return (null, $"publishedOn '{p}' is not an ISO 8601 date (yyyy-MM-dd)");
            // Years 1 or 9999 would give facts for year 0 and deadlines in the year 10004.
            if (d.Year is < 1900 or > 2100) return (null, $"publishedOn '{p}' is outside 1900-01-01 to 2100-12-31");
            published = d;
        }
        if (body.Title is { Length: > 500 }) return (null, "title is at most 500 characters");
        if (body.Source is { Length: > 500 }) return (null, "source is at most 500 characters");
        foreach (var (name, value) in new[] { ("text", body.Text), ("title", body.Title), ("source", body.Source) })
            if (value is not null && value.Contains('\0')) return (null, NulProblem(name));
        return (new DocumentInput(body.Title, body.Text, published, body.Source), null);
    }

    /// PostgreSQL cannot store U+0000 and SQLite can; both stores refuse it alike, so a document means the same on either.
    public static string NulProblem(string field) => $"{field} holds a NUL character (U+0000), which the service does not store; remove it and send again";

    public static ProblemHttpResult Problem(int status, string detail) => Problems.Of(status switch
    {
        413 => Problems.PayloadTooLarge,
        415 => Problems.UnsupportedMediaType,
        _ => Problems.InvalidBody,
    }, detail);
}

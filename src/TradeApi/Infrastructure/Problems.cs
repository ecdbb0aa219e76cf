using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace TradeApi.Infrastructure;

/// One kind of problem: its own `type` URI (documented at that path), status and title, so a client can branch without parsing English.
public sealed record ProblemKind(
    [property: System.ComponentModel.Description("The problem type URI, as in the `type` of a problem response.")] string Type,
    int Status, string Title, [property: System.ComponentModel.Description("When the API answers with this kind, and what to do.")] string About)
{
    public const string Prefix = "/problems/";
}

// Problem details (RFC 9457) with a distinct type per kind and a detail that says what was wrong and what is accepted.
public static class Problems
{
    private static ProblemKind Kind(string slug, int status, string title, string about) => new(ProblemKind.Prefix + slug, status, title, about);

    public static readonly ProblemKind InvalidParameter = Kind("invalid-parameter", 400, "Invalid parameter",
        "A query or path value is unknown, repeated, malformed or out of range. `errors` maps each bad parameter to what is wrong with it and what it accepts.");
    public static readonly ProblemKind InvalidBody = Kind("invalid-body", 400, "Invalid body",
        "The request body cannot be read as what the operation takes (JSON of the wrong shape, invalid UTF-8, bad rows in an import).");
    public static readonly ProblemKind UnknownCountry = Kind("unknown-country", 404, "Unknown country",
        "A country in the path is not one the gazetteer knows. Use ISO 3166-1 alpha-2 or alpha-3, a UN M49 number or an English name; GET /api/v1/countries lists them.");
    public static readonly ProblemKind UnknownPairData = Kind("unknown-pair-data", 404, "No data for this pair",
        "Both countries are known, but no document and no official dataset has figures or targets for the pair. GET /api/v1/pairs lists the pairs that have.");
    public static readonly ProblemKind NotFound = Kind("not-found", 404, "Not found",
        "There is no resource at this path (no such route, document or dataset).");
    public static readonly ProblemKind MethodNotAllowed = Kind("method-not-allowed", 405, "Method not allowed", "The path exists; the Allow header lists its methods.");
    public static readonly ProblemKind NotAcceptable = Kind("not-acceptable", 406, "Not acceptable",
        "The Accept header names no media type the operation can produce: application/json, or text/csv where the operation lists it.");
    public static readonly ProblemKind Unauthorized = Kind("unauthorized", 401, "Unauthorized", "Writes need a valid X-Api-Key header.");
    public static readonly ProblemKind PayloadTooLarge = Kind("payload-too-large", 413, "Payload too large", "The body is larger than the operation accepts; the detail gives the limit.");
    public static readonly ProblemKind UriTooLong = Kind("uri-too-long", 414, "URI too long", "The query string is longer than the service accepts.");
    public static readonly ProblemKind UnsupportedMediaType = Kind("unsupported-media-type", 415, "Unsupported media type",
        "The Content-Type (or Content-Encoding) of the body is not one the operation reads; the detail lists those it does.");
    public static readonly ProblemKind PreconditionFailed = Kind("precondition-failed", 412, "Precondition failed",
        "The fact changed since the ETag in If-Match was read (another reviewer got there first); GET it again and reapply the change.");
    public static readonly ProblemKind PreconditionRequired = Kind("precondition-required", 428, "Precondition required",
        "A change to a fact needs If-Match with the fact's ETag, so it cannot overwrite a change made meanwhile.");
    public static readonly ProblemKind RateLimited = Kind("rate-limited", 429, "Too many requests", "This client sent more requests than its window allows; retry after Retry-After seconds.");
    public static readonly ProblemKind Busy = Kind("busy", 503, "Database busy", "The database is busy or briefly unavailable; retry after Retry-After seconds.");
    public static readonly ProblemKind NotWritable = Kind("not-writable", 503, "Database not writable", "The database cannot be written: a read-only or missing SQLite file or folder, or a PostgreSQL server that refuses writes (read-only, missing privileges); an operator must fix it.");
    public static readonly ProblemKind InsufficientStorage = Kind("insufficient-storage", 507, "Insufficient storage", "The disk holding the database is full; nothing was stored.");
    public static readonly ProblemKind DatabaseDamaged = Kind("database-damaged", 500, "Database damaged", "The database is damaged (a damaged SQLite file, or data PostgreSQL reports as corrupt); an operator must restore it from a backup.");
    public static readonly ProblemKind Internal = Kind("internal", 500, "Internal error", "An error the service did not expect; the traceId identifies it in the log.");

    public static readonly IReadOnlyList<ProblemKind> All =
    [
        InvalidParameter, InvalidBody, UnknownCountry, UnknownPairData, NotFound, MethodNotAllowed, NotAcceptable, Unauthorized, PayloadTooLarge,
        UriTooLong, UnsupportedMediaType, PreconditionFailed, PreconditionRequired, RateLimited, Busy, NotWritable, InsufficientStorage, DatabaseDamaged, Internal,
    ];

    /// The kind a bare status stands for when nothing more specific was said (framework responses, status pages).
    // The kinds a handler picks on purpose are never a status's default: an unexpected 500 is an internal error, not a damaged database.
    public static ProblemKind ForStatus(int status) => All.FirstOrDefault(k => k.Status == status && k != InvalidBody && k != UnknownCountry && k != UnknownPairData && k != NotWritable && k != DatabaseDamaged)
        ?? (status >= 500 ? Internal : InvalidParameter);

    public static ProblemHttpResult Of(ProblemKind kind, string detail, IDictionary<string, object?>? extensions = null) =>
        TypedResults.Problem(detail: detail, statusCode: kind.Status, title: kind.Title, type: kind.Type, extensions: extensions);

    /// 400 naming one parameter: `errors` has it, and the detail says it in one line.
    public static ProblemHttpResult Invalid(string parameter, string message) =>
        Of(InvalidParameter, $"{parameter}: {message}", new Dictionary<string, object?> { ["errors"] = new Dictionary<string, string[]> { [parameter] = [message] } });

    public static ProblemHttpResult NotFoundHere(string detail) => Of(NotFound, detail);

    public static ProblemDetails Details(ProblemKind kind, string detail) => new() { Status = kind.Status, Title = kind.Title, Detail = detail, Type = kind.Type };

    /// Writes problem+json whatever the Accept header asks for: an error must never turn into a 500 because a client wanted CSV.
    public static Task WriteAsync(HttpContext context, ProblemKind kind, string detail, IDictionary<string, object?>? extensions = null)
    {
        var problem = Details(kind, detail);
        if (extensions is not null) foreach (var (k, v) in extensions) problem.Extensions[k] = v;
        problem.Extensions["traceId"] = System.Diagnostics.Activity.Current?.Id ?? context.TraceIdentifier;
        context.Response.StatusCode = kind.Status;
        return TypedResults.Problem(problem).ExecuteAsync(context);
    }

    public static Task WriteInvalid(HttpContext context, Dictionary<string, string[]> errors) =>
        WriteAsync(context, InvalidParameter, Summary(errors), new Dictionary<string, object?> { ["errors"] = errors });

    /// "from: 'abc' is not an integer; limit: must be between 1 and 1000".
    public static string Summary(IDictionary<string, string[]> errors) => string.Join("; ", errors.Select(e => $"{e.Key}: {string.Join(", ", e.Value)}"));

    // Every problem, whoever wrote it (a handler, the validation filter, the framework), gets its kind's type URI and title, and
    // validation keys in the query's own camelCase spelling.
    public static void Customize(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        var status = problem.Status ??= context.HttpContext.Response.StatusCode;
        if (problem is HttpValidationProblemDetails validation)
        {
            var errors = validation.Errors.ToDictionary(e => e.Key.Length > 0 ? char.ToLowerInvariant(e.Key[0]) + e.Key[1..] : e.Key, e => e.Value);
            validation.Errors.Clear();
            foreach (var (k, v) in errors) validation.Errors[k] = v;
            problem.Type = InvalidParameter.Type;
            problem.Title = InvalidParameter.Title;
            problem.Detail ??= Summary(errors);
        }
        else if (problem.Type is null || !problem.Type.StartsWith(ProblemKind.Prefix, StringComparison.Ordinal))
        {
            var kind = ForStatus(status);
            problem.Type = kind.Type;
            problem.Title = kind.Title;
        }
        problem.Extensions.TryAdd("traceId", System.Diagnostics.Activity.Current?.Id ?? context.HttpContext.TraceIdentifier);
    }

    // Routing refuses a body type an operation does not declare before the handler runs; say which types it does declare.
    private static string UnsupportedDetail(HttpContext context)
    {
        var path = context.Request.Path.Value?.Trim('/') ?? "";
        var accepted = context.RequestServices.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => string.Equals(e.RoutePattern.RawText?.Trim('/'), path, StringComparison.OrdinalIgnoreCase))
            .SelectMany(e => e.Metadata.GetMetadata<Microsoft.AspNetCore.Http.Metadata.IAcceptsMetadata>()?.ContentTypes ?? []).Distinct().ToList();
        var sent = context.Request.ContentType is { Length: > 0 } ct ? $"Content-Type '{Text.Truncate(ct)}' is not accepted here" : "the body has no Content-Type";
        return accepted.Count > 0 ? $"{sent}; send {string.Join(" or ", accepted)}" : $"{sent}; see the operation's request body in /swagger";
    }

    /// The detail for a status the framework set with no body (unknown route, wrong method).
    public static string DetailFor(HttpContext context) => context.Response.StatusCode switch
    {
        400 => "the request has the wrong form; see the operation's parameters in /swagger",
        404 => $"there is no resource at {context.Request.Path}; GET /api/v1 lists the resources, /swagger describes them",
        405 => $"{context.Request.Method} is not allowed here; the Allow header lists the methods that are",
        415 => UnsupportedDetail(context),
        _ => Microsoft.AspNetCore.WebUtilities.ReasonPhrases.GetReasonPhrase(context.Response.StatusCode),
    };
}

// Every problem is written as application/problem+json whatever the Accept header says (the default writer declines when a client
// asks for text/csv, and the validation filter then fell back to plain JSON), with the kinds' types applied.
public sealed class ProblemJsonWriter(Microsoft.Extensions.Options.IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> json) : IProblemDetailsWriter
{
    public bool CanWrite(ProblemDetailsContext context) => true;

    public ValueTask WriteAsync(ProblemDetailsContext context)
    {
        Problems.Customize(context);
        var problem = context.ProblemDetails;
        return new ValueTask(context.HttpContext.Response.WriteAsJsonAsync(problem, problem.GetType(), json.Value.SerializerOptions, "application/problem+json"));
    }
}

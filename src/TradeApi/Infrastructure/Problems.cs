using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace TradeApi.Infrastructure;

// Problem details (RFC 9457) with a detail that says what was wrong and what is accepted.
public static class Problems
{
    public static ProblemHttpResult NotFound(string detail) =>
        TypedResults.Problem(detail: detail, statusCode: StatusCodes.Status404NotFound, title: "Not found");

    public static ProblemHttpResult BadRequest(string detail) =>
        TypedResults.Problem(detail: detail, statusCode: StatusCodes.Status400BadRequest, title: "Bad request");

    public static ProblemDetails Details(int status, string title, string detail) => new() { Status = status, Title = title, Detail = detail };

    /// Writes problem+json whatever the Accept header asks for: an error must never turn into a 500 because a client wanted CSV.
    public static Task WriteAsync(HttpContext context, int status, string title, string detail)
    {
        var problem = Details(status, title, detail);
        problem.Extensions["traceId"] = System.Diagnostics.Activity.Current?.Id ?? context.TraceIdentifier;
        return TypedResults.Problem(problem).ExecuteAsync(context);
    }

    /// The detail for a status the framework set with no body (unknown route, wrong method, a value that does not bind).
    public static string DetailFor(HttpContext context) => context.Response.StatusCode switch
    {
        400 => "a route or query value has the wrong form (a year or limit that is not an integer, for example); see the operation's parameters in /swagger",
        404 => $"there is no resource at {context.Request.Path}; see /swagger for the routes",
        405 => $"{context.Request.Method} is not allowed here; the Allow header lists the methods that are",
        _ => Microsoft.AspNetCore.WebUtilities.ReasonPhrases.GetReasonPhrase(context.Response.StatusCode),
    };
}

/// One page of a list; pass nextCursor back as cursor for the next page.
public sealed record Page<T>(IReadOnlyList<T> Items, int Limit, string? NextCursor, bool HasMore);

public static class Paging
{
    public const int DefaultLimit = 100;
    public const int MaxLimit = 1000;

    public static string Encode(string key) => Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(key)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static bool TryDecode(string? cursor, out string? key)
    {
        key = null;
        if (string.IsNullOrEmpty(cursor)) return true;
        if (cursor.Length > 400) return false;
        try
        {
            var s = cursor.Replace('-', '+').Replace('_', '/');
            s = s.PadRight(s.Length + (4 - s.Length % 4) % 4, '=');
            key = System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(s));
            return key.Length > 0;
        }
        catch (FormatException)
        {
            return false;
        }
    }

    public static string? Validate(int? limit, string? cursor, out int take, out string? after)
    {
        take = limit ?? DefaultLimit;
        after = null;
        if (take < 1 || take > MaxLimit) return $"limit must be between 1 and {MaxLimit}; got {limit}";
        if (!TryDecode(cursor, out after)) return "cursor is not one this API issued; pass the nextCursor of the previous page, or omit it for the first page";
        return null;
    }

    /// Checks format, limit and cursor of a list request; null when they are fine.
    public static string? ValidateList(string? format, int? limit, string? cursor, out int take, out string? after)
    {
        var problem = Validate(limit, cursor, out take, out after);
        return CsvResult.FormatProblem(format) ?? problem;
    }

    /// A page as JSON, or as CSV when the caller asked for it; either way with a Link header to the next page.
    public static Microsoft.AspNetCore.Http.HttpResults.Results<Microsoft.AspNetCore.Http.HttpResults.Ok<Page<T>>, CsvResult, ProblemHttpResult> Respond<T>(
        HttpRequest request, string? format, Page<T> page, IReadOnlyList<string> csvHeader, Func<T, IReadOnlyList<object?>> csvRow)
    {
        var next = SetNext(request, page);
        return CsvResult.Wanted(request, format) ? new CsvResult(csvHeader, page.Items.Select(csvRow), next) : TypedResults.Ok(page);
    }

    /// Sets Link: <...>; rel="next" when there is a next page, and returns that URL.
    public static string? SetNext<T>(HttpRequest request, Page<T> page)
    {
        if (page.NextCursor is null) return null;
        var query = request.Query.Where(kv => !string.Equals(kv.Key, "cursor", StringComparison.OrdinalIgnoreCase))
            .SelectMany(kv => kv.Value.Select(v => $"{Uri.EscapeDataString(kv.Key)}={Uri.EscapeDataString(v ?? "")}"))
            .Append($"cursor={Uri.EscapeDataString(page.NextCursor)}");
        var link = $"{request.PathBase}{request.Path}?{string.Join('&', query)}";
        request.HttpContext.Response.Headers.Link = $"<{link}>; rel=\"next\"";
        return link;
    }

    public static Page<T> Make<T>(List<T> fetched, int take, Func<T, string> key)
    {
        var more = fetched.Count > take;
        if (more) fetched.RemoveAt(fetched.Count - 1);
        return new Page<T>(fetched, take, more && fetched.Count > 0 ? Encode(key(fetched[^1])) : null, more);
    }
}

using Microsoft.AspNetCore.Http.HttpResults;

namespace TradeApi.Infrastructure;

/// One page of a list; pass nextCursor back as cursor for the next page.
public sealed record Page<T>(
    IReadOnlyList<T> Items,
    [property: System.ComponentModel.Description("The page size used.")] int Limit,
    [property: System.ComponentModel.Description("Cursor of the next page; null on the last page.")] string? NextCursor,
    bool HasMore,
    [property: System.ComponentModel.Description("Rows matching the filters over all pages; null unless count=true was asked.")] long? Total = null);

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

    public static ProblemHttpResult BadCursor() =>
        Problems.Invalid("cursor", "is not one this API issued for this list and sort; pass the nextCursor of the previous page, or omit it for the first page");

    /// A page as JSON, or as CSV when the caller asked for it; either way with a Link header to the next page.
    public static Results<Ok<Page<T>>, CsvResult, ProblemHttpResult> Respond<T>(
        HttpRequest request, Page<T> page, IReadOnlyList<string> csvHeader, Func<T, IReadOnlyList<object?>> csvRow)
    {
        var next = SetNext(request, page);
        return CsvResult.Wanted(request) ? new CsvResult(csvHeader, page.Items.Select(csvRow), next) : TypedResults.Ok(page);
    }

    /// A script's CSV without a limit gets every row in one answer (JSON always pages).
    public static bool Whole(HttpRequest request, int? limit) => limit is null && CsvResult.Wanted(request);

    /// The limit of a list read whole in one go (small lists, or lists evaluated as a whole anyway).
    public const int Everything = int.MaxValue - 1;

    /// Every row as CSV: the first chunk (read by the caller, so a bad cursor is still a 400), then further keyset chunks, each
    /// read by `read` in its own short read, written as they come; a client that hangs up stops the reading.
    public static CsvResult All<T>(IReadOnlyList<string> header, Func<T, IReadOnlyList<object?>> row, List<T> first, int chunk,
        Func<string, int, List<T>> read, Func<T, string> cursorOf, CancellationToken ct)
    {
        IEnumerable<IReadOnlyList<object?>> Rows()
        {
            var rows = first;
            while (true)
            {
                foreach (var r in rows)
                {
                    ct.ThrowIfCancellationRequested();
                    yield return row(r);
                }
                if (rows.Count < chunk) yield break;
                rows = read(cursorOf(rows[^1]), chunk);
            }
        }
        return new CsvResult(header, Rows());
    }

    public static Page<TOut> Map<TIn, TOut>(Page<TIn> page, Func<TIn, TOut> map) =>
        new(page.Items.Select(map).ToList(), page.Limit, page.NextCursor, page.HasMore, page.Total);

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

using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Http.Metadata;
using System.Reflection;

namespace TradeApi.Infrastructure;

// RFC 4180 output, written row by row to the response so a large result is never held in memory.
public sealed class CsvResult(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<object?>> rows, string? nextLink = null) : IResult
{
    public async Task ExecuteAsync(HttpContext context)
    {
        context.Response.ContentType = "text/csv; charset=utf-8";
        if (nextLink is not null) context.Response.Headers.Link = $"<{nextLink}>; rel=\"next\"";
        await using var writer = new StreamWriter(context.Response.Body, new UTF8Encoding(false), 64 * 1024);
        // Rows are formatted into one buffer and written out every 500 rows: no string per line or field.
        var batch = new StringBuilder(64 * 1024);
        Line(batch, header);
        var n = 0;
        foreach (var row in rows)
        {
            Line(batch, row);
            if (++n % 500 == 0)
            {
                await writer.WriteAsync(batch, context.RequestAborted);
                await writer.FlushAsync(context.RequestAborted);
                batch.Clear();
            }
        }
        await writer.WriteAsync(batch, context.RequestAborted);
    }

    private static readonly System.Buffers.SearchValues<char> Special = System.Buffers.SearchValues.Create(",\"\r\n");

    private static void Line(StringBuilder into, IReadOnlyList<object?> fields)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            if (i > 0) into.Append(',');
            Field(into, fields[i]);
        }
        into.Append("\r\n");
    }

    private static void Field(StringBuilder into, object? v)
    {
        switch (v)
        {
            case null: return;
            case int i: into.Append(CultureInfo.InvariantCulture, $"{i}"); return;
            case long l: into.Append(CultureInfo.InvariantCulture, $"{l}"); return;
            case decimal d: into.Append(CultureInfo.InvariantCulture, $"{d}"); return;
            case string { Length: > 0 } s when s[0] is not ('=' or '+' or '-' or '@' or '\t' or '\r') && s.AsSpan().IndexOfAny(Special) < 0:
                into.Append(s);
                return;
        }
        into.Append(Field(v));
    }

    private static string Field(object? v)
    {
        var s = v switch
        {
            null => "",
            decimal d => d.ToString(CultureInfo.InvariantCulture),
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            bool b => b ? "true" : "false",
            _ => v.ToString() ?? "",
        };
        // A text cell that a spreadsheet would run as a formula ("=HYPERLINK(...)", "+1", "-2", "@SUM") starts with ' instead.
        if (v is string && s.Length > 0 && s[0] is '=' or '+' or '-' or '@' or '\t' or '\r') s = "'" + s;
        return s.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + s.Replace("\"", "\"\"") + "\"" : s;
    }

    /// CSV when the caller asks for it with format=csv or Accept: text/csv.
    public static bool Wanted(HttpRequest request, string? format) =>
        string.Equals(format, "csv", StringComparison.OrdinalIgnoreCase)
        || request.Headers.Accept.Any(a => a?.Contains("text/csv", StringComparison.OrdinalIgnoreCase) == true);

    public static string? FormatProblem(string? format) =>
        format is null or "json" or "csv" ? null : $"format '{Countries.CountriesEndpoints.Truncate(format)}' is not one of json, csv";
}

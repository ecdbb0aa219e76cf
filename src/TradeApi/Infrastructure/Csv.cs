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
        await using var writer = new StreamWriter(context.Response.Body, new UTF8Encoding(false), 16 * 1024);
        await writer.WriteAsync(Line(header));
        var n = 0;
        foreach (var row in rows)
        {
            await writer.WriteAsync(Line(row));
            if (++n % 500 == 0) await writer.FlushAsync(context.RequestAborted);
        }
    }

    private static string Line(IEnumerable<object?> fields) => string.Join(',', fields.Select(Field)) + "\r\n";

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

using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Http.Metadata;
using System.Reflection;

namespace TradeApi.Infrastructure;

// RFC 4180 output, written row by row to the response so a large result is never held in memory.
public sealed class CsvResult(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<object?>> rows, string? nextLink = null) : IResult
{
    private readonly IReadOnlyList<string> header = header;
    private readonly IEnumerable<IReadOnlyList<object?>> rows = rows;

    /// Columns that hold a country's ISO 3166-1 alpha-3 code; names=true adds "<column>Name" after each (unless the list has one).
    private static readonly string[] CountryColumns = ["reporter", "partner", "a", "b", "country"];

    /// names=true: each country code column followed by the country's English name.
    public static (IReadOnlyList<string> Header, IEnumerable<IReadOnlyList<object?>> Rows) WithNames(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<object?>> rows)
    {
        var at = Enumerable.Range(0, header.Count).Where(i => CountryColumns.Contains(header[i]) && !header.Contains(header[i] + "Name")).ToArray();
        if (at.Length == 0) return (header, rows);
        var named = new List<string>(header.Count + at.Length);
        for (var i = 0; i < header.Count; i++)
        {
            named.Add(header[i]);
            if (at.Contains(i)) named.Add(header[i] + "Name");
        }
        return (named, rows.Select(row =>
        {
            var wide = new List<object?>(row.Count + at.Length);
            for (var i = 0; i < row.Count; i++)
            {
                wide.Add(row[i]);
                if (at.Contains(i)) wide.Add(row[i] is string code ? Extraction.Gazetteer.Default.Resolve(code)?.Name : null);
            }
            return (IReadOnlyList<object?>)wide;
        }));
    }

    public async Task ExecuteAsync(HttpContext context)
    {
        context.Response.ContentType = "text/csv; charset=utf-8";
        context.Response.Headers.ContentDisposition = $"attachment; filename=\"{FileName(context.Request.Path)}\"";
        if (nextLink is not null) context.Response.Headers.Link = $"<{nextLink}>; rel=\"next\"";
        // bom=true: spreadsheet programs take a file without one for their local code page and garble "Côte d'Ivoire".
        var bom = bool.TryParse(context.Request.Query["bom"], out var b) && b;
        var (header, rows) = bool.TryParse(context.Request.Query["names"], out var n0) && n0 ? WithNames(this.header, this.rows) : (this.header, this.rows);
        await using var writer = new StreamWriter(context.Response.Body, new UTF8Encoding(bom), 64 * 1024);
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

    /// The CSV text of a few rows, as the endpoint would write them (for the contract's examples).
    public static string Text(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<object?>> rows)
    {
        var text = new StringBuilder();
        Line(text, header);
        foreach (var row in rows) Line(text, row);
        return text.ToString();
    }

    /// One RFC 4180 line cut into its fields, quotes undone (a reader's helper, shared by the official and rates imports).
    public static List<string> Split(string line)
    {
        var fields = new List<string>();
        var sb = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"') { sb.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else sb.Append(c);
            }
            else if (c == '"') quoted = true;
            else if (c == ',') { fields.Add(sb.ToString()); sb.Clear(); }
            else sb.Append(c);
        }
        fields.Add(sb.ToString());
        return fields;
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

    /// "/api/v1/pairs/BLR-KAZ/volumes" is saved as "pairs-BLR-KAZ-volumes.csv".
    public static string FileName(PathString path)
    {
        var segments = (path.Value ?? "").Split('/', StringSplitOptions.RemoveEmptyEntries).SkipWhile(s => s is "api" or "v1")
            .Select(s => new string(Uri.UnescapeDataString(s).Where(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_').ToArray())).Where(s => s.Length > 0);
        var name = string.Join('-', segments);
        return (name.Length is 0 or > 100 ? "export" : name) + ".csv";
    }

    /// CSV when content negotiation chose it (format=csv, or an Accept header that prefers text/csv).
    public static bool Wanted(HttpRequest request) => Negotiation.Chosen(request.HttpContext) == Negotiation.Csv;
}

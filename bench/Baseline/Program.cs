// The framework's limit for bench/load.sh: bare Kestrel with one minimal-API route answering a constant 30-point yearly series, the
// shape of the pair series the service serves, serialized by System.Text.Json on each request as any endpoint is, with no database,
// middleware or per-row work. /bytes answers the same series pre-serialized: the ceiling of the socket path alone.
using System.Text.Json;

var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.ClearProviders();
builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.Never);
var app = builder.Build();
var series = new Series("BLR-KAZ", Enumerable.Range(1991, 30)
    .Select(year => new Point("BLR-KAZ", "BLR", "KAZ", "total", year, 900_000_000m + year, "USD", "official", null, "imf-dots", null, null, null)).ToArray());
var bytes = JsonSerializer.SerializeToUtf8Bytes(series, new JsonSerializerOptions(JsonSerializerDefaults.Web));
app.MapGet("/", () => TypedResults.Ok(series));
app.MapGet("/bytes", async context =>
{
    context.Response.ContentType = "application/json; charset=utf-8";
    context.Response.ContentLength = bytes.Length;
    await context.Response.Body.WriteAsync(bytes);
});
app.Run();

internal sealed record Point(string Pair, string Reporter, string Partner, string Flow, int Year, decimal Value, string Currency, string Source,
    string? Qualifier, string? Dataset, object? Provenance, long? Id, object? Restated);

internal sealed record Series(string Pair, Point[] Items);

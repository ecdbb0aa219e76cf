using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;

namespace TradeApi.Tests;

// Requests generated from the published contract, valid and not: the service must answer each with a status, content type and
// body the contract documents for that operation, never a 5xx, and a rejected write must change nothing.
public class ContractFuzzTests(ContractFuzzTests.FuzzFactory factory, Xunit.Abstractions.ITestOutputHelper output) : IClassFixture<ContractFuzzTests.FuzzFactory>
{
    public sealed class FuzzFactory : TradeApiFactory
    {
        public const string Key = "fuzz-key";

        protected override void Configure(IWebHostBuilder builder)
        {
            builder.UseSetting("RateLimits:ReadsPerWindow", "1000000");
            builder.UseSetting("RateLimits:WritesPerWindow", "1000000");
            builder.UseSetting("Auth:ApiKeys:0", Key);
        }
    }

    public static int CasesPerOperation => int.TryParse(Environment.GetEnvironmentVariable("FUZZ_CASES"), out var n) ? n : 1000;

    private sealed record Operation(string Method, string Path, List<(string Name, string In, string Type, bool Required)> Parameters,
        Dictionary<string, HashSet<string>> Responses, bool HasBody);

    private static readonly string[] Nasty =
    [
        "", " ", "'", "\"", "' OR 1=1 --", "'; DROP TABLE documents; --", "%", "%00", "\u0000", "../../etc/passwd", "<script>alert(1)</script>",
        "日本語", "Кыргызстан", "🇧🇾-🇰🇿", "\u202e", "-1", "0", "2147483648", "99999999999999999999", "1e309", "NaN", "null", "true", "[]", "{}",
        "BLR-KAZ", "kz-by", "Kazakhstan-Belarus", "BLR", "XYZ", "2012", "1899", "2101", "total", "exports", "csv", "json", "stated", "official",
        "achieved", "e635c6167558418a", "0123456789abcdef", "ZZZZ-ZZZZ", "a-b-c-d", "--", "-",
    ];

    private static List<Operation> Load(JsonElement doc)
    {
        var ops = new List<Operation>();
        foreach (var path in doc.GetProperty("paths").EnumerateObject())
            foreach (var op in path.Value.EnumerateObject())
            {
                var parameters = new List<(string, string, string, bool)>();
                if (op.Value.TryGetProperty("parameters", out var ps))
                    foreach (var p in ps.EnumerateArray())
                        parameters.Add((p.GetProperty("name").GetString()!, p.GetProperty("in").GetString()!,
                            p.TryGetProperty("schema", out var s) && s.TryGetProperty("type", out var t) ? t.ToString() : "string",
                            p.TryGetProperty("required", out var r) && r.GetBoolean()));
                var responses = new Dictionary<string, HashSet<string>>();
                foreach (var resp in op.Value.GetProperty("responses").EnumerateObject())
                    responses[resp.Name] = resp.Value.TryGetProperty("content", out var c) ? c.EnumerateObject().Select(x => x.Name).ToHashSet() : [];
                ops.Add(new Operation(op.Name.ToUpperInvariant(), path.Name, parameters, responses, op.Value.TryGetProperty("requestBody", out _)));
            }
        return ops;
    }

    private static string Value(Random rng, string type) => rng.Next(4) switch
    {
        0 => Nasty[rng.Next(Nasty.Length)],
        1 => type.Contains("integer") ? rng.Next(1800, 2200).ToString() : new string('x', rng.Next(1, 60)),
        2 => new string((char)rng.Next(0x20, 0x3000), rng.Next(1, 400)),
        _ => type.Contains("integer") ? rng.Next(-5, 1500).ToString() : Nasty[rng.Next(25, Nasty.Length)],
    };

    // An empty path segment names another operation ("/countries/" is the list), so path values are never empty.
    private static string NonEmpty(string s) => s.Length == 0 ? "x" : s;

    private static HttpContent Body(Random rng, string path) => rng.Next(6) switch
    {
        0 => new StringContent("", Encoding.UTF8, "text/plain"),
        1 => new StringContent("Title\n\nTrade between Peru and Chile reached $" + rng.Next(1, 900) + " million in 2020. " + Nasty[rng.Next(Nasty.Length)], Encoding.UTF8,
            path.EndsWith("official") ? "text/csv" : "text/plain"),
        2 => new StringContent("{\"title\":" + JsonSerializer.Serialize(Nasty[rng.Next(Nasty.Length)]) + ",\"text\":" + JsonSerializer.Serialize(new string('é', rng.Next(0, 50))) + ",\"publishedOn\":\"" + Nasty[rng.Next(Nasty.Length)] + "\"}", Encoding.UTF8, "application/json"),
        3 => new StringContent(string.Concat(Enumerable.Repeat("[", rng.Next(1, 200))), Encoding.UTF8, "application/json"),
        4 => new ByteArrayContent(Enumerable.Range(0, rng.Next(1, 300)).Select(_ => (byte)rng.Next(256)).ToArray()) { Headers = { ContentType = new("text/plain") } },
        _ => new StringContent("refYear,reporterISO,partnerISO,flowCode,primaryValue\n" + rng.Next(1890, 2110) + "," + Nasty[rng.Next(Nasty.Length)] + ",KAZ,X," + rng.Next(), Encoding.UTF8, "text/csv"),
    };

    [Fact]
    public async Task EveryOperationAnswersOnlyWhatTheContractDocuments()
    {
        var client = factory.CreateClient();
        var doc = JsonDocument.Parse(await client.GetStringAsync("/swagger/v1/swagger.json")).RootElement;
        var ops = Load(doc);
        Assert.True(ops.Count >= 17, $"only {ops.Count} operations in the contract");
        var rng = new Random(20261127);
        var failures = new List<string>();
        var counts = new Dictionary<string, int>();
        foreach (var op in ops)
        {
            for (var i = 0; i < CasesPerOperation && failures.Count < 20; i++)
            {
                var path = op.Path;
                var query = new List<string>();
                foreach (var p in op.Parameters)
                {
                    // The in-process test server cannot carry a NUL in a path (Kestrel answers 400 to one); NULs stay in queries and bodies.
                    if (p.In == "path") path = path.Replace("{" + p.Name + "}", Uri.EscapeDataString(NonEmpty(Value(rng, p.Type).Replace("\u0000", "").Replace("%00", ""))));
                    else if (rng.Next(3) > 0) query.Add($"{Uri.EscapeDataString(p.Name)}={Uri.EscapeDataString(Value(rng, p.Type))}");
                }
                if (rng.Next(8) == 0) query.Add($"extra{rng.Next(9)}={Uri.EscapeDataString(Value(rng, "string"))}");
                var url = path + (query.Count > 0 ? "?" + string.Join('&', query) : "");
                var request = new HttpRequestMessage(new HttpMethod(op.Method), url);
                var key = rng.Next(4) switch { 0 => null, 1 => "wrong", _ => FuzzFactory.Key };
                if (key is not null) request.Headers.TryAddWithoutValidation("X-Api-Key", key);
                if (op.HasBody) request.Content = Body(rng, op.Path);
                if (rng.Next(5) == 0) request.Headers.TryAddWithoutValidation("Accept", "text/csv");

                var write = op.Method != "GET";
                var before = write ? await Version(client) : null;
                var response = await client.SendAsync(request);
                var status = (int)response.StatusCode;
                var media = response.Content.Headers.ContentType?.MediaType;
                var where = $"{op.Method} {url[..Math.Min(url.Length, 160)]} -> {status} {media}";
                if (status >= 500) failures.Add("5xx: " + where + " " + (await response.Content.ReadAsStringAsync())[..Math.Min(300, (int)(response.Content.Headers.ContentLength ?? 300))]);
                else if (!op.Responses.TryGetValue(status.ToString(), out var types)) failures.Add("undocumented status: " + where);
                else if (status != 204 && media is not null && types.Count > 0 && !types.Contains(media)) failures.Add("undocumented content type: " + where);
                else if (status >= 400)
                {
                    var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
                    if (media != "application/problem+json" || body.GetProperty("status").GetInt32() != status) failures.Add("not problem details: " + where);
                }
                if (write && status >= 400 && await Version(client) != before) failures.Add("rejected write changed data: " + where);
                counts[op.Method + " " + op.Path] = counts.GetValueOrDefault(op.Method + " " + op.Path) + 1;
            }
        }
        output.WriteLine($"fuzz: {counts.Count} operations, {counts.Values.Sum()} requests ({CasesPerOperation} per operation), {failures.Count} failures");
        Assert.True(failures.Count == 0, string.Join("\n", failures));
        Assert.All(counts.Values, n => Assert.Equal(CasesPerOperation, n));
    }

    private static async Task<string> Version(HttpClient client) =>
        JsonDocument.Parse(await client.GetStringAsync("/api/v1/meta")).RootElement.GetProperty("dataVersion").GetString()!;
}

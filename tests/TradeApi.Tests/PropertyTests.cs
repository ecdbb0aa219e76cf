using System.Net;
using System.Text;
using System.Text.Json;

namespace TradeApi.Tests;

// Generated documents (dates 1900-2100, targets with deadlines before, at and after every figure, absent figures, huge and tiny values)
// and official rows, stored through the API; then every GET endpoint is called: no 5xx, ever. CI runs a bounded number of cases;
// PROPERTY_CASES raises it (bench/reliability.sh).
public class PropertyTests(UnthrottledFactory factory) : IClassFixture<UnthrottledFactory>
{
    private static int Cases => int.TryParse(Environment.GetEnvironmentVariable("PROPERTY_CASES"), out var n) ? n : 40;

    private static readonly string[] Names = ["Peru", "Chile", "Ghana", "Togo", "Norway", "Poland", "Nepal", "Bhutan", "Oman", "Qatar", "Laos", "Fiji"];
    private static readonly string[] Codes = ["PER", "CHL", "GHA", "TGO", "NOR", "POL", "NPL", "BTN", "OMN", "QAT", "LAO", "FJI"];
    private static readonly string[] Scales = ["thousand", "million", "billion", "trillion"];

    private static string Amount(Random rng) => $"${rng.Next(1, 999)}.{rng.Next(0, 9)} {Scales[rng.Next(Scales.Length)]}";

    private static (string Text, int A, int B) Document(Random rng, int n)
    {
        int a = rng.Next(Names.Length), b;
        do b = rng.Next(Names.Length); while (b == a);
        var year = rng.Next(1900, 2101);
        var sb = new StringBuilder($"{Names[a]} and {Names[b]}, case {n}\n\nLIMA, {rng.Next(1, 28)} May {year} - ");
        for (var i = rng.Next(0, 3); i > 0; i--)
            sb.Append($"Trade between {Names[a]} and {Names[b]} reached {Amount(rng)} in {year - rng.Next(-2, 6)}. ");
        switch (rng.Next(5))
        {
            case 0: sb.Append($"The two leaders agreed to raise bilateral trade to {Amount(rng)} by {year + rng.Next(-10, 15)}. "); break;
            case 1: sb.Append($"We should at least double it within {rng.Next(1, 12)} years, the minister said. "); break;
            case 2: sb.Append($"The goal of {Amount(rng)} has now been reached. "); break;
            case 3: sb.Append($"Trade between {Names[a]} and {Names[b]} should reach {Amount(rng)} in the coming years. "); break;
        }
        return (sb.Append($"Officials met for round {n}.\n").ToString(), a, b);
    }

    [Fact]
    public async Task NoGeneratedInputMakesAnyReadFail()
    {
        var rng = new Random(20261201);
        var writer = factory.Writer();
        var pairs = new HashSet<string>();
        var ids = new List<string>();
        var csv = new StringBuilder("refYear,reporterISO,partnerISO,flowCode,primaryValue\n");
        var seen = new HashSet<string>();
        for (var i = 0; i < Cases; i++)
        {
            var (text, a, b) = Document(rng, i);
            HttpResponseMessage posted;
            if (rng.Next(4) == 0)
            {
                // publishedOn at the edges of what a date can be.
                var date = new[] { "0001-01-01", "1900-01-01", "2100-12-31", "9999-12-31", "1970-06-15" }[rng.Next(5)];
                posted = await writer.PostAsync("/api/v1/documents", new StringContent(JsonSerializer.Serialize(new { title = $"case {i}", text, publishedOn = date }),
                    Encoding.UTF8, "application/json"));
            }
            else posted = await writer.PostAsync("/api/v1/documents", new StringContent(text, Encoding.UTF8, "text/plain"));
            Assert.True((int)posted.StatusCode < 500, $"POST case {i}: {(int)posted.StatusCode}");
            if (posted.IsSuccessStatusCode) ids.Add(JsonDocument.Parse(await posted.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetString()!);
            pairs.Add(string.CompareOrdinal(Codes[a], Codes[b]) < 0 ? $"{Codes[a]}-{Codes[b]}" : $"{Codes[b]}-{Codes[a]}");
            for (var k = rng.Next(0, 4); k > 0; k--)
            {
                var year = rng.Next(1960, 2021);
                var flow = rng.Next(2) == 0 ? "X" : "M";
                if (!seen.Add($"{Codes[a]},{Codes[b]},{flow},{year}")) continue;
                var value = rng.Next(3) switch { 0 => "0", 1 => "1000000000000000", _ => (rng.NextDouble() * 1e10).ToString("F2", System.Globalization.CultureInfo.InvariantCulture) };
                csv.Append($"{year},{Codes[a]},{Codes[b]},{flow},{value}\n");
            }
        }
        var imported = await writer.PostAsync("/api/v1/official?dataset=property", new StringContent(csv.ToString(), Encoding.UTF8, "text/csv"));
        Assert.Equal(HttpStatusCode.Created, imported.StatusCode);

        var urls = new List<string> { "/api/v1/pairs?limit=1000", "/api/v1/volumes?limit=1000", "/api/v1/volumes?format=csv", "/api/v1/targets?limit=1000",
            "/api/v1/targets?format=csv", "/api/v1/meta", "/api/v1/documents?limit=1000" };
        foreach (var status in new[] { "achieved", "on_track", "behind", "missed", "no_data" }) urls.Add($"/api/v1/targets?status={status}");
        foreach (var p in pairs) urls.AddRange([$"/api/v1/pairs/{p}", $"/api/v1/pairs/{p}/volumes", $"/api/v1/pairs/{p}/targets", $"/api/v1/pairs/{p}/volumes?format=csv"]);
        foreach (var id in ids) urls.Add($"/api/v1/documents/{id}");
        foreach (var url in urls)
        {
            var r = await writer.GetAsync(url);
            Assert.True((int)r.StatusCode < 500, $"GET {url}: {(int)r.StatusCode} {await r.Content.ReadAsStringAsync()}");
        }
    }
}

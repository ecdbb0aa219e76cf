using System.Net;
using System.Text.Json;

namespace TradeApi.Tests;

// What scripts need from the lists (issue 22, item 7): a country's pairs, every pair in one CSV answer, the datasets held.
public class ScriptTests(TradeApiFactory factory) : IClassFixture<TradeApiFactory>
{
    private async Task<JsonElement> Get(string url)
    {
        var r = await factory.CreateClient().GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        return JsonDocument.Parse(await r.Content.ReadAsStringAsync()).RootElement;
    }

    private static List<string> Keys(JsonElement page) => page.GetProperty("items").EnumerateArray().Select(p => p.GetProperty("key").GetString()!).ToList();

    [OfficialDataFact]
    public async Task PairsFilterByACountryOnEitherSideInEverySort()
    {
        Assert.Equal(["BLR-KAZ", "CHN-KAZ", "KAZ-UZB"], Keys(await Get("/api/v1/pairs?country=kz")));
        Assert.Equal(["BLR-KAZ", "BLR-RUS", "CHN-KAZ", "KAZ-UZB"], Keys(await Get("/api/v1/pairs?country=Kazakhstan,BLR")));
        Assert.Equal(3, (await Get("/api/v1/pairs?country=KAZ&count=true")).GetProperty("total").GetInt64());
        // Largest first, page by page: the cursor keeps the filter's order.
        var first = await Get("/api/v1/pairs?country=KAZ&sort=-latestValue&limit=2");
        var second = await Get($"/api/v1/pairs?country=KAZ&sort=-latestValue&limit=2&cursor={first.GetProperty("nextCursor").GetString()}");
        var all = Keys(first).Concat(Keys(second)).ToList();
        Assert.Equal(["CHN-KAZ", "KAZ-UZB", "BLR-KAZ"], all);
        Assert.False(second.GetProperty("hasMore").GetBoolean());
        Assert.Empty(Keys(await Get("/api/v1/pairs?country=FRA")));
        var bad = await factory.CreateClient().GetAsync("/api/v1/pairs?country=Atlantis");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("unknown country 'Atlantis'", await bad.Content.ReadAsStringAsync());
    }

    [OfficialDataFact]
    public async Task PairsAsCsvWithoutALimitAreEveryPairInOneAnswer()
    {
        var client = factory.CreateClient();
        var csv = await client.GetAsync("/api/v1/pairs?format=csv");
        Assert.Null(csv.Headers.Contains("Link") ? "link" : null);
        var lines = (await csv.Content.ReadAsStringAsync()).TrimEnd().Split("\r\n");
        Assert.StartsWith("key,a,b,", lines[0]);
        Assert.Equal(10, lines.Length - 1);
        Assert.Equal(Keys(await Get("/api/v1/pairs?limit=1000")), lines.Skip(1).Select(l => l.Split(',')[0]).ToList());
        // With a limit, a page and a Link to the next, as before.
        var page = await client.GetAsync("/api/v1/pairs?format=csv&limit=3&sort=-key");
        Assert.Equal(4, (await page.Content.ReadAsStringAsync()).TrimEnd().Split("\r\n").Length);
        Assert.Contains("rel=\"next\"", page.Headers.GetValues("Link").Single());
        var country = (await client.GetStringAsync("/api/v1/pairs?format=csv&country=RUS")).TrimEnd().Split("\r\n");
        Assert.Equal(["BLR-RUS", "CHN-RUS", "IND-RUS", "RUS-TUR"], country.Skip(1).Select(l => l.Split(',')[0]).ToList());
    }

    [OfficialDataFact]
    public async Task TheOfficialDatasetsAreListedWithTheirYearsAndRows()
    {
        var dataset = Assert.Single((await Get("/api/v1/official")).GetProperty("items").EnumerateArray().ToList());
        Assert.Equal(("imf-dots-2000-2020", "imf-dots-2000-2020.csv", 832L, 2000, 2020),
            (dataset.GetProperty("name").GetString(), dataset.GetProperty("source").GetString(), dataset.GetProperty("rows").GetInt64(),
             dataset.GetProperty("firstYear").GetInt32(), dataset.GetProperty("lastYear").GetInt32()));
        var csv = (await factory.CreateClient().GetStringAsync("/api/v1/official?format=csv")).TrimEnd().Split("\r\n");
        Assert.Equal("name,source,importedAt,rows,firstYear,lastYear", csv[0]);
        Assert.StartsWith("imf-dots-2000-2020,imf-dots-2000-2020.csv,", csv[1]);
        Assert.EndsWith(",832,2000,2020", csv[1]);
    }
}

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

    [Fact]
    public async Task EveryListAsCsvWithoutALimitIsEveryRowInOneAnswer()
    {
        var client = factory.CreateClient();
        foreach (var list in new[] { "countries", "documents", "targets", "review-queue", "rates", "pairs", "volumes" })
        {
            var total = (await Get($"/api/v1/{list}?count=true")).GetProperty("total").GetInt64();
            var csv = await client.GetAsync($"/api/v1/{list}?format=csv");
            Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
            Assert.False(csv.Headers.Contains("Link"), list);
            var text = await csv.Content.ReadAsStringAsync();
            // Rows, not lines: a quoted quote may hold a line break.
            var rows = text.Split("\r\n").Length - 2;
            Assert.True(total == rows, $"{list}: {rows} CSV rows, {total} in the list");
        }
        // More than one default page: the countries list has about 250.
        Assert.True((await client.GetStringAsync("/api/v1/countries?format=csv")).Split("\r\n").Length > Infrastructure.Paging.DefaultLimit + 2);
        // A bad cursor is still a 400 before anything is written.
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/api/v1/documents?format=csv&cursor=%%%")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/api/v1/review-queue?format=csv&cursor=bm90LWEtY3Vyc29y")).StatusCode);
    }

    [Fact]
    public async Task APairsVolumesAndTargetsPageByCursorLikeTheFlatLists()
    {
        var client = factory.CreateClient();
        foreach (var (view, size) in new[] { ("volumes", 7), ("targets", 1) })
        {
            var all = (await Get($"/api/v1/pairs/BLR-KAZ/{view}?limit=1000")).GetProperty("items").EnumerateArray().Select(i => i.GetRawText()).ToList();
            Assert.NotEmpty(all);
            var seen = new List<string>();
            string? url = $"/api/v1/pairs/BLR-KAZ/{view}?limit={size}";
            while (url is not null)
            {
                var r = await client.GetAsync(url);
                Assert.Equal(HttpStatusCode.OK, r.StatusCode);
                var page = JsonDocument.Parse(await r.Content.ReadAsStringAsync()).RootElement;
                Assert.Equal(size, page.GetProperty("limit").GetInt32());
                Assert.True(page.GetProperty("items").GetArrayLength() <= size);
                seen.AddRange(page.GetProperty("items").EnumerateArray().Select(i => i.GetRawText()));
                url = r.Headers.TryGetValues("Link", out var link) ? link.Single().Split('<', '>')[1] : null;
                Assert.Equal(url is not null, page.GetProperty("hasMore").GetBoolean());
                Assert.Equal(url is not null, page.GetProperty("nextCursor").ValueKind == JsonValueKind.String);
            }
            // Every row once, in the same order as one big page.
            Assert.Equal(all, seen);
            // CSV without a limit: every row.
            var csv = (await client.GetStringAsync($"/api/v1/pairs/BLR-KAZ/{view}?format=csv")).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
            Assert.True(csv.Length - 1 >= all.Count, $"{view}: {csv.Length - 1} CSV rows for {all.Count}");
            // A cursor this API did not issue is a 400.
            Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync($"/api/v1/pairs/BLR-KAZ/{view}?cursor=bm90LWEtY3Vyc29y")).StatusCode);
        }
        // The default page is the flat lists' 100.
        Assert.Equal(100, (await Get("/api/v1/pairs/BLR-KAZ/volumes")).GetProperty("limit").GetInt32());
    }

    [Fact]
    public void AWholeListIsReadInChunksThatNeitherLoseNorRepeatARow()
    {
        var all = Enumerable.Range(1, 23).ToList();
        List<int> Read(string after, int n) => all.Where(x => x > int.Parse(after)).Take(n).ToList();
        foreach (var chunk in new[] { 1, 5, 23, 24, 100 })
        {
            var csv = Infrastructure.Paging.All(["n"], x => [x], all.Take(chunk).ToList(), chunk, Read, x => x.ToString(), CancellationToken.None);
            var text = CsvText(csv);
            Assert.Equal(string.Join("\r\n", all.Prepend(0).Select(x => x == 0 ? "n" : x.ToString())) + "\r\n", text);
        }
    }

    private static string CsvText(Infrastructure.CsvResult result)
    {
        var http = new Microsoft.AspNetCore.Http.DefaultHttpContext();
        http.Request.Path = "/x";
        using var body = new MemoryStream();
        http.Response.Body = body;
        result.ExecuteAsync(http).GetAwaiter().GetResult();
        return System.Text.Encoding.UTF8.GetString(body.ToArray());
    }

    [OfficialDataFact]
    public async Task TheOfficialDatasetsAreListedWithTheirYearsAndRows()
    {
        var dataset = Assert.Single((await Get("/api/v1/official")).GetProperty("items").EnumerateArray().ToList());
        Assert.Equal(("imf-dots-2000-2020", "imf-dots-2000-2020.csv", 832L, 2000, 2020),
            (dataset.GetProperty("name").GetString(), dataset.GetProperty("source").GetString(), dataset.GetProperty("rows").GetInt64(),
             dataset.GetProperty("firstYear").GetInt32(), dataset.GetProperty("lastYear").GetInt32()));
        var csv = (await factory.CreateClient().GetStringAsync("/api/v1/official?format=csv")).TrimEnd().Split("\r\n");
        Assert.Equal("name,source,importedAt,rows,firstYear,lastYear,checksum", csv[0]);
        Assert.StartsWith("imf-dots-2000-2020,imf-dots-2000-2020.csv,", csv[1]);
        // The checksum is the file's own SHA-256, as sha256sum gives it.
        var file = SharedData.RequireOfficial("imf-dots-2000-2020.csv");
        var sha = "sha256:" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(file)));
        Assert.Equal(sha, dataset.GetProperty("checksum").GetString());
        Assert.EndsWith($",832,2000,2020,{sha}", csv[1]);
    }
}

// A country's page in numbers (issue 22, item 2): partners ranked by their trade with it, from the official figures.
public class CountryPartnersTests(TradeApiFactory factory) : IClassFixture<TradeApiFactory>
{
    [OfficialDataFact]
    public async Task ACountrysPartnersAreRankedWithShareBalanceAndGrowth()
    {
        var client = factory.CreateClient();
        var body = JsonDocument.Parse(await client.GetStringAsync("/api/v1/countries/kz/partners")).RootElement;
        Assert.Equal(("KAZ", 2020), (body.GetProperty("country").GetProperty("iso3").GetString(), body.GetProperty("year").GetInt32()));
        var items = body.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(["CHN", "UZB", "BLR"], items.Select(i => i.GetProperty("country").GetProperty("iso3").GetString()));
        // Kazakhstan's own 2020 figures for Belarus: exports 69.6 M, imports 646.7 M (IMF DOTS).
        var blr = items[2];
        Assert.Equal((716_276_000m, 69_579_000m, 646_697_000m, -577_118_000m, "own", 2),
            (blr.GetProperty("total").GetDecimal(), blr.GetProperty("exports").GetDecimal(), blr.GetProperty("imports").GetDecimal(),
             blr.GetProperty("balance").GetDecimal(), blr.GetProperty("reportedBy").GetString(), blr.GetProperty("targets").GetInt32()));
        var total = body.GetProperty("total").GetDecimal();
        Assert.Equal(items.Sum(i => i.GetProperty("total").GetDecimal()), total);
        Assert.Equal(Math.Round(716_276_000m / total * 100, 2), blr.GetProperty("sharePercent").GetDecimal());
        // Growth from the year before, on the same rule.
        var before = JsonDocument.Parse(await client.GetStringAsync("/api/v1/countries/KAZ/partners?year=2019")).RootElement.GetProperty("items").EnumerateArray()
            .Single(i => i.GetProperty("pair").GetString() == "BLR-KAZ").GetProperty("total").GetDecimal();
        Assert.Equal(Math.Round((716_276_000m - before) / before * 100, 1), blr.GetProperty("growthPercent").GetDecimal());

        var csv = (await client.GetStringAsync("/api/v1/countries/KAZ/partners?format=csv")).TrimEnd().Split("\r\n");
        Assert.Equal("year,rank,partner,partnerName,pair,total,sharePercent,exports,imports,balance,growthPercent,reportedBy,targets", csv[0]);
        Assert.StartsWith("2020,3,BLR,Belarus,BLR-KAZ,716276000,", csv[3]);
        // A country with no official figure held: no year, no partners (France is in no pair of the ten-pair file).
        var none = JsonDocument.Parse(await client.GetStringAsync("/api/v1/countries/FRA/partners")).RootElement;
        Assert.Equal(JsonValueKind.Null, none.GetProperty("year").ValueKind);
        Assert.Empty(none.GetProperty("items").EnumerateArray());
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/v1/countries/Atlantis/partners")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/api/v1/countries/KAZ/partners?year=1800")).StatusCode);
    }
}

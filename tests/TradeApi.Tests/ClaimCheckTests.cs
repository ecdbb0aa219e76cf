using System.IO.Compression;
using System.Net;
using System.Text;
using System.Text.Json;

namespace TradeApi.Tests;

// Issue 20: every figure of a text judged against the official record, in the text's currency at the year's average rate.
public class ClaimCheckTests(WriteApiFactory factory) : IClassFixture<WriteApiFactory>
{
    private static async Task<JsonElement> Json(HttpResponseMessage r) => JsonDocument.Parse(await r.Content.ReadAsStringAsync()).RootElement;

    private static StringContent Text(string body) => new(body, Encoding.UTF8, "text/plain");

    private async Task<JsonElement> Check(string text)
    {
        var r = await factory.CreateClient().PostAsync("/api/v1/check", Text(text));
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        return await Json(r);
    }

    private static JsonElement Single(JsonElement report) => Assert.Single(report.GetProperty("volumes").EnumerateArray().ToList());

    [OfficialAndRatesFact]
    public async Task TheFoundingDocumentIsConsistentItsGoalAchievedByStatementAndItsDoublingMissed()
    {
        var text = await File.ReadAllTextAsync(Path.Combine(TradeApiFactory.RepoRoot(), "data", "documents", "00-belarus-kazakhstan-2013.txt"));
        var before = (await Json(await factory.CreateClient().GetAsync("/api/v1/meta"))).GetProperty("documents").GetInt32();
        var report = await Check(text);
        var v = Single(report);
        Assert.Equal("consistent", v.GetProperty("verdict").GetString());
        // "close to $1 billion": one significant digit (10 %), "close to" (5 %), valuation (3 %).
        Assert.Equal(18m, v.GetProperty("tolerancePercent").GetDecimal());
        Assert.Equal("BLR", v.GetProperty("own").GetProperty("reporter").GetString());
        Assert.Equal(925_922_000m, v.GetProperty("own").GetProperty("usd").GetDecimal());
        Assert.Equal(8.0m, v.GetProperty("own").GetProperty("differencePercent").GetDecimal());
        Assert.Equal("KAZ", v.GetProperty("mirror").GetProperty("reporter").GetString());
        Assert.Contains("8.0 % above BLR's own figure for 2012", v.GetProperty("explanation").GetString());
        var statuses = report.GetProperty("targets").EnumerateArray()
            .Select(t => (t.GetProperty("fact").GetProperty("value").GetDecimal(), t.GetProperty("evaluation").GetProperty("status").GetString(), t.GetProperty("evaluation").GetProperty("basis").GetString()))
            .OrderBy(t => t.Item1).ToList();
        Assert.Equal([(1_000_000_000m, "achieved", "statement"), (2_000_000_000m, "missed", "official")], statuses);
        Assert.Equal(1, report.GetProperty("verdicts").GetProperty("consistent").GetInt32());
        // Checking stores nothing.
        Assert.Equal(before, (await Json(await factory.CreateClient().GetAsync("/api/v1/meta"))).GetProperty("documents").GetInt32());
    }

    [OfficialAndRatesFact]
    public async Task AStoredDocumentIsCheckedWithItsReviewsAppliedAndAsCsv()
    {
        var client = factory.CreateClient();
        var docs = await Json(await client.GetAsync("/api/v1/documents"));
        var id = docs.GetProperty("items")[0].GetProperty("id").GetString();
        var report = await Json(await client.GetAsync($"/api/v1/documents/{id}/check"));
        Assert.Equal(id, report.GetProperty("documentId").GetString());
        Assert.Equal("consistent", Single(report).GetProperty("verdict").GetString());

        var csv = await client.GetStringAsync($"/api/v1/documents/{id}/check?format=csv");
        var lines = csv.TrimEnd().Split("\r\n");
        Assert.StartsWith("documentId,reporter,partner,flow,year,value,currency,qualifier,verdict,reason,tolerancePercent,ownUsd", lines[0]);
        Assert.Equal(2, lines.Length);
        Assert.StartsWith($"{id},BLR,KAZ,total,2012,1000000000,USD,approximately,consistent,,18,925922000,925922000,8.0,", lines[1]);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/v1/documents/0123456789abcdef/check")).StatusCode);
        var bad = await client.GetAsync("/api/v1/documents/nope/check");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal("application/problem+json", bad.Content.Headers.ContentType?.MediaType);
    }

    [OfficialAndRatesFact(SharedData.FullMatrix)]
    public async Task ACanadianDollarFigureIsJudgedAtThatYearsCanadianRate()
    {
        // The IMF's own 2019 rows for the pair (real figures, taken from the full matrix) as a dataset of their own.
        var rows = new StringBuilder("refYear,reporterISO,partnerISO,flowCode,primaryValue\n");
        using (var reader = new StreamReader(new GZipStream(File.OpenRead(SharedData.RequireOfficial(SharedData.FullMatrix)), CompressionMode.Decompress)))
            while (await reader.ReadLineAsync() is { } line)
                if (line.StartsWith("2019,CAN,JPN,", StringComparison.Ordinal) || line.StartsWith("2019,JPN,CAN,", StringComparison.Ordinal)) rows.Append(line).Append('\n');
        var import = await factory.Writer().PostAsync("/api/v1/official?dataset=can-jpn-2019", new StringContent(rows.ToString(), Encoding.UTF8, "text/csv"));
        Assert.Equal(HttpStatusCode.Created, import.StatusCode);
        try
        {
            // Canada reported 22.63 bn USD (9.47 exports + 13.16 imports); at 1.326842 CAD per USD, 30.03 bn CAD.
            var stated = Single(await Check("Canada and Japan\nCanada-Japan trade reached C$35 billion in 2019."));
            Assert.Equal("CAD", stated.GetProperty("fact").GetProperty("currency").GetString());
            Assert.Equal(1.326842m, stated.GetProperty("own").GetProperty("rate").GetDecimal());
            Assert.Equal(30_026_146_202.25m, stated.GetProperty("own").GetProperty("value").GetDecimal());
            Assert.Equal(16.6m, stated.GetProperty("own").GetProperty("differencePercent").GetDecimal());
            Assert.Equal("overstated", stated.GetProperty("verdict").GetString());
            Assert.Equal(26_378_423_354.10m, stated.GetProperty("usd").GetProperty("value").GetDecimal());
            Assert.Contains("at 1.326842 CAD per USD", stated.GetProperty("explanation").GetString());

            Assert.Equal("consistent", Single(await Check("Canada and Japan\nCanada-Japan trade reached C$30 billion in 2019.")).GetProperty("verdict").GetString());
            Assert.Equal("understated", Single(await Check("Canada and Japan\nCanada-Japan trade reached C$25 billion in 2019.")).GetProperty("verdict").GetString());
            // "More than" is only ever overstated: a figure far above it is what the text claims.
            Assert.Equal("consistent", Single(await Check("Canada and Japan\nCanada-Japan trade was more than C$20 billion in 2019.")).GetProperty("verdict").GetString());
            // A precise figure has a narrow tolerance: 12.6 against Canada's 12.56 bn CAD of exports is within 2 % + 3 %.
            var exports = Single(await Check("Canada and Japan\nCanada's exports to Japan reached C$12.6 billion in 2019."));
            Assert.Equal(("consistent", 5.0m), (exports.GetProperty("verdict").GetString(), exports.GetProperty("tolerancePercent").GetDecimal()));
        }
        finally
        {
            await factory.Writer().DeleteAsync("/api/v1/official/can-jpn-2019");
        }
    }

    [OfficialAndRatesFact]
    public async Task FiguresThatCannotBeComparedSaySoAndWhy()
    {
        // Official figures count goods; a rate for the tenge is not in the Federal Reserve's series; no IMF figure for Chile-Peru here.
        var services = Single(await Check("Talks\nTrade in goods and services between Kazakhstan and China reached $20 billion in 2019."));
        Assert.Equal(("not_comparable", "goods_and_services"), (services.GetProperty("verdict").GetString(), services.GetProperty("reason").GetString()));
        var tenge = Single(await Check("Talks\nTrade between Kazakhstan and China reached 100 billion tenge in 2019."));
        Assert.Equal(("not_comparable", "no_rate"), (tenge.GetProperty("verdict").GetString(), tenge.GetProperty("reason").GetString()));
        Assert.Equal(JsonValueKind.Null, tenge.GetProperty("own").GetProperty("value").ValueKind);
        Assert.True(tenge.GetProperty("own").GetProperty("usd").GetDecimal() > 0);
        var none = Single(await Check("Talks\nTrade between Chile and Peru reached $5 billion in 2019."));
        Assert.Equal("no_data", none.GetProperty("verdict").GetString());
        Assert.Equal(JsonValueKind.Null, none.GetProperty("own").ValueKind);
    }

    [OfficialAndRatesFact]
    public async Task ATargetInEurosIsJudgedOnOfficialFiguresAtEachYearsRate()
    {
        var report = await Check("Talks\nChina and Germany aim to raise bilateral trade to 300 billion euros by 2020.");
        var evaluation = Assert.Single(report.GetProperty("targets").EnumerateArray().ToList()).GetProperty("evaluation");
        Assert.Equal("official", evaluation.GetProperty("basis").GetString());
        var latest = evaluation.GetProperty("latest");
        Assert.Equal("EUR", latest.GetProperty("currency").GetString());
        var usd = latest.GetProperty("usd");
        Assert.Equal(2020, usd.GetProperty("year").GetInt32());
        Assert.Equal(0.877433m, usd.GetProperty("rate").GetDecimal());
        Assert.Equal(Math.Round(usd.GetProperty("value").GetDecimal() * 0.877433m, 2), latest.GetProperty("value").GetDecimal());
        Assert.Contains("EUR at 0.877433 EUR per USD", evaluation.GetProperty("explanation").GetString());
    }

    [OfficialAndRatesFact]
    public async Task RatesAreServedFilteredAndAsCsv()
    {
        var client = factory.CreateClient();
        var page = await Json(await client.GetAsync("/api/v1/rates?currency=nzd,gbp&from=2019&to=2020"));
        var items = page.GetProperty("items").EnumerateArray().Select(i => (i.GetProperty("currency").GetString(), i.GetProperty("year").GetInt32(), i.GetProperty("unitsPerUsd").GetDecimal())).ToList();
        Assert.Equal([("GBP", 2019, 0.783317m), ("GBP", 2020, 0.779583m), ("NZD", 2019, 1.517792m), ("NZD", 2020, 1.541217m)], items);
        var first = await client.GetAsync("/api/v1/rates?currency=GBP&limit=2");
        var next = (await Json(first)).GetProperty("nextCursor").GetString();
        var second = await Json(await client.GetAsync($"/api/v1/rates?currency=GBP&limit=2&cursor={next}"));
        Assert.Equal(1973, second.GetProperty("items")[0].GetProperty("year").GetInt32());
        var csv = await client.GetStringAsync("/api/v1/rates?currency=EUR&from=2019&to=2019&format=csv");
        Assert.Equal("currency,year,unitsPerUsd,source\r\nEUR,2019,0.893283,usd-annual-average.csv\r\n", csv);
        var meta = await Json(await client.GetAsync("/api/v1/meta"));
        Assert.True(meta.GetProperty("rates").GetInt32() >= 1423);
        Assert.Contains("NZD", meta.GetProperty("rateCurrencies").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/api/v1/rates?currency=dollars")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/api/v1/rates?from=2020&to=2019")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/api/v1/rates?cursor=Zm9v")).StatusCode);
    }

    [Fact]
    public async Task ARatesImportIsAllOrNothingWithEachBadLineNamedAndNeedsAKey()
    {
        var client = factory.CreateClient();
        var csv = "currency,year,unitsPerUsd\nXTS,2019,2.5\nXTS,2020,-1\nUSD,2019,1\nXTS,20x9,2\nXTS,2019,2.6\n";
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.PostAsync("/api/v1/rates", new StringContent(csv, Encoding.UTF8, "text/csv"))).StatusCode);
        var refused = await factory.Writer().PostAsync("/api/v1/rates", new StringContent(csv, Encoding.UTF8, "text/csv"));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var problem = await Json(refused);
        Assert.Equal(4, problem.GetProperty("errorCount").GetInt32());
        var errors = problem.GetProperty("errors").EnumerateArray().Select(e => (e.GetProperty("line").GetInt32(), e.GetProperty("problem").GetString()!)).ToList();
        Assert.Equal([3, 4, 5, 6], errors.Select(e => e.Item1));
        Assert.Contains("unitsPerUsd '-1'", errors[0].Item2);
        Assert.Contains("USD needs no rate", errors[1].Item2);
        Assert.Contains("XTS 2019 is given twice", errors[3].Item2);
        Assert.Empty((await Json(await client.GetAsync("/api/v1/rates?currency=XTS"))).GetProperty("items").EnumerateArray());

        var created = await factory.Writer().PostAsync("/api/v1/rates?source=test", new StringContent("currency,year,unitsPerUsd\nXTS,2019,2.5\nXTS,2020,2.75\n", Encoding.UTF8, "text/csv"));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal((2, 1), ((await Json(created)).GetProperty("rows").GetInt32(), (await Json(created)).GetProperty("currencies").GetInt32()));
        // Given again, a currency and year is replaced.
        await factory.Writer().PostAsync("/api/v1/rates", new StringContent("currency,year,unitsPerUsd\nXTS,2020,3\n", Encoding.UTF8, "text/csv"));
        var held = (await Json(await client.GetAsync("/api/v1/rates?currency=XTS"))).GetProperty("items").EnumerateArray()
            .Select(i => (i.GetProperty("year").GetInt32(), i.GetProperty("unitsPerUsd").GetDecimal())).ToList();
        Assert.Equal([(2019, 2.5m), (2020, 3m)], held);

        var header = await factory.Writer().PostAsync("/api/v1/rates", new StringContent("code,year,rate\nXTS,2019,1\n", Encoding.UTF8, "text/csv"));
        Assert.Equal(HttpStatusCode.BadRequest, header.StatusCode);
        Assert.Contains("currency,year,unitsPerUsd", (await Json(header)).GetProperty("errors")[0].GetProperty("problem").GetString());
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, (await factory.Writer().PostAsync("/api/v1/rates", new StringContent("{}", Encoding.UTF8, "application/json"))).StatusCode);
    }

    [Fact]
    public async Task ABadCheckBodyIsAProblemAndStoresNothing()
    {
        var client = factory.CreateClient();
        var empty = await client.PostAsync("/api/v1/check", new StringContent("{\"text\": \"\"}", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Equal("application/problem+json", empty.Content.Headers.ContentType?.MediaType);
        var big = await client.PostAsync("/api/v1/check", Text("T\n" + new string('a', 1_100_000)));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, big.StatusCode);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, (await client.PostAsync("/api/v1/check", new StringContent("x", Encoding.UTF8, "application/xml"))).StatusCode);
    }
}

// A pair's volumes and its chart carry the same verdict as the check: a figure far from both sides' record is a conflict.
public class PairVerdictTests(WriteApiFactory factory) : IClassFixture<WriteApiFactory>
{
    [OfficialAndRatesFact]
    public async Task AFigureFarFromTheRecordIsAConflictInThePairVolumesAndTheChart()
    {
        var posted = await factory.Writer().PostAsync("/api/v1/documents",
            new StringContent("Talks in Minsk\nIn 2013 trade between Belarus and Kazakhstan reached $3.5 billion.", Encoding.UTF8, "text/plain"));
        Assert.Equal(HttpStatusCode.Created, posted.StatusCode);
        var client = factory.CreateClient();
        var volumes = JsonDocument.Parse(await client.GetStringAsync("/api/v1/pairs/BLR-KAZ/volumes?source=stated")).RootElement;
        var verdicts = volumes.GetProperty("items").EnumerateArray().ToDictionary(v => v.GetProperty("year").GetInt32(), v => v.GetProperty("check").GetProperty("verdict").GetString());
        Assert.Equal("consistent", verdicts[2012]);
        Assert.Equal("overstated", verdicts[2013]);

        var svg = await client.GetStringAsync("/api/v1/pairs/BLR-KAZ/chart.svg");
        Assert.Contains("stated-point conflict\" data-year=\"2013\"", svg);
        Assert.Contains("stated-point\" data-year=\"2012\"", svg);
    }

    [OfficialAndRatesFact]
    public async Task FiguresAndTargetsInEurosCarryTheirDollarValueEverywhereTheyAreServed()
    {
        var posted = await factory.Writer().PostAsync("/api/v1/documents", new StringContent(
            "China and Germany\nIn 2019 trade between China and Germany reached 185 billion euros. The two countries aim to raise it to 300 billion euros by 2030.",
            Encoding.UTF8, "text/plain"));
        Assert.Equal(HttpStatusCode.Created, posted.StatusCode);
        var id = JsonDocument.Parse(await posted.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetString();
        var client = factory.CreateClient();
        // 185 bn EUR at 2019's 0.893283 EUR per USD.
        static void IsEuros2019(JsonElement usd) =>
            Assert.Equal((207_101_221_001.63m, 0.893283m, 2019), (usd.GetProperty("value").GetDecimal(), usd.GetProperty("rate").GetDecimal(), usd.GetProperty("year").GetInt32()));
        var pairRow = Assert.Single(JsonDocument.Parse(await client.GetStringAsync("/api/v1/pairs/CHN-DEU/volumes?source=stated")).RootElement.GetProperty("items").EnumerateArray().ToList());
        IsEuros2019(pairRow.GetProperty("usd"));
        var flat = Assert.Single(JsonDocument.Parse(await client.GetStringAsync("/api/v1/volumes?currency=EUR")).RootElement.GetProperty("items").EnumerateArray().ToList());
        IsEuros2019(flat.GetProperty("usd"));
        var csv = (await client.GetStringAsync("/api/v1/volumes?currency=EUR&format=csv")).TrimEnd().Split("\r\n");
        Assert.EndsWith(",usdValue,usdRate,side", csv[0]);
        Assert.EndsWith(",207101221001.63,0.893283,", csv[1]);
        var document = JsonDocument.Parse(await client.GetStringAsync($"/api/v1/documents/{id}")).RootElement;
        IsEuros2019(document.GetProperty("volumes")[0].GetProperty("usd"));
        IsEuros2019(JsonDocument.Parse(await client.GetStringAsync($"/api/v1/volumes/{flat.GetProperty("id").GetInt64()}")).RootElement.GetProperty("usd"));
        // The target's deadline (2030) has no rate yet: the latest year's (2025) is used, and said so.
        var target = Assert.Single(JsonDocument.Parse(await client.GetStringAsync("/api/v1/pairs/CHN-DEU/targets")).RootElement.GetProperty("items").EnumerateArray().ToList());
        var usd = target.GetProperty("target").GetProperty("usd");
        Assert.Equal((2025, true), (usd.GetProperty("year").GetInt32(), usd.GetProperty("latestRate").GetBoolean()));
        Assert.Equal(Math.Round(300_000_000_000m / usd.GetProperty("rate").GetDecimal(), 2), usd.GetProperty("value").GetDecimal());
        Assert.Equal("official", target.GetProperty("evaluation").GetProperty("basis").GetString());
        Assert.Contains("EUR per USD", target.GetProperty("evaluation").GetProperty("explanation").GetString());
        // Dollar figures need no conversion.
        var dollars = JsonDocument.Parse(await client.GetStringAsync("/api/v1/pairs/BLR-KAZ/volumes?source=stated")).RootElement.GetProperty("items")[0];
        Assert.Equal(JsonValueKind.Null, dollars.GetProperty("usd").ValueKind);
    }

    [OfficialAndRatesFact]
    public async Task AStoredGoodsAndServicesFigureIsNotComparedInThePairViewNorInItsDocumentsCheck()
    {
        var posted = await factory.Writer().PostAsync("/api/v1/documents", new StringContent(
            "Talks in Astana\nTrade in goods and services between Kazakhstan and China reached $40 billion in 2019.", Encoding.UTF8, "text/plain"));
        Assert.Equal(HttpStatusCode.Created, posted.StatusCode);
        var id = JsonDocument.Parse(await posted.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetString();
        var client = factory.CreateClient();
        var row = Assert.Single(JsonDocument.Parse(await client.GetStringAsync("/api/v1/pairs/CHN-KAZ/volumes?source=stated")).RootElement.GetProperty("items").EnumerateArray().ToList());
        Assert.Equal(("not_comparable", "goods_and_services"), (row.GetProperty("check").GetProperty("verdict").GetString(), row.GetProperty("check").GetProperty("reason").GetString()));
        var stored = JsonDocument.Parse(await client.GetStringAsync($"/api/v1/volumes/{row.GetProperty("id").GetInt64()}")).RootElement;
        Assert.Equal("goodsAndServices", stored.GetProperty("coverage").GetString());
        var check = JsonDocument.Parse(await client.GetStringAsync($"/api/v1/documents/{id}/check")).RootElement;
        Assert.Equal("not_comparable", Assert.Single(check.GetProperty("volumes").EnumerateArray().ToList()).GetProperty("verdict").GetString());
    }
}

// A client can review what it just posted (issue 22, item 6): the 201 names each stored fact, and a replay names the same ones.
public class IngestedFactIdsTests(WriteApiFactory factory) : IClassFixture<WriteApiFactory>
{
    [Fact]
    public async Task The201OfADocumentGivesEachFactItsIdAndConfidence()
    {
        const string text = "Talks in Astana\nTrade between Kazakhstan and Uzbekistan reached $4.2 billion in 2021. The two sides aim to raise it to $10 billion by 2030.";
        var posted = await factory.Writer().PostAsync("/api/v1/documents", new StringContent(text, Encoding.UTF8, "text/plain"));
        Assert.Equal(HttpStatusCode.Created, posted.StatusCode);
        var body = JsonDocument.Parse(await posted.Content.ReadAsStringAsync()).RootElement;
        var volume = Assert.Single(body.GetProperty("volumes").EnumerateArray().ToList());
        var target = Assert.Single(body.GetProperty("targets").EnumerateArray().ToList());
        var (volumeId, targetId) = (volume.GetProperty("id").GetInt64(), target.GetProperty("id").GetInt64());
        Assert.True(volume.GetProperty("confidence").GetDecimal() > 0);
        var client = factory.CreateClient();
        var stored = JsonDocument.Parse(await client.GetStringAsync($"/api/v1/volumes/{volumeId}")).RootElement;
        Assert.Equal((4_200_000_000m, 2021), (stored.GetProperty("value").GetDecimal(), stored.GetProperty("year").GetInt32()));
        Assert.Equal(10_000_000_000m, JsonDocument.Parse(await client.GetStringAsync($"/api/v1/targets/{targetId}")).RootElement.GetProperty("value").GetDecimal());
        var replay = await factory.Writer().PostAsync("/api/v1/documents", new StringContent(text, Encoding.UTF8, "text/plain"));
        Assert.Equal(HttpStatusCode.OK, replay.StatusCode);
        var again = JsonDocument.Parse(await replay.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(volumeId, again.GetProperty("volumes")[0].GetProperty("id").GetInt64());
        Assert.Equal(targetId, again.GetProperty("targets")[0].GetProperty("id").GetInt64());
        // Nothing stored, nothing named.
        var extracted = JsonDocument.Parse(await (await factory.Writer().PostAsync("/api/v1/extract", new StringContent(text, Encoding.UTF8, "text/plain"))).Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(JsonValueKind.Null, extracted.GetProperty("volumes")[0].GetProperty("id").ValueKind);
    }
}

// The review queue (issue 22, item 4): unreviewed facts, least confident first, then the busiest pairs', paged; a reviewed fact leaves it.
public class ReviewQueueTests(WriteApiFactory factory) : IClassFixture<WriteApiFactory>
{
    private static List<(string Fact, long Id, string Pair)> Items(JsonElement page) =>
        page.GetProperty("items").EnumerateArray().Select(i => (i.GetProperty("fact").GetString()!, i.GetProperty("id").GetInt64(), i.GetProperty("pair").GetString()!)).ToList();

    private static List<(decimal Confidence, long PairFacts, string Fact, long Id)> Keys(JsonElement page) =>
        page.GetProperty("items").EnumerateArray().Select(i => (i.GetProperty("confidence").GetDecimal(), i.GetProperty("pairFacts").GetInt64(),
            i.GetProperty("fact").GetString()!, i.GetProperty("id").GetInt64())).ToList();

    [Fact]
    public async Task TheQueueListsUnreviewedFactsMostInNeedFirstAndAReviewedOneLeavesIt()
    {
        var posted = await factory.Writer().PostAsync("/api/v1/documents", new StringContent(
            "Talks in Tashkent\nTrade between Kazakhstan and Uzbekistan reached $4.2 billion in 2021.", Encoding.UTF8, "text/plain"));
        Assert.Equal(HttpStatusCode.Created, posted.StatusCode);
        var client = factory.CreateClient();
        var all = JsonDocument.Parse(await client.GetStringAsync("/api/v1/review-queue?count=true")).RootElement;
        var items = Items(all);
        Assert.Equal(items.Count, all.GetProperty("total").GetInt64());
        // The founding pair's three facts (two targets, one volume) and the new pair's one, least confident first, then the busier
        // pair's, targets before volumes, then by id.
        Assert.Equal(["BLR-KAZ", "BLR-KAZ", "BLR-KAZ", "KAZ-UZB"], items.Select(i => i.Pair).Order());
        var keys = Keys(all);
        Assert.Equal(keys.OrderBy(k => k.Confidence).ThenByDescending(k => k.PairFacts).ThenBy(k => k.Fact, StringComparer.Ordinal).ThenBy(k => k.Id), keys);
        Assert.Contains(keys, k => k.Confidence != keys[0].Confidence);
        var first = JsonDocument.Parse(await client.GetStringAsync("/api/v1/review-queue?limit=3")).RootElement;
        var next = first.GetProperty("nextCursor").GetString();
        var rest = JsonDocument.Parse(await client.GetStringAsync($"/api/v1/review-queue?limit=3&cursor={next}")).RootElement;
        Assert.Equal(items, Items(first).Concat(Items(rest)).ToList());
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/api/v1/review-queue?cursor=bm90LWEtY3Vyc29y")).StatusCode);

        var volume = items.First(i => i.Fact == "volume");
        var current = await client.GetAsync($"/api/v1/volumes/{volume.Id}");
        var patch = new HttpRequestMessage(HttpMethod.Patch, $"/api/v1/volumes/{volume.Id}") { Content = new StringContent("{\"review\":\"confirmed\"}", Encoding.UTF8, "application/merge-patch+json") };
        patch.Headers.IfMatch.Add(current.Headers.ETag!);
        Assert.Equal(HttpStatusCode.OK, (await factory.Writer().SendAsync(patch)).StatusCode);
        var after = Items(JsonDocument.Parse(await client.GetStringAsync("/api/v1/review-queue")).RootElement);
        Assert.DoesNotContain(volume, after);
        Assert.Equal(items.Count - 1, after.Count);
        var csv = (await client.GetStringAsync("/api/v1/review-queue?format=csv")).TrimEnd().Split("\r\n");
        Assert.Equal("fact,id,pair,confidence,pairFacts,value,currency,year,documentId,quote", csv[0]);
        Assert.Equal(after.Count + 1, csv.Length);
    }
}

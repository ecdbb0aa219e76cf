using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using Dapper;
using TradeApi.Targets;

namespace TradeApi.Tests;

// Targets' judgements are stored and kept by the writes that change their inputs (issue 21, item 1). After every kind of write, the
// stored judgement of every target equals one made from scratch from every figure the pair holds (the evaluator on the pair's
// official figures, all its stated figures and the rates), which is what the service did per request before.
public class JudgementTests(WriteApiFactory factory) : IClassFixture<WriteApiFactory>
{
    private readonly HttpClient _writer = factory.Writer();

    // Each served target as "id status basis latestYear latestValue progress usd explanation".
    private async Task<List<string>> Served()
    {
        var body = await Json(await factory.CreateClient().GetAsync("/api/v1/targets?review=all&limit=1000"));
        return body.GetProperty("items").EnumerateArray().Select(t =>
        {
            var e = t.GetProperty("evaluation");
            var latest = e.GetProperty("latest");
            var usd = t.GetProperty("target").TryGetProperty("usd", out var u) && u.ValueKind == JsonValueKind.Object ? u.GetProperty("value").GetDecimal().ToString(CultureInfo.InvariantCulture) : "-";
            return string.Join(' ', t.GetProperty("target").GetProperty("id").GetInt64(), e.GetProperty("status").GetString(), e.GetProperty("basis").GetString(),
                latest.ValueKind == JsonValueKind.Null ? "-" : $"{latest.GetProperty("year").GetInt32()} {latest.GetProperty("value").GetDecimal().ToString(CultureInfo.InvariantCulture)}",
                e.GetProperty("progress").ValueKind == JsonValueKind.Null ? "-" : e.GetProperty("progress").GetDecimal().ToString(CultureInfo.InvariantCulture),
                usd, e.GetProperty("explanation").GetString());
        }).ToList();
    }

    // The same, judged now from every figure held.
    private List<string> FromScratch()
    {
        using var c = factory.OpenDatabase();
        var rates = TradeApi.Rates.RatesStore.Table(c);
        var ids = c.Query<long>("SELECT id FROM targets ORDER BY id").ToList();
        return ids.Select(id =>
        {
            var t = TargetsStore.ById(c, id)!;
            var e = TargetEvaluator.Judge(t, TradeApi.Official.OfficialFigures.ByPair(c, t.Pair), TradeApi.Volumes.VolumesStore.Stated(c, t.Pair, null, null), rates);
            var usd = TargetEvaluator.UsdOf(t, rates)?.Value.ToString(CultureInfo.InvariantCulture) ?? "-";
            return string.Join(' ', id, e.Status, e.Basis, e.Latest is null ? "-" : $"{e.Latest.Year} {e.Latest.Value.ToString(CultureInfo.InvariantCulture)}",
                e.Progress?.ToString(CultureInfo.InvariantCulture) ?? "-", usd, e.Explanation);
        }).ToList();
    }

    private async Task Same(string after)
    {
        var served = await Served();
        var expected = FromScratch();
        // The year each target starts reading figures from, kept in SQL for the index that finds them, is the evaluator's.
        using (var c = factory.OpenDatabase())
            foreach (var (id, firstRead) in c.Query<(long, long)>("SELECT id, first_read FROM targets"))
                Assert.True(TargetEvaluator.FirstYearRead(TargetsStore.ById(c, id)!) == firstRead, $"after {after}: target {id} first_read {firstRead}");
        Assert.True(expected.SequenceEqual(served), $"after {after}:\nserved:\n{string.Join('\n', served)}\nfrom scratch:\n{string.Join('\n', expected)}");
    }

    private async Task<JsonElement> Post(string text)
    {
        var r = await _writer.PostAsync("/api/v1/documents", new StringContent(text, Encoding.UTF8, "text/plain"));
        Assert.Equal(HttpStatusCode.Created, r.StatusCode);
        return await Json(r);
    }

    private async Task Patch(string url, string json)
    {
        var get = await _writer.GetAsync(url);
        var request = new HttpRequestMessage(HttpMethod.Patch, url) { Content = new StringContent(json, Encoding.UTF8, "application/merge-patch+json") };
        request.Headers.TryAddWithoutValidation("If-Match", get.Headers.ETag!.ToString());
        Assert.Equal(HttpStatusCode.OK, (await _writer.SendAsync(request)).StatusCode);
    }

    [Fact]
    public async Task StoredJudgementsEqualAJudgementFromScratchAfterEveryKindOfWrite()
    {
        // Targets in each direction of one pair: a total, Chile's exports, Peru's imports from Chile (the same goods), one in euros.
        await Post("Goals\nChile and Peru aim to raise trade to $8 billion by 2025.");
        await Post("Exports goal\nChile wants to double its exports to Peru to $4 billion by 2027.");
        await Post("Imports goal\nPeru plans to increase its imports from Chile to $5 billion by 2028.");
        await Post("Euro goal\nChile and Peru agreed to lift trade to 6 billion euros by 2024.");
        await Same("the targets alone");
        var before = await Served();

        // The first figure of 2019 for the goods from Chile to Peru: both targets of that direction now have a stated basis.
        var exports = (await Post("Exports\nChile's exports to Peru reached $1.9 billion in 2019.")).GetProperty("volumes")[0].GetProperty("id").GetInt64();
        await Same("a first figure of its direction and year");
        var afterFirst = await Served();
        Assert.NotEqual(before, afterFirst);
        Assert.Equal(2, afterFirst.Count(s => s.Contains(" stated 2019 1900000000 ", StringComparison.Ordinal)));

        // A second figure of the same direction and year changes nothing (the first of the year is the one judged by).
        await Post("Imports\nPeru's imports from Chile were $2.5 billion in 2019.");
        await Same("a second figure of a year");
        Assert.Equal(afterFirst, await Served());

        await Post("Total\nTrade between Chile and Peru reached $9 billion in 2020.");
        await Same("a total");

        // Rejecting the first figure makes the second the one judged by; a target corrected to the other direction follows its figures.
        await Patch($"/api/v1/volumes/{exports}", """{"review":"rejected","reason":"a re-export figure"}""");
        await Same("a rejected figure");
        Assert.Equal(2, (await Served()).Count(s => s.Contains(" stated 2019 2500000000 ", StringComparison.Ordinal)));
        var goal = (await Post("Second exports goal\nChile wants to lift its exports to Peru to $3 billion by 2030.")).GetProperty("targets")[0].GetProperty("id").GetInt64();
        await Same("a new target with figures already held");
        await Patch($"/api/v1/targets/{goal}", """{"flow":"imports","reason":"the text is about Chile's purchases"}""");
        await Same("a corrected target");

        // Official figures, then rates: the euro target is judged on official figures set in euros, then without them again.
        await Post("Euros\nTrade between Chile and Peru was 5 billion euros in 2021.");
        var csv = "refYear,reporterISO,partnerISO,flowCode,primaryValue\n2021,CHL,PER,X,2100000000\n2021,CHL,PER,M,1500000000\n";
        Assert.Equal(HttpStatusCode.Created, (await _writer.PostAsync("/api/v1/official?dataset=chl-per", new StringContent(csv, Encoding.UTF8, "text/csv"))).StatusCode);
        await Same("an official dataset");
        var rates = await _writer.PostAsync("/api/v1/rates", new StringContent("currency,year,unitsPerUsd\nEUR,2021,0.85\nEUR,2024,0.92\n", Encoding.UTF8, "text/csv"));
        Assert.True(rates.IsSuccessStatusCode, await rates.Content.ReadAsStringAsync());
        await Same("rates");
        var withRates = await Served();
        Assert.True(withRates.Any(s => s.Contains(" official 2021 3060000000.00 ", StringComparison.Ordinal)), string.Join("\n", withRates));
        Assert.Equal(HttpStatusCode.NoContent, (await _writer.DeleteAsync("/api/v1/official/chl-per")).StatusCode);
        await Same("a deleted dataset");

        // A deleted document and a re-extraction.
        var total = (await Post("Another total\nTrade between Chile and Peru stood at $7.5 billion in 2022.")).GetProperty("id").GetString();
        await Same("another total");
        Assert.Equal(HttpStatusCode.NoContent, (await _writer.DeleteAsync($"/api/v1/documents/{total}")).StatusCode);
        await Same("a deleted document");
        var all = await _writer.PostAsync("/api/v1/documents/reextract", null);
        Assert.True(all.IsSuccessStatusCode, await all.Content.ReadAsStringAsync());
        await Same("a re-extraction");
    }

    [Fact]
    public async Task ABatchOfDocumentsJudgesItsPairsOnceWithTheSameResult()
    {
        // One NDJSON batch, one transaction: targets before and after the figures they are judged by, a figure that opens a year
        // for targets stored by an earlier document of the batch, a second figure of that year, and a target of an earlier request.
        await Post("Earlier goal\nUruguay and Paraguay aim to raise trade to $6 billion by 2030.");
        string[] texts =
        [
            "Montevideo\nUruguay wants to lift its exports to Paraguay to $2 billion by 2029.",
            "Asuncion\nUruguay's exports to Paraguay reached $1.1 billion in 2021.",
            "Salto\nTrade between Uruguay and Paraguay reached $3.4 billion in 2022.",
            "Encarnacion\nParaguay's imports from Uruguay were $1.3 billion in 2021.",
            "Colonia\nUruguay and Paraguay agreed to double trade to $7 billion by 2028.",
            "Rivera\nTrade between Paraguay and Uruguay stood at $3.9 billion in 2023.",
        ];
        var body = string.Join('\n', texts.Select((t, i) => JsonSerializer.Serialize(new { text = t, publishedOn = $"2024-0{1 + i}-01" })));
        var r = await _writer.PostAsync("/api/v1/documents", new StringContent(body, Encoding.UTF8, "application/x-ndjson"));
        Assert.True(r.StatusCode == HttpStatusCode.MultiStatus, await r.Content.ReadAsStringAsync());
        Assert.DoesNotContain("\"status\":400", await r.Content.ReadAsStringAsync());
        await Same("a batch");
        var served = await Served();
        Assert.True(served.Any(s => s.Contains(" stated 2023 3900000000 ", StringComparison.Ordinal)), string.Join("\n", served));
    }

    [Fact]
    public async Task ListsFilterAndPageOnTheStoredStatus()
    {
        await Post("Colombia goals\nColombia and Ecuador aim to bring trade to $3 billion by 2030.");
        await Post("Colombia figure\nTrade between Colombia and Ecuador reached $3.2 billion in 2024.");
        await Post("Bolivia goals\nBolivia and Paraguay aim to bring trade to $9 billion by 2031.");
        var achieved = await Json(await factory.CreateClient().GetAsync("/api/v1/targets?status=achieved&country=COL&count=true"));
        Assert.Equal(1, achieved.GetProperty("total").GetInt64());
        Assert.Equal("COL-ECU", achieved.GetProperty("items")[0].GetProperty("target").GetProperty("pair").GetString());
        var noData = await Json(await factory.CreateClient().GetAsync("/api/v1/pairs/BOL-PRY/targets?status=no_data"));
        Assert.Single(noData.GetProperty("items").EnumerateArray());
        var none = await Json(await factory.CreateClient().GetAsync("/api/v1/pairs/BOL-PRY/targets?status=achieved"));
        Assert.Empty(none.GetProperty("items").EnumerateArray());
    }

    [Fact]
    public async Task APairsVolumesPagedInTheStoreWalkToTheWholeList()
    {
        // Stated figures in years the official figures also cover, from both sides and in each flow, and one rejected.
        await Post("Guatemala one\nTrade between Guatemala and Honduras reached $1.4 billion in 2019.");
        await Post("Guatemala two\nIn 2019 trade between Honduras and Guatemala was about $1.5 billion.");
        await Post("Guatemala three\nGuatemala's exports to Honduras reached $900 million in 2020.");
        var rejected = (await Post("Guatemala four\nHonduras's imports from Guatemala were $850 million in 2020.")).GetProperty("volumes")[0].GetProperty("id").GetInt64();
        await Post("Guatemala five\nTrade between Guatemala and Honduras stood at $1.7 billion in 2021.");
        // Stored last, but first of its year in the view's order (reporter GTM before HND): the page order is not the id order.
        await Post("Guatemala six\nGuatemala's exports to Honduras were $700 million in 2019.");
        await Patch($"/api/v1/volumes/{rejected}", """{"review":"rejected","reason":"a duplicate"}""");
        var csv = "refYear,reporterISO,partnerISO,flowCode,primaryValue\n2019,GTM,HND,X,800000000\n2019,GTM,HND,M,600000000\n2020,HND,GTM,M,700000000\n2021,GTM,HND,X,950000000\n";
        Assert.Equal(HttpStatusCode.Created, (await _writer.PostAsync("/api/v1/official?dataset=gtm-hnd", new StringContent(csv, Encoding.UTF8, "text/csv"))).StatusCode);
        var client = factory.CreateClient();
        foreach (var query in new[] { "", "&review=all", "&flow=total", "&source=stated", "&from=2020", "&reporter=GTM" })
        {
            var whole = (await Json(await client.GetAsync("/api/v1/pairs/GTM-HND/volumes?limit=1000" + query))).GetProperty("items").EnumerateArray().Select(r => r.GetRawText()).ToList();
            var walked = new List<string>();
            string? cursor = null;
            do
            {
                var page = await Json(await client.GetAsync("/api/v1/pairs/GTM-HND/volumes?limit=1" + query + (cursor is null ? "" : "&cursor=" + cursor)));
                walked.AddRange(page.GetProperty("items").EnumerateArray().Select(r => r.GetRawText()));
                cursor = page.GetProperty("nextCursor").GetString();
            } while (cursor is not null);
            Assert.Equal(whole, walked);
            Assert.NotEmpty(whole);
            // Official rows of a year before its stated rows; every stated row judged, rejected ones only when asked for.
            var rows = whole.Select(r => JsonDocument.Parse(r).RootElement).ToList();
            Assert.Equal(rows.OrderBy(r => r.GetProperty("year").GetInt32()).ThenBy(r => r.GetProperty("source").GetString() == "official" ? 0 : 1).Select(r => r.GetRawText()), whole);
            Assert.All(rows.Where(r => r.GetProperty("source").GetString() == "stated"), r => Assert.NotEqual(JsonValueKind.Null, r.GetProperty("check").ValueKind));
            Assert.Equal(query == "&review=all", rows.Any(r => r.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.Number && id.GetInt64() == rejected));
        }
        var all = (await Json(await client.GetAsync("/api/v1/pairs/GTM-HND/volumes?limit=1000"))).GetProperty("items");
        Assert.Equal((5, 5), (all.EnumerateArray().Count(r => r.GetProperty("source").GetString() == "stated"), all.EnumerateArray().Count(r => r.GetProperty("source").GetString() == "official")));
    }

    private static async Task<JsonElement> Json(HttpResponseMessage r) => JsonDocument.Parse(await r.Content.ReadAsStringAsync()).RootElement;
}

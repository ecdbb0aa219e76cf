using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace TradeApi.Tests;

public class QueryTests(WriteApiFactory factory) : IClassFixture<WriteApiFactory>
{
    private static async Task<JsonElement> Json(HttpResponseMessage r) => JsonDocument.Parse(await r.Content.ReadAsStringAsync()).RootElement;

    [Fact]
    public async Task PagingThroughAllVolumesLosesAndRepeatsNothing()
    {
        var client = factory.CreateClient();
        var meta = await Json(await client.GetAsync("/api/v1/meta"));
        // Every row the CSV streams at once: rows as stored plus each reporter's total where it gave both directions.
        var expected = (await client.GetStringAsync("/api/v1/volumes?format=csv")).Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length - 1;
        var seen = new List<string>();
        string? url = "/api/v1/volumes?limit=100";
        var pages = 0;
        while (url is not null && pages < 50)
        {
            var r = await client.GetAsync(url);
            var page = await Json(r);
            foreach (var v in page.GetProperty("items").EnumerateArray())
                seen.Add($"{v.GetProperty("source")}|{v.GetProperty("dataset")}|{v.GetProperty("reporter")}|{v.GetProperty("partner")}|{v.GetProperty("flow")}|{v.GetProperty("year")}|{v.GetProperty("value")}");
            url = r.Headers.TryGetValues("Link", out var link) ? link.Single().Split('<', '>')[1] : null;
            Assert.Equal(url is not null, page.GetProperty("hasMore").GetBoolean());
            pages++;
        }
        Assert.Equal(expected, seen.Count);
        Assert.Equal(seen.Count, seen.Distinct().Count());
        Assert.Equal((expected + 99) / 100, pages);
        var reported = seen.Where(s => !(s.StartsWith("official|", StringComparison.Ordinal) && s.Contains("|total|"))).ToList();
        Assert.Equal(meta.GetProperty("officialRows").GetInt32() + meta.GetProperty("statedVolumes").GetInt32(), reported.Count);
        // A total for every official (dataset, reporter, partner, year) that has both directions, and for no other.
        var bothWays = seen.Where(s => s.StartsWith("official|", StringComparison.Ordinal) && !s.Contains("|total|"))
            .Select(s => s.Split('|')).GroupBy(p => (p[1], p[2], p[3], p[5])).Count(g => g.Count() == 2);
        Assert.Equal(bothWays, seen.Count(s => s.StartsWith("official|", StringComparison.Ordinal) && s.Contains("|total|")));
    }

    [Fact]
    public async Task CsvHasAHeaderAndOneLinePerRow()
    {
        var client = factory.CreateClient();
        var json = await Json(await client.GetAsync("/api/v1/volumes?country=BLR&from=2012&to=2012&limit=1000"));
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/volumes?country=by&from=2012&to=2012");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/csv"));
        var r = await client.SendAsync(request);
        Assert.Equal("text/csv", r.Content.Headers.ContentType?.MediaType);
        var lines = (await r.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("pair,reporter,partner,flow,year,value,currency,source,qualifier,dataset,documentId,start,end,quote,confidence,review,id,usdValue,usdRate,side", lines[0]);
        Assert.Equal(json.GetProperty("items").GetArrayLength(), lines.Length - 1);
        Assert.Contains("BLR-KAZ,BLR,KAZ,total,2012,1000000000,USD,stated,approximately,,", string.Join("\n", lines));
        // The confidence is the extractor's, whatever the model's weights are today.
        var founding = TradeApi.Extraction.Extractor.Extract(File.ReadAllText(Path.Combine(TradeApiFactory.RepoRoot(), "data", "documents", "00-belarus-kazakhstan-2013.txt")));
        var confidence = founding.Volumes.Single().Confidence.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains(lines, l => l.Contains($",In 2012 Belarus-Kazakhstan trade was close to $1 billion.,{confidence},unreviewed,", StringComparison.Ordinal));

        var viaFormat = await client.GetStringAsync("/api/v1/targets?format=csv");
        Assert.StartsWith("id,pair,reporter,partner,flow,kind,value", viaFormat);
        // The quote of the doubling target holds a comma, so it is quoted as RFC 4180 requires.
        Assert.Contains("\"“We have a huge potential and we should at least double it in the next few years,” believes Serik Akhmetov.\"", viaFormat);
    }

    [Fact]
    public async Task FlatRowsCarryTheProvenanceShapeOfPairRowsAndSayWhichSideTheCountryIs()
    {
        var client = factory.CreateClient();
        var flat = (await Json(await client.GetAsync("/api/v1/volumes?country=KAZ&year=2012&source=stated"))).GetProperty("items").EnumerateArray()
            .First(v => v.GetProperty("provenance").GetProperty("quote").GetString() == "In 2012 Belarus-Kazakhstan trade was close to $1 billion.");
        var inPair = (await Json(await client.GetAsync("/api/v1/pairs/BLR-KAZ/volumes?source=stated&from=2012&to=2012"))).GetProperty("items").EnumerateArray()
            .Single(v => v.GetProperty("id").GetInt64() == flat.GetProperty("id").GetInt64());
        // One provenance shape: the same object, title and dates included, in both lists; nothing of it at the top level.
        Assert.Equal(inPair.GetProperty("provenance").GetRawText(), flat.GetProperty("provenance").GetRawText());
        Assert.Equal("Aleksandr Lukashenko meets with Kazakhstan Prime Minister Serik Akhmetov", flat.GetProperty("provenance").GetProperty("title").GetString());
        Assert.False(flat.TryGetProperty("documentId", out _));
        // Belarus reported the figure; Kazakhstan, the country asked for, is its partner.
        Assert.Equal("BLR", flat.GetProperty("reporter").GetString());
        Assert.Equal("partner", flat.GetProperty("side").GetString());
        var own = (await Json(await client.GetAsync("/api/v1/volumes?country=BLR&year=2012&source=stated"))).GetProperty("items").EnumerateArray();
        Assert.All(own, v => Assert.Equal(v.GetProperty("reporter").GetString() == "BLR" ? "reporter" : "partner", v.GetProperty("side").GetString()));
        var both = (await Json(await client.GetAsync("/api/v1/volumes?country=BLR,KAZ&year=2012&source=stated"))).GetProperty("items").EnumerateArray()
            .Single(v => v.GetProperty("id").GetInt64() == flat.GetProperty("id").GetInt64());
        Assert.Equal("both", both.GetProperty("side").GetString());
        var unfiltered = (await Json(await client.GetAsync("/api/v1/volumes?year=2012&source=stated"))).GetProperty("items").EnumerateArray().First();
        Assert.Equal(JsonValueKind.Null, unfiltered.GetProperty("side").ValueKind);
    }

    [Fact]
    public async Task NamesTrueAddsANameColumnAfterEachCountryCode()
    {
        var client = factory.CreateClient();
        var lines = (await client.GetStringAsync("/api/v1/volumes?country=BLR&year=2012&source=stated&format=csv&names=true")).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("pair,reporter,reporterName,partner,partnerName,flow,year,", lines[0]);
        Assert.StartsWith("BLR-KAZ,BLR,Belarus,KAZ,Kazakhstan,total,2012,", lines[1]);
        var pairs = (await client.GetStringAsync("/api/v1/pairs?format=csv&names=true&limit=1")).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("key,a,aName,b,bName,", pairs[0]);
        // Without it, or with names=false, the columns are as they always were.
        Assert.StartsWith("pair,reporter,partner,", await client.GetStringAsync("/api/v1/volumes?year=2012&format=csv&names=false"));
        var wrong = await client.GetAsync("/api/v1/volumes?format=csv&names=yes");
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
    }

    [Fact]
    public async Task ETagAnswers304UntilAWriteChangesIt()
    {
        var client = factory.CreateClient();
        var first = await client.GetAsync("/api/v1/pairs");
        var etag = first.Headers.ETag!;
        Assert.False(etag.IsWeak);
        Assert.Equal("no-cache", first.Headers.CacheControl?.ToString());

        var conditional = new HttpRequestMessage(HttpMethod.Get, "/api/v1/pairs");
        conditional.Headers.IfNoneMatch.Add(etag);
        Assert.Equal(HttpStatusCode.NotModified, (await client.SendAsync(conditional)).StatusCode);

        var post = await factory.Writer().PostAsync("/api/v1/documents",
            new StringContent("Ghana and Togo\n\nACCRA, 2 May 2022 - Trade between Ghana and Togo reached $800 million in 2021.\n", Encoding.UTF8, "text/plain"));
        Assert.Equal(HttpStatusCode.Created, post.StatusCode);

        var after = new HttpRequestMessage(HttpMethod.Get, "/api/v1/pairs");
        after.Headers.IfNoneMatch.Add(etag);
        var changed = await client.SendAsync(after);
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.NotEqual(etag, changed.Headers.ETag);
    }

    [Fact]
    public async Task CorsPreflightAllowsConfiguredOriginForReadsOnly()
    {
        var client = factory.CreateClient();
        var preflight = new HttpRequestMessage(HttpMethod.Options, "/api/v1/pairs");
        preflight.Headers.Add("Origin", WriteApiFactory.Origin);
        preflight.Headers.Add("Access-Control-Request-Method", "GET");
        var ok = await client.SendAsync(preflight);
        Assert.Equal(WriteApiFactory.Origin, ok.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.False(ok.Headers.Contains("Access-Control-Allow-Credentials"));

        var write = new HttpRequestMessage(HttpMethod.Options, "/api/v1/documents");
        write.Headers.Add("Origin", WriteApiFactory.Origin);
        write.Headers.Add("Access-Control-Request-Method", "POST");
        var writeAnswer = await client.SendAsync(write);
        Assert.DoesNotContain("POST", writeAnswer.Headers.TryGetValues("Access-Control-Allow-Methods", out var methods) ? string.Join(",", methods) : "");

        var other = new HttpRequestMessage(HttpMethod.Options, "/api/v1/pairs");
        other.Headers.Add("Origin", "https://evil.example");
        other.Headers.Add("Access-Control-Request-Method", "GET");
        Assert.False((await client.SendAsync(other)).Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task AQuotedFieldMayHoldALineBreakAndLinesStillCountFromTheFile()
    {
        var writer = factory.Writer();
        const string csv = "refYear,reporterISO,partnerISO,flowCode,primaryValue,note\n2019,MLI,NER,X,1000,\"two\nlines\"\n2019,MLI,XXX,M,2000,b\n";
        var bad = await writer.PostAsync("/api/v1/official?dataset=quoted", new StringContent(csv, Encoding.UTF8, "text/csv"));
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal(4, Assert.Single((await Json(bad)).GetProperty("errors").EnumerateArray()).GetProperty("line").GetInt32());
        var good = await writer.PostAsync("/api/v1/official?dataset=quoted", new StringContent(string.Join('\n', csv.Split('\n')[..3]) + "\n", Encoding.UTF8, "text/csv"));
        Assert.Equal(HttpStatusCode.Created, good.StatusCode);
        Assert.Equal(1, (await Json(good)).GetProperty("rows").GetInt32());
    }

    [Fact]
    public async Task DeletingADatasetRemovesItsFiguresAndChangesTheETag()
    {
        var writer = factory.Writer();
        const string csv = "refYear,reporterISO,partnerISO,flowCode,primaryValue\n2019,SEN,GIN,X,1000\n";
        Assert.Equal(HttpStatusCode.Created, (await writer.PostAsync("/api/v1/official?dataset=to-delete", new StringContent(csv, Encoding.UTF8, "text/csv"))).StatusCode);
        var before = await writer.GetAsync("/api/v1/pairs/SEN-GIN/volumes");
        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.CreateClient().DeleteAsync("/api/v1/official/to-delete")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await writer.DeleteAsync("/api/v1/official/to-delete")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await writer.GetAsync("/api/v1/pairs/SEN-GIN/volumes")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await writer.DeleteAsync("/api/v1/official/to-delete")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await writer.DeleteAsync("/api/v1/official/bad%20name")).StatusCode);
        var again = new HttpRequestMessage(HttpMethod.Get, "/api/v1/meta");
        again.Headers.IfNoneMatch.Add(before.Headers.ETag!);
        Assert.Equal(HttpStatusCode.OK, (await writer.SendAsync(again)).StatusCode);
    }

    [Fact]
    public async Task AnAnswerServedFromTheCacheIsTheSameBytesAsTheFirst()
    {
        // A hit serves the kept bytes of the first answer: every byte, with its content type and tag.
        var client = factory.CreateClient();
        foreach (var url in new[] { "/api/v1/countries?limit=200", "/api/v1/countries?limit=200&format=csv", "/api/v1/meta" })
        {
            var first = await client.GetAsync(url);
            var firstBytes = await first.Content.ReadAsByteArrayAsync();
            for (var i = 0; i < 3; i++)
            {
                var again = await client.GetAsync(url);
                Assert.Equal(HttpStatusCode.OK, again.StatusCode);
                Assert.Equal(firstBytes, await again.Content.ReadAsByteArrayAsync());
                Assert.Equal(first.Content.Headers.ContentType, again.Content.Headers.ContentType);
                Assert.Equal(first.Headers.ETag, again.Headers.ETag);
            }
        }
        Assert.True((await client.GetByteArrayAsync("/api/v1/countries?limit=200")).Length > 4096);
    }

    [Fact]
    public async Task PairSeriesReadOnKeptConnectionsShowEachImportAtOnce()
    {
        // Reads keep their connections and prepared statements between requests (SQLite); none may answer from before a write.
        var writer = factory.Writer();
        const string header = "refYear,reporterISO,partnerISO,flowCode,primaryValue\n";
        async Task<decimal[]> Values()
        {
            var answers = await Task.WhenAll(Enumerable.Range(0, 8).Select(i =>
                writer.GetStringAsync($"/api/v1/pairs/TGO-BEN/volumes?source=official&flow=exports&from=2018&to=2020&limit={10 + i}")));
            return answers.Select(a => JsonDocument.Parse(a).RootElement.GetProperty("items").EnumerateArray()
                .Sum(v => v.GetProperty("value").GetDecimal())).Distinct().ToArray();
        }
        foreach (var value in new[] { 1000, 2500, 700 })
        {
            var csv = $"{header}2019,TGO,BEN,X,{value}\n2020,TGO,BEN,X,{value}\n";
            Assert.Equal(HttpStatusCode.Created, (await writer.PostAsync("/api/v1/official?dataset=kept-reads", new StringContent(csv, Encoding.UTF8, "text/csv"))).StatusCode);
            Assert.Equal(new[] { 2m * value }, await Values());
        }
        Assert.Equal(HttpStatusCode.NoContent, (await writer.DeleteAsync("/api/v1/official/kept-reads")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await writer.GetAsync("/api/v1/pairs/TGO-BEN/volumes?source=official")).StatusCode);
    }

    [Fact]
    public async Task OfficialImportWithABadRowStoresNothingAndNamesTheLine()
    {
        var writer = factory.Writer();
        const string csv = "refYear,reporterISO,partnerISO,flowCode,primaryValue,extra\n2019,NPL,BTN,X,1000,a\n2019,NPL,XXX,M,2000,b\n2020,NPL,BTN,Q,5,c\n";
        var r = await writer.PostAsync("/api/v1/official?dataset=nepal-test", new StringContent(csv, Encoding.UTF8, "text/csv"));
        Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
        var errors = (await Json(r)).GetProperty("errors").EnumerateArray().ToList();
        Assert.Equal(new[] { 3, 4 }, errors.Select(e => e.GetProperty("line").GetInt32()));
        Assert.Contains("XXX", errors[0].GetProperty("problem").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await writer.GetAsync("/api/v1/pairs/NPL-BTN/volumes")).StatusCode);

        var good = await writer.PostAsync("/api/v1/official?dataset=nepal-test", new StringContent(csv.Split('\n')[0] + "\n" + csv.Split('\n')[1] + "\n", Encoding.UTF8, "text/csv"));
        Assert.Equal(HttpStatusCode.Created, good.StatusCode);
        Assert.Equal(1, (await Json(good)).GetProperty("rows").GetInt32());
        var v = Assert.Single((await Json(await writer.GetAsync("/api/v1/pairs/NPL-BTN/volumes"))).GetProperty("items").EnumerateArray());
        Assert.Equal(("official", 1000m), (v.GetProperty("source").GetString(), v.GetProperty("value").GetDecimal()));
    }

    [Fact]
    public async Task TargetWithoutOfficialFiguresIsJudgedOnStatedOnes()
    {
        var writer = factory.Writer();
        var post = await writer.PostAsync("/api/v1/documents", new StringContent(
            "Kenya and Rwanda\n\nNAIROBI, 4 March 2021 - Trade between Kenya and Rwanda reached $300 million in 2020. "
            + "President John Kamau said the two countries want to lift trade to $500 million by 2023.\n"
            + "Kenya and Rwanda update\n", Encoding.UTF8, "text/plain"));
        Assert.Equal(HttpStatusCode.Created, post.StatusCode);
        var later = await writer.PostAsync("/api/v1/documents", new StringContent(
            "Kenya-Rwanda trade grows\n\nKIGALI, 9 February 2023 - Trade between Kenya and Rwanda rose to $450 million in 2022.\n", Encoding.UTF8, "text/plain"));
        Assert.Equal(HttpStatusCode.Created, later.StatusCode);
        var t = Assert.Single((await Json(await writer.GetAsync("/api/v1/pairs/KEN-RWA/targets"))).GetProperty("items").EnumerateArray());
        var e = t.GetProperty("evaluation");
        Assert.Equal("stated", e.GetProperty("basis").GetString());
        Assert.Equal(2022, e.GetProperty("latest").GetProperty("year").GetInt32());
        // The straight line from $300m (2020) to $500m (2023) stands at $433m in 2022; $450m is above it.
        Assert.Equal("on_track", e.GetProperty("status").GetString());

        var filtered = await Json(await writer.GetAsync("/api/v1/targets?country=Kenya&status=on_track"));
        Assert.Single(filtered.GetProperty("items").EnumerateArray());
    }

    [Theory]
    [InlineData("/api/v1/volumes?country=Atlantis", "unknown country 'Atlantis'")]
    [InlineData("/api/v1/volumes?currency=dollars", "three-letter ISO 4217")]
    [InlineData("/api/v1/volumes?format=xml", "not one of json, csv")]
    [InlineData("/api/v1/volumes?cursor=Zm9v", "cursor: is not one this API issued")]
    [InlineData("/api/v1/targets?status=winning", "not one of achieved")]
    public async Task FlatQueryErrorsAreProblems(string url, string detail)
    {
        var r = await factory.CreateClient().GetAsync(url);
        Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
        Assert.Contains(detail, (await Json(r)).GetProperty("detail").GetString());
    }

    [Theory]
    [InlineData("/api/v1/countries?format=csv&limit=1000", "iso3,iso2,m49,name,aliases,demonyms", 251)]
    [InlineData("/api/v1/pairs?format=csv&limit=1000", "key,a,b,firstYear", -1)]
    [InlineData("/api/v1/documents?format=csv", "id,title,publishedOn", -1)]
    [InlineData("/api/v1/pairs/BLR-KAZ/targets?format=csv", "id,pair,reporter", 3)]
    public async Task EveryListSpeaksCsv(string url, string header, int lines)
    {
        var r = await factory.CreateClient().GetAsync(url);
        Assert.Equal("text/csv", r.Content.Headers.ContentType?.MediaType);
        var body = (await r.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith(header, body[0]);
        if (lines > 0) Assert.Equal(lines, body.Length);
    }

    // The official rows come from ../shared (the ten-pair file): 21 years of Belarus's and Kazakhstan's exports, plus the header.
    [OfficialDataTheory]
    [InlineData("/api/v1/pairs/kz-by/volumes?format=csv&source=official&flow=exports", "pair,reporter,partner,flow,year", 43)]
    public Task OfficialListsSpeakCsv(string url, string header, int lines) => EveryListSpeaksCsv(url, header, lines);

    [Fact]
    public async Task CountryPagesCarryALinkToTheNext()
    {
        var r = await factory.CreateClient().GetAsync("/api/v1/countries?limit=10&q=an");
        var link = r.Headers.GetValues("Link").Single();
        Assert.Matches("^</api/v1/countries\\?limit=10&q=an&cursor=[A-Za-z0-9_-]+>; rel=\"next\"$", link);
    }
}

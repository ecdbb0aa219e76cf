using System.Net;
using System.Text;
using System.Text.Json;

namespace TradeApi.Tests;

// Issue 24, items 1-3: no 500 from one value or one cursor, and a 500 that does happen does not send an operator to restore a
// healthy database.
public class ValueBoundsTests(WriteApiFactory factory) : IClassFixture<WriteApiFactory>
{
    private static async Task<JsonElement> Json(HttpResponseMessage r) => JsonDocument.Parse(await r.Content.ReadAsStringAsync()).RootElement;

    private static HttpRequestMessage Patch(string url, string json, string etag)
    {
        var request = new HttpRequestMessage(HttpMethod.Patch, url) { Content = new StringContent(json, Encoding.UTF8, "application/merge-patch+json") };
        request.Headers.TryAddWithoutValidation("If-Match", etag);
        return request;
    }

    [Theory]
    [InlineData("0.00000000000000000001")]
    [InlineData("0.001")]
    public async Task AnAmountBelowACentIsRefusedWhereItEntersAndNothingBreaks(string tiny)
    {
        var writer = factory.Writer();
        var posted = await writer.PostAsync("/api/v1/documents", new StringContent(
            $"Benin and Niger ({tiny})\nCOTONOU, March 3, 2021 - Trade between Benin and Niger reached $400 million in 2019. The presidents agreed to raise trade between Benin and Niger to $1 billion by 2025.\n",
            Encoding.UTF8, "text/plain"));
        Assert.Equal(HttpStatusCode.Created, posted.StatusCode);
        var doc = await Json(await factory.CreateClient().GetAsync("/api/v1/documents/" + (await Json(posted)).GetProperty("id").GetString()));
        foreach (var (kind, fact) in new[] { ("targets", doc.GetProperty("targets")[0]), ("volumes", doc.GetProperty("volumes")[0]) })
        {
            var url = $"/api/v1/{kind}/{fact.GetProperty("id").GetInt64()}";
            var etag = (await factory.CreateClient().GetAsync(url)).Headers.ETag!.ToString();
            var r = await writer.SendAsync(Patch(url, $$"""{"review":"corrected","value":{{tiny}}}""", etag));
            Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
            Assert.Contains("cent", (await Json(r)).GetProperty("detail").GetString());
        }
        var import = await writer.PostAsync("/api/v1/official?dataset=tiny-values", new StringContent(
            $"refYear,reporterISO,partnerISO,flowCode,primaryValue\n2019,BEN,NER,X,{tiny}\n", Encoding.UTF8, "text/csv"));
        Assert.Equal(HttpStatusCode.BadRequest, import.StatusCode);
        Assert.Contains("cent", await import.Content.ReadAsStringAsync());
        foreach (var url in new[] { "/api/v1/targets", "/api/v1/pairs/BEN-NER/targets", "/api/v1/pairs/BEN-NER/mirror", "/api/v1/pairs/BEN-NER/chart.svg" })
            Assert.Equal(HttpStatusCode.OK, (await factory.CreateClient().GetAsync(url)).StatusCode);
    }

    [Theory]
    [InlineData("NaN|BLR-KAZ")]
    [InlineData("Infinity|BLR-KAZ")]
    [InlineData("-Infinity|BLR-KAZ")]
    [InlineData("1e400|BLR-KAZ")]
    public async Task ANonFiniteCursorIs400(string key)
    {
        var cursor = Convert.ToBase64String(Encoding.UTF8.GetBytes(key)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        foreach (var sort in new[] { "latestValue", "-latestValue" })
        {
            var r = await factory.CreateClient().GetAsync($"/api/v1/pairs?sort={sort}&cursor={cursor}");
            Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
            Assert.Equal("application/problem+json", r.Content.Headers.ContentType?.MediaType);
        }
    }

    // Issue 24, item 7: PostgreSQL cannot store a NUL character and SQLite can; both stores refuse it alike, with a 400 that says so,
    // instead of a 503 a client would retry for ever.
    [Fact]
    public async Task ANulCharacterIsRefusedOnEveryStore()
    {
        var writer = factory.Writer();
        var asJson = await writer.PostAsync("/api/v1/documents", new StringContent(
            """{"title":"Benin\u0000Niger","text":"Trade between Benin and Niger reached $400 million in 2019."}""", Encoding.UTF8, "application/json"));
        var asText = await writer.PostAsync("/api/v1/documents", new StringContent("Benin and Niger\nTrade between Benin\0 and Niger reached $400 million in 2019.", Encoding.UTF8, "text/plain"));
        var asSource = await writer.PostAsync("/api/v1/extract", new StringContent(
            """{"text":"Trade between Benin and Niger reached $400 million in 2019.","source":"https://gov.bj/\u0000"}""", Encoding.UTF8, "application/json"));
        foreach (var r in new[] { asJson, asText, asSource })
        {
            Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
            Assert.Contains("NUL", (await Json(r)).GetProperty("detail").GetString());
        }

        var posted = await writer.PostAsync("/api/v1/documents", new StringContent(
            "Benin and Niger (NUL test)\nCOTONOU, March 3, 2021 - Trade between Benin and Niger reached $400 million in 2019.\n", Encoding.UTF8, "text/plain"));
        Assert.Equal(HttpStatusCode.Created, posted.StatusCode);
        var doc = await Json(await factory.CreateClient().GetAsync("/api/v1/documents/" + (await Json(posted)).GetProperty("id").GetString()));
        var url = $"/api/v1/volumes/{doc.GetProperty("volumes")[0].GetProperty("id").GetInt64()}";
        var etag = (await factory.CreateClient().GetAsync(url)).Headers.ETag!.ToString();
        var patch = await writer.SendAsync(Patch(url, """{"review":"rejected","reason":"not\u0000trade"}""", etag));
        Assert.Equal(HttpStatusCode.BadRequest, patch.StatusCode);
        Assert.Contains("NUL", (await Json(patch)).GetProperty("detail").GetString());
        Assert.Equal("unreviewed", (await Json(await factory.CreateClient().GetAsync(url))).GetProperty("review").GetProperty("state").GetString());
    }

    // Issue 24, item 9: the same text again answers with what is stored, reviews included, not with a fresh extraction.
    [Fact]
    public async Task AReplayAfterACorrectionAnswersTheCorrectedFacts()
    {
        var writer = factory.Writer();
        const string text = "Benin and Togo (replay)\nLOME, March 3, 2021 - Trade between Benin and Togo reached $400 million in 2019. Exports from Benin to Togo were $150 million in 2019.\n";
        var first = await writer.PostAsync("/api/v1/documents", new StringContent(text, Encoding.UTF8, "text/plain"));
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        var doc = await Json(await factory.CreateClient().GetAsync("/api/v1/documents/" + (await Json(first)).GetProperty("id").GetString()));
        var ids = doc.GetProperty("volumes").EnumerateArray().Select(v => v.GetProperty("id").GetInt64()).ToArray();
        Assert.Equal(2, ids.Length);
        async Task Review(long id, string patch)
        {
            var url = $"/api/v1/volumes/{id}";
            var etag = (await factory.CreateClient().GetAsync(url)).Headers.ETag!.ToString();
            Assert.Equal(HttpStatusCode.OK, (await writer.SendAsync(Patch(url, patch, etag))).StatusCode);
        }
        await Review(ids[0], """{"value":410000000,"reason":"the statistics office says 410 million"}""");
        await Review(ids[1], """{"review":"rejected","reason":"a re-export figure"}""");

        var replay = await writer.PostAsync("/api/v1/documents", new StringContent(text, Encoding.UTF8, "text/plain"));
        Assert.Equal(HttpStatusCode.OK, replay.StatusCode);
        var volumes = (await Json(replay)).GetProperty("volumes");
        var v = Assert.Single(volumes.EnumerateArray());
        Assert.Equal(410_000_000m, v.GetProperty("value").GetDecimal());
        Assert.Equal(doc.GetProperty("volumes")[0].GetProperty("provenance").GetProperty("start").GetInt32(), v.GetProperty("evidence").GetProperty("start").GetInt32());
    }

    // Issue 24, item 10: a small gzip that expands to a mountain of blank lines is refused as it expands, not read line by line.
    [Fact]
    public async Task AGzipThatExpandsBeyondAnyCsvIsRefused()
    {
        using var packed = new MemoryStream();
        using (var gz = new System.IO.Compression.GZipStream(packed, System.IO.Compression.CompressionLevel.SmallestSize, leaveOpen: true))
        {
            var header = Encoding.UTF8.GetBytes("refYear,reporterISO,partnerISO,flowCode,primaryValue\n");
            gz.Write(header);
            var blank = new byte[1 << 20];
            Array.Fill(blank, (byte)'\n');
            for (var i = 0; i < 40; i++) gz.Write(blank);
        }
        var content = new ByteArrayContent(packed.ToArray());
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/gzip");
        var r = await factory.Writer().PostAsync("/api/v1/official?dataset=blank-bomb", content);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, r.StatusCode);
        Assert.Contains("more than 50 times the gzip body", (await Json(r)).GetProperty("detail").GetString());
    }

    // Issue 24, item 5: a cheap request may not name every country (each is an index range to read).
    [Theory]
    [InlineData("/api/v1/volumes?country=")]
    [InlineData("/api/v1/volumes?reporter=")]
    [InlineData("/api/v1/targets?country=")]
    public async Task AFilterNamesAtMostTwentyCountries(string prefix)
    {
        var all = Extraction.Gazetteer.Default.Countries.Select(c => c.Iso3).ToArray();
        Assert.Equal(HttpStatusCode.OK, (await factory.CreateClient().GetAsync(prefix + string.Join(',', all[..20]))).StatusCode);
        var r = await factory.CreateClient().GetAsync(prefix + string.Join(',', all[..21]) + "&format=csv");
        Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
        Assert.Contains("at most 20", (await Json(r)).GetProperty("detail").GetString());
    }

    // Issue 24, item 5: the flat list's reading stops when its request is aborted (the token reaches every query and row loop), so a
    // client that hangs up on a long CSV no longer leaves the service reading for minutes.
    [Fact]
    public void AnAbortedReadStopsAtOnce()
    {
        using var c = factory.OpenDatabase();
        var all = new Volumes.VolumeFilter([], [], [], null, null, null, null, null, null);
        Assert.NotEmpty(Volumes.FlatVolumes.Query(c, all, null, 10));
        using var aborted = new CancellationTokenSource();
        aborted.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => Volumes.FlatVolumes.Query(c, all, null, 1_000_000, aborted.Token));
        Assert.ThrowsAny<OperationCanceledException>(() => Volumes.FlatVolumes.Count(c, all, aborted.Token));
    }

    [Fact]
    public async Task AnAbortedCsvDownloadEndsWithoutAnError()
    {
        using var cts = new CancellationTokenSource();
        var client = factory.CreateClient();
        using var response = await client.GetAsync("/api/v1/volumes?format=csv", HttpCompletionOption.ResponseHeadersRead, cts.Token);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await using var body = await response.Content.ReadAsStreamAsync(cts.Token);
        Assert.True(await body.ReadAsync(new byte[64], cts.Token) > 0);
        cts.Cancel();
        // The service is still there and answers the next request.
        Assert.Equal(HttpStatusCode.OK, (await factory.CreateClient().GetAsync("/health/live")).StatusCode);
    }

    [Fact]
    public void AnUnexpected500IsAnInternalErrorNotADamagedDatabase()
    {
        Assert.Same(Infrastructure.Problems.Internal, Infrastructure.Problems.ForStatus(500));
        Assert.Same(Infrastructure.Problems.Busy, Infrastructure.Problems.ForStatus(503));
    }
}

// Conversions never throw: a figure or a rate at the edge of decimal's range converts to nothing, said as no rate, not a 500.
public class ConversionBoundsTests
{
    [Fact]
    public void AConversionThatDoesNotFitADecimalIsNull()
    {
        var rates = new TradeApi.Rates.RateTable([new TradeApi.Rates.Rate("XTS", 2019, 0.000001m, null), new TradeApi.Rates.Rate("XTT", 2019, 999_999_999_999m, null)]);
        Assert.Null(rates.ToUsd(decimal.MaxValue / 2, "XTS", 2019));
        Assert.Null(rates.ToUsd(decimal.MaxValue / 2, "XTS", 2030, latestIfMissing: true));
        Assert.Null(rates.FromUsd(decimal.MaxValue / 2, "XTT", 2019));
        Assert.Equal(2_000_000m, rates.ToUsd(2m, "XTS", 2019)!.Value);
        Assert.Equal(1_999_999_999_998m, rates.FromUsd(2m, "XTT", 2019));
        Assert.Null(rates.ToUsd(2m, "XTS", 2018));
        Assert.Null(rates.ToUsd(2m, "USD", 2019));
    }
}

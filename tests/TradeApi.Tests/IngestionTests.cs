using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace TradeApi.Tests;

public class IngestionTests(WriteApiFactory factory) : IClassFixture<WriteApiFactory>
{
    private const string Text = "Peru and Chile aim higher\n\nLIMA, 3 May 2022 - Trade between Peru and Chile reached $7.5 billion in 2021. "
        + "Foreign Minister Ana Ruiz said the two countries want to bring trade to $10 billion by 2025.\n";

    private static StringContent Plain(string s) => new(s, Encoding.UTF8, "text/plain");

    private static async Task<JsonElement> Json(HttpResponseMessage r) => JsonDocument.Parse(await r.Content.ReadAsStringAsync()).RootElement;

    // A text with no date of its own and no publishedOn is dated by its source address ("/2024/06/13/"), which resolves its "last year";
    // the stored document says that date.
    [Fact]
    public async Task ASourceAddressDatesATextThatHasNoDate()
    {
        var body = System.Text.Json.JsonSerializer.Serialize(new { text = "Envoy interview\n\nLast year, trade between Uruguay and Paraguay amounted to $1.9 billion.", source = "https://news.example.org/world/2024/06/13/572558.html" });
        var r = await factory.Writer().PostAsync("/api/v1/documents", new StringContent(body, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.Created, r.StatusCode);
        var created = await Json(r);
        var doc = await Json(await factory.CreateClient().GetAsync($"/api/v1/documents/{created.GetProperty("id").GetString()}"));
        Assert.Equal("2024-06-13", doc.GetProperty("publishedOn").GetString());
        var volume = Assert.Single(doc.GetProperty("volumes").EnumerateArray().ToList());
        Assert.Equal((2023, 1_900_000_000m), (volume.GetProperty("year").GetInt32(), volume.GetProperty("value").GetDecimal()));
    }

    [Fact]
    public async Task AnNdjsonBatchAnswersEveryLineInOrderAndStoresTheGoodOnes()
    {
        var first = System.Text.Json.JsonSerializer.Serialize(new { title = "Quito", text = "Trade between Colombia and Panama reached $2.4 billion in 2019.", publishedOn = "2020-03-01", source = "https://example.org/a" });
        var second = System.Text.Json.JsonSerializer.Serialize(new { text = "Trade between Panama and Costa Rica reached $1.1 billion in 2018." });
        var body = string.Join("\n", first, "", """{"text": "Trade reached $1 billion.", "publishedOn": "2021-13-01"}""", first, "not json", second) + "\n";
        var r = await factory.Writer().PostAsync("/api/v1/documents", new StringContent(body, Encoding.UTF8, "application/x-ndjson"));
        Assert.Equal((HttpStatusCode)207, r.StatusCode);
        var answer = await Json(r);
        Assert.Equal((2, 1, 2), (answer.GetProperty("created").GetInt32(), answer.GetProperty("existing").GetInt32(), answer.GetProperty("refused").GetInt32()));
        var items = answer.GetProperty("items").EnumerateArray().ToList();
        // Blank lines are skipped; every other line answered in order, by its number in the body.
        Assert.Equal([(1, 201), (3, 400), (4, 200), (5, 400), (6, 201)], items.Select(i => (i.GetProperty("line").GetInt32(), i.GetProperty("status").GetInt32())));
        Assert.Contains("publishedOn '2021-13-01'", items[1].GetProperty("detail").GetString());
        Assert.Equal(items[0].GetProperty("id").GetString(), items[2].GetProperty("id").GetString());
        // The stored document is what a single POST stores: its source, date and facts, each id GET-able.
        var doc = await Json(await factory.CreateClient().GetAsync($"/api/v1/documents/{items[0].GetProperty("id").GetString()}"));
        Assert.Equal(("https://example.org/a", "2020-03-01"), (doc.GetProperty("source").GetString(), doc.GetProperty("publishedOn").GetString()));
        var volumeId = Assert.Single(items[0].GetProperty("volumeIds").EnumerateArray().ToList()).GetInt64();
        var volume = await Json(await factory.CreateClient().GetAsync($"/api/v1/volumes/{volumeId}"));
        Assert.Equal((2019, 2_400_000_000m), (volume.GetProperty("year").GetInt32(), volume.GetProperty("value").GetDecimal()));

        // Too many lines is a 413 and stores nothing; an empty batch a 400.
        var many = string.Join("\n", Enumerable.Range(0, 1001).Select(i => System.Text.Json.JsonSerializer.Serialize(new { text = $"Line {i} of too many." })));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, (await factory.Writer().PostAsync("/api/v1/documents", new StringContent(many, Encoding.UTF8, "application/x-ndjson"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await factory.CreateClient().GetAsync($"/api/v1/documents/{TradeApi.Documents.DocumentsStore.IdOf("Line 0 of too many.")}")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await factory.Writer().PostAsync("/api/v1/documents", new StringContent("\n\n", Encoding.UTF8, "application/x-ndjson"))).StatusCode);
    }

    [Theory]
    [InlineData(null, "needs an API key")]
    [InlineData("wrong-key", "not valid")]
    public async Task WritesWithoutTheRightKeyAre401AndStoreNothing(string? key, string detail)
    {
        var client = factory.CreateClient();
        if (key is not null) client.DefaultRequestHeaders.Add("X-Api-Key", key);
        var r = await client.PostAsync("/api/v1/documents", Plain(Text.Replace("Peru", "Bolivia")));
        Assert.Equal(HttpStatusCode.Unauthorized, r.StatusCode);
        Assert.Equal("application/problem+json", r.Content.Headers.ContentType?.MediaType);
        Assert.Contains(detail, (await Json(r)).GetProperty("detail").GetString());
        var pairs = await Json(await client.GetAsync("/api/v1/pairs?limit=1000"));
        Assert.DoesNotContain(pairs.GetProperty("items").EnumerateArray(), p => p.GetProperty("key").GetString() == "BOL-CHL");
    }

    [Fact]
    public async Task IngestStoresFactsOnceAndDeleteRemovesThem()
    {
        var writer = factory.Writer();
        var text = Text.Replace("Peru", "Ecuador");
        var first = await writer.PostAsync("/api/v1/documents", Plain(text));
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        var body = await Json(first);
        var id = body.GetProperty("id").GetString()!;
        Assert.Equal($"/api/v1/documents/{id}", first.Headers.Location?.ToString());
        var volume = Assert.Single(body.GetProperty("volumes").EnumerateArray());
        Assert.Equal((7_500_000_000m, 2021), (volume.GetProperty("value").GetDecimal(), volume.GetProperty("year").GetInt32()));
        var target = Assert.Single(body.GetProperty("targets").EnumerateArray());
        Assert.Equal(("Ana Ruiz", 2025), (target.GetProperty("speaker").GetString(), target.GetProperty("byYear").GetInt32()));

        var again = await writer.PostAsync("/api/v1/documents", Plain(text));
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(id, (await Json(again)).GetProperty("id").GetString());
        var volumes = await Json(await writer.GetAsync("/api/v1/pairs/CHL-ECU/volumes"));
        Assert.Single(volumes.GetProperty("items").EnumerateArray());

        Assert.Equal(HttpStatusCode.NoContent, (await writer.DeleteAsync($"/api/v1/documents/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await writer.GetAsync("/api/v1/pairs/CHL-ECU/volumes")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await writer.DeleteAsync($"/api/v1/documents/{id}")).StatusCode);
    }

    [Fact]
    public async Task TenIdenticalConcurrentPostsStoreOneDocument()
    {
        var writer = factory.Writer();
        var text = Text.Replace("Peru", "Paraguay");
        var responses = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => writer.PostAsync("/api/v1/documents", Plain(text))));
        Assert.Equal(1, responses.Count(r => r.StatusCode == HttpStatusCode.Created));
        Assert.Equal(9, responses.Count(r => r.StatusCode == HttpStatusCode.OK));
        var ids = await Task.WhenAll(responses.Select(async r => (await Json(r)).GetProperty("id").GetString()));
        Assert.Single(ids.Distinct());
        var volumes = await Json(await writer.GetAsync("/api/v1/pairs/CHL-PRY/volumes"));
        Assert.Single(volumes.GetProperty("items").EnumerateArray());
    }

    [Fact]
    public async Task JsonBodyWithDateResolvesRelativeYears()
    {
        var r = await factory.Writer().PostAsJsonAsync("/api/v1/documents", new
        {
            title = "Uruguay and Chile",
            text = "Trade between Uruguay and Chile amounted to $900 million last year.",
            publishedOn = "2020-06-01",
            source = "test",
        });
        Assert.Equal(HttpStatusCode.Created, r.StatusCode);
        var v = Assert.Single((await Json(r)).GetProperty("volumes").EnumerateArray());
        Assert.Equal(2019, v.GetProperty("year").GetInt32());
    }

    [Fact]
    public async Task BodyOverOneMebibyteIs413()
    {
        var r = await factory.Writer().PostAsync("/api/v1/documents", Plain("Title\n\n" + new string('x', 1024 * 1024 + 10)));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, r.StatusCode);
        Assert.Contains("limit", (await Json(r)).GetProperty("detail").GetString());
    }

    [Theory]
    [InlineData("text/plain", "   ", 400, "empty")]
    [InlineData("application/json", "{\"title\":\"x\"}", 400, "text is required")]
    [InlineData("application/json", "{not json", 400, "not the JSON object")]
    [InlineData("application/xml", "<doc/>", 415, "is not accepted here; send application/json or text/plain")]
    [InlineData("application/json", "{\"title\":123,\"text\":\"x\"}", 400, "at $.title")]
    [InlineData("application/json", "{\"text\":\"Trade\",\"publishedOn\":\"0001-01-01\"}", 400, "outside 1900-01-01 to 2100-12-31")]
    [InlineData("application/json", "{\"text\":\"Trade\",\"publishedOn\":\"9999-12-31\"}", 400, "outside 1900-01-01 to 2100-12-31")]
    public async Task BadBodiesAreProblems(string contentType, string body, int status, string detail)
    {
        var r = await factory.Writer().PostAsync("/api/v1/documents", new StringContent(body, Encoding.UTF8, contentType));
        Assert.Equal(status, (int)r.StatusCode);
        Assert.Equal("application/problem+json", r.Content.Headers.ContentType?.MediaType);
        var problem = await Json(r);
        // The router itself refuses media types the operation does not accept; its problem has a title, not a detail.
        var text = problem.TryGetProperty("detail", out var d) ? d.GetString() : problem.GetProperty("title").GetString();
        Assert.Contains(detail, text);
        Assert.DoesNotContain("TradeApi.", text);
    }

    [Fact]
    public async Task InvalidUtf8Is400()
    {
        var content = new ByteArrayContent([0x54, 0x69, 0xC3, 0x28, 0xFF]);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("text/plain");
        var r = await factory.Writer().PostAsync("/api/v1/documents", content);
        Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
        Assert.Contains("UTF-8", (await Json(r)).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task ExtractStoresNothing()
    {
        var writer = factory.Writer();
        var r = await writer.PostAsync("/api/v1/extract", Plain(Text.Replace("Peru", "Venezuela")));
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        var body = await Json(r);
        Assert.Equal(JsonValueKind.Null, body.GetProperty("id").ValueKind);
        Assert.Single(body.GetProperty("volumes").EnumerateArray());
        Assert.Equal(HttpStatusCode.NotFound, (await writer.GetAsync("/api/v1/pairs/CHL-VEN/volumes")).StatusCode);
    }

    [Fact]
    public async Task ARestatedAmountIsStoredOnItsFactNotAsASecondFact()
    {
        var writer = factory.Writer();
        var text = "Spain and Morocco\n\nRABAT, 4 May 2021 - Trade between Spain and Morocco reached 15 billion euros ($16.3 billion) in 2020.\n";
        Assert.Equal(HttpStatusCode.Created, (await writer.PostAsync("/api/v1/documents", Plain(text))).StatusCode);
        var v = Assert.Single((await Json(await writer.GetAsync("/api/v1/pairs/ESP-MAR/volumes?source=stated"))).GetProperty("items").EnumerateArray());
        Assert.Equal((15_000_000_000m, "EUR"), (v.GetProperty("value").GetDecimal(), v.GetProperty("currency").GetString()));
        var restated = v.GetProperty("restated");
        Assert.Equal((16_300_000_000m, "USD"), (restated.GetProperty("value").GetDecimal(), restated.GetProperty("currency").GetString()));
    }
}

using System.Net;
using System.Text;
using System.Text.Json;

namespace TradeApi.Tests;

// Ordinary input that once broke whole endpoints until it was deleted: a historical text, an absurd official value.
public class HistoricalInputTests(WriteApiFactory factory) : IClassFixture<WriteApiFactory>
{
    private static async Task<JsonElement> Json(HttpResponseMessage r) => JsonDocument.Parse(await r.Content.ReadAsStringAsync()).RootElement;

    [Fact]
    public async Task ATextFromBeforeTheOfficialFiguresKeepsEveryTargetEndpointAnswering()
    {
        var writer = factory.Writer();
        // Official figures for RUS-CHN start in 2000: none lies between the 1996 statement and its 1999 deadline.
        var csv = "refYear,reporterISO,partnerISO,flowCode,primaryValue\n2000,RUS,CHN,X,5000000000\n2000,RUS,CHN,M,3000000000\n2005,RUS,CHN,X,13000000000\n2005,RUS,CHN,M,16000000000\n";
        Assert.Equal(HttpStatusCode.Created, (await writer.PostAsync("/api/v1/official?dataset=history-test", new StringContent(csv, Encoding.UTF8, "text/csv"))).StatusCode);
        var text = "Yeltsin and Jiang pledge more trade\n\nBEIJING, April 25, 1996 - Trade between Russia and China reached $6.8 billion in 1995. "
            + "The two leaders agreed to raise bilateral trade to $20 billion by 1999.\n";
        Assert.Equal(HttpStatusCode.Created, (await writer.PostAsync("/api/v1/documents", new StringContent(text, Encoding.UTF8, "text/plain"))).StatusCode);

        foreach (var url in new[] { "/api/v1/targets", "/api/v1/targets?country=RUS", "/api/v1/pairs/RUS-CHN/targets", "/api/v1/pairs/RUS-CHN" })
            Assert.Equal(HttpStatusCode.OK, (await writer.GetAsync(url)).StatusCode);
        var t = Assert.Single((await Json(await writer.GetAsync("/api/v1/pairs/RUS-CHN/targets"))).GetProperty("items").EnumerateArray());
        var evaluation = t.GetProperty("evaluation");
        Assert.Equal(("no_data", 1999), (evaluation.GetProperty("status").GetString(), evaluation.GetProperty("deadline").GetInt32()));
    }

    [Fact]
    public async Task AnOfficialValueBeyondAnyEconomyIsRefusedAndNothingIsStored()
    {
        var writer = factory.Writer();
        var csv = "refYear,reporterISO,partnerISO,flowCode,primaryValue\n2020,ARM,AZE,X,79228162514264337593543950335\n2020,ARM,AZE,M,1\n";
        var r = await writer.PostAsync("/api/v1/official?dataset=overflow-test", new StringContent(csv, Encoding.UTF8, "text/csv"));
        Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
        var error = Assert.Single((await Json(r)).GetProperty("errors").EnumerateArray());
        Assert.Equal(2, error.GetProperty("line").GetInt32());
        Assert.Contains("1E+015", error.GetProperty("problem").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await writer.GetAsync("/api/v1/pairs/ARM-AZE")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await writer.GetAsync("/api/v1/pairs")).StatusCode);
    }
}

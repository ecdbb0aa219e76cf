using System.Net;
using System.Text.Json;

namespace TradeApi.Tests;

// Every documented error is problem details that say what was wrong and what is accepted.
public class ProblemTests(TradeApiFactory factory) : IClassFixture<TradeApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Theory]
    [InlineData("/api/v1/countries/XYZ", 404, "unknown country 'XYZ'")]
    [InlineData("/api/v1/pairs/BLR-XYZ/volumes", 404, "unknown country 'XYZ'")]
    [InlineData("/api/v1/pairs/BLRKAZ", 400, "join two countries with '-'")]
    [InlineData("/api/v1/pairs/BLR-BY", 400, "two different countries")]
    [InlineData("/api/v1/pairs/RUS-CHN-IND", 400, "names 3 (RUS, CHN, IND)")]
    [InlineData("/api/v1/targets?byYear=1200", 400, "byYear: must be a year between 1900 and 2100")]
    [InlineData("/api/v1/volumes?year=3000", 400, "year: must be a year between 1900 and 2100")]
    [InlineData("/api/v1/pairs/FRA-PER/targets", 404, "no facts for pair FRA-PER")]
    [InlineData("/api/v1/pairs/BLR-KAZ/volumes?from=2015&to=2010", 400, "from: 2015 is after to (2010)")]
    [InlineData("/api/v1/pairs/BLR-KAZ/volumes?from=1200", 400, "between 1900 and 2100")]
    [InlineData("/api/v1/pairs/BLR-KAZ/volumes?flow=sideways", 400, "not one of total, exports, imports")]
    [InlineData("/api/v1/pairs/BLR-KAZ/volumes?source=rumour", 400, "not one of stated, official")]
    [InlineData("/api/v1/pairs?limit=0", 400, "limit: must be between 1 and 1000")]
    [InlineData("/api/v1/pairs?limit=5000", 400, "limit: must be between 1 and 1000")]
    [InlineData("/api/v1/documents?cursor=%%%", 400, "cursor: is not one this API issued")]
    [InlineData("/api/v1/documents/zzzz", 400, "16 lowercase hex digits")]
    [InlineData("/api/v1/documents/0123456789abcdef", 404, "no document with id 0123456789abcdef")]
    public async Task BadRequestsAnswerProblemDetails(string url, int status, string detail)
    {
        var response = await _client.GetAsync(url);
        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(status, body.GetProperty("status").GetInt32());
        Assert.Contains(detail, body.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task WrongTypeInQueryIsABadRequestNotAServerError()
    {
        var response = await _client.GetAsync("/api/v1/pairs/BLR-KAZ/volumes?from=last-year");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task UnknownRouteIsProblemDetails()
    {
        var response = await _client.GetAsync("/api/v1/nothing-here");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}

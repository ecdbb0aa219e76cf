using Microsoft.AspNetCore.Hosting;

namespace TradeApi.Tests;

// The service with an API key and rate limits out of the way, for tests that write thousands of times.
public sealed class UnthrottledFactory : TradeApiFactory
{
    protected override void Configure(IWebHostBuilder builder)
    {
        builder.UseSetting("Auth:ApiKeys:0", WriteApiFactory.Key);
        builder.UseSetting("RateLimits:ReadsPerWindow", "1000000");
        builder.UseSetting("RateLimits:WritesPerWindow", "1000000");
    }

    public HttpClient Writer()
    {
        var c = CreateClient();
        c.DefaultRequestHeaders.Add("X-Api-Key", WriteApiFactory.Key);
        return c;
    }
}

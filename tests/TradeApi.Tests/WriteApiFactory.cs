using Microsoft.AspNetCore.Hosting;

namespace TradeApi.Tests;

// The service with one API key and one dashboard origin configured.
public sealed class WriteApiFactory : TradeApiFactory
{
    public const string Key = "test-key-7f3a";
    public const string Origin = "https://dash.example";

    protected override void Configure(IWebHostBuilder builder)
    {
        builder.UseSetting("Auth:ApiKeys:0", Key);
        builder.UseSetting("Cors:Origins:0", Origin);
    }

    public HttpClient Writer()
    {
        var c = CreateClient();
        c.DefaultRequestHeaders.Add("X-Api-Key", Key);
        return c;
    }
}

using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using TradeApi.Security;

namespace TradeApi.Tests;

public class SecurityTests(SecurityTests.LimitedFactory factory) : IClassFixture<SecurityTests.LimitedFactory>
{
    public sealed class LimitedFactory : TradeApiFactory
    {
        protected override void Configure(IWebHostBuilder builder)
        {
            builder.UseSetting("RateLimits:ReadsPerWindow", "1000");
            builder.UseSetting("RateLimits:WritesPerWindow", "3");
            builder.UseSetting("Auth:ApiKeys:0", "k1");
        }
    }

    private IEnumerable<RouteEndpoint> Endpoints() =>
        factory.Services.GetServices<EndpointDataSource>().SelectMany(s => s.Endpoints).OfType<RouteEndpoint>();

    [Fact]
    public void EveryEndpointThatIsNotAReadNeedsAKey()
    {
        _ = factory.CreateClient();
        // POST /api/v1/check stores nothing and is open to readers (issue 20): a read sent as a POST for its body, under the read limit.
        var writes = Endpoints().Where(e => e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods.Any(m => m is not ("GET" or "HEAD")) == true)
            .Where(e => e.RoutePattern.RawText != "/api/v1/check").ToList();
        Assert.NotEmpty(writes);
        Assert.All(writes, e => Assert.True(e.Metadata.GetMetadata<RequiresApiKey>() is not null, $"{e.RoutePattern.RawText} has no API key requirement"));
    }

    [Fact]
    public void MappedRoutesEqualTheContractPaths()
    {
        _ = factory.CreateClient();
        var mapped = Endpoints().Where(e => e.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.IExcludeFromDescriptionMetadata>()?.ExcludeFromDescription != true)
            .Select(e => "/" + e.RoutePattern.RawText!.Trim('/')).Where(p => p.StartsWith("/api") || p.StartsWith("/health") || p.StartsWith("/problems"))
            .Select(p => p == "/api/v1/countries" || p.EndsWith('/') ? p.TrimEnd('/') : p).Distinct().Order().ToList();
        var yaml = File.ReadAllText(Path.Combine(TradeApiFactory.RepoRoot(), "openapi.yaml"));
        var documented = Regex.Matches(yaml, "^  '?(/[^:']+)'?:", RegexOptions.Multiline).Select(m => m.Groups[1].Value).Distinct().Order().ToList();
        Assert.Equal(documented, mapped);
    }

    [Fact]
    public async Task WritesOverTheLimitAre429WithRetryAfter()
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", "k1");
        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? last = null;
        for (var i = 0; i < 5; i++)
        {
            last = await client.PostAsync("/api/v1/extract", new StringContent("Title\n\nNothing here.", System.Text.Encoding.UTF8, "text/plain"));
            statuses.Add(last.StatusCode);
        }
        Assert.Equal(3, statuses.Count(s => s == HttpStatusCode.OK));
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
        Assert.True(int.Parse(last!.Headers.GetValues("Retry-After").Single()) >= 1);
        Assert.Equal("application/problem+json", last.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task ResponsesCarrySecurityHeadersAndNoStackTraces()
    {
        var r = await factory.CreateClient().GetAsync("/api/v1/pairs/XX-YY");
        Assert.Equal("nosniff", r.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("no-referrer", r.Headers.GetValues("Referrer-Policy").Single());
        var body = await r.Content.ReadAsStringAsync();
        Assert.DoesNotContain("   at ", body);
        Assert.DoesNotContain("Exception", body);
    }

    [Fact]
    public async Task OverlongQueryIs414()
    {
        var r = await factory.CreateClient().GetAsync("/api/v1/countries?q=" + new string('a', 3000));
        Assert.Equal(HttpStatusCode.RequestUriTooLong, r.StatusCode);
        Assert.Equal("application/problem+json", r.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("DELETE", "/api/v1/pairs", "GET")]
    [InlineData("PUT", "/api/v1/documents/0123456789abcdef", "DELETE, GET")]
    [InlineData("PATCH", "/api/v1/volumes", "GET")]
    public async Task UndocumentedMethodsAre405WithAllow(string method, string url, string allow)
    {
        var r = await factory.CreateClient().SendAsync(new HttpRequestMessage(new HttpMethod(method), url));
        Assert.Equal(HttpStatusCode.MethodNotAllowed, r.StatusCode);
        Assert.Equal(allow, string.Join(", ", r.Content.Headers.Allow.Order()));
    }

    // SQL is a constant beside its method, with parameters; text built by concatenation or interpolation is refused here.
    [Fact]
    public void NoSqlIsBuiltFromStrings()
    {
        var src = Path.Combine(TradeApiFactory.RepoRoot(), "src");
        var sqlWord = new Regex("\\b(SELECT|INSERT|UPDATE|DELETE|CREATE|DROP|PRAGMA)\\b");
        var offenders = new List<string>();
        foreach (var file in Directory.GetFiles(src, "*.cs", SearchOption.AllDirectories).Where(f => !f.Contains("/obj/") && !f.Contains("/bin/")))
        {
            var lines = File.ReadAllLines(file);
            for (var i = 0; i < lines.Length; i++)
            {
                var line = lines[i];
                var interpolated = Regex.IsMatch(line, "\\$@?\"[^\"]*\\b(SELECT|INSERT|UPDATE|DELETE|CREATE|DROP)\\b") || Regex.IsMatch(line, "\\$\"\"\"");
                var concatenated = sqlWord.IsMatch(line) && Regex.IsMatch(line, "\"\\s*\\+\\s*[A-Za-z_(]|[A-Za-z_)]\\s*\\+\\s*\"") && line.Contains("\"");
                var executedInline = Regex.IsMatch(line, "\\.(Execute|ExecuteScalar|Query\\w*)(<[^>]+>)?\\(\\s*[^\"\\s,)]+\\s*\\+");
                if ((interpolated && sqlWord.IsMatch(line)) || (concatenated && Regex.IsMatch(line, "\"[^\"]*\\b(SELECT|INSERT|UPDATE|DELETE)\\b")) || executedInline)
                    offenders.Add($"{Path.GetRelativePath(src, file)}:{i + 1}: {line.Trim()}");
            }
        }
        Assert.True(offenders.Count == 0, "SQL built from strings:\n" + string.Join("\n", offenders));
    }
}

// Retry-After is the time left in the client's window, not the window's length (issue 22, item 7): waiting it out is enough.
public class RetryAfterTests(RetryAfterTests.TwoReadsFactory factory) : IClassFixture<RetryAfterTests.TwoReadsFactory>
{
    public sealed class TwoReadsFactory : TradeApiFactory
    {
        protected override void Configure(IWebHostBuilder builder)
        {
            builder.UseSetting("RateLimits:ReadsPerWindow", "2");
            builder.UseSetting("RateLimits:WindowSeconds", "60");
        }
    }

    [Fact]
    public async Task RetryAfterCountsDownTheWindow()
    {
        var client = factory.CreateClient();
        for (var i = 0; i < 2; i++) Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/countries/BLR")).StatusCode);
        var first = await client.GetAsync("/api/v1/countries/BLR");
        Assert.Equal(HttpStatusCode.TooManyRequests, first.StatusCode);
        var before = int.Parse(first.Headers.GetValues("Retry-After").Single());
        Assert.InRange(before, 1, 60);
        await Task.Delay(TimeSpan.FromSeconds(2.2));
        var later = await client.GetAsync("/api/v1/countries/BLR");
        Assert.Equal(HttpStatusCode.TooManyRequests, later.StatusCode);
        var after = int.Parse(later.Headers.GetValues("Retry-After").Single());
        // Two seconds later the wait is at least two seconds shorter (the window's whole length was said every time before).
        Assert.True(after <= before - 2, $"Retry-After {before}, then {after} 2.2 s later");
        Assert.Contains($"retry after {after} second(s)", await later.Content.ReadAsStringAsync());
    }
}

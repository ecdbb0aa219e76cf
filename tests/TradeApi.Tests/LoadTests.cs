using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace TradeApi.Tests;

// 8 writers and 32 readers at once for LOAD_SECONDS (15 in CI; bench/reliability.sh runs 60): no 5xx, every acknowledged
// document present with all its facts, no duplicates, and no "database is locked" anywhere in the log.
public class LoadTests(Xunit.Abstractions.ITestOutputHelper output)
{
    private sealed class LogSink : ILoggerProvider
    {
        public readonly ConcurrentQueue<string> Lines = new();
        public ILogger CreateLogger(string category) => new Sink(this);
        public void Dispose() { }

        private sealed class Sink(LogSink owner) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
            public bool IsEnabled(LogLevel level) => level >= LogLevel.Information;
            public void Log<TState>(LogLevel level, EventId id, TState state, Exception? e, Func<TState, Exception?, string> format) =>
                owner.Lines.Enqueue(format(state, e) + " " + e);
        }
    }

    private sealed class LoadFactory(LogSink sink) : TradeApiFactory
    {
        protected override void Configure(IWebHostBuilder builder)
        {
            builder.UseSetting("Auth:ApiKeys:0", "load");
            builder.UseSetting("RateLimits:ReadsPerWindow", "1000000");
            builder.UseSetting("RateLimits:WritesPerWindow", "1000000");
            builder.ConfigureServices(s => s.AddSingleton<ILoggerProvider>(sink));
        }
    }

    public static int Seconds => int.TryParse(Environment.GetEnvironmentVariable("LOAD_SECONDS"), out var s) ? s : 15;

    [Fact]
    public async Task WritersAndReadersTogetherLoseNothing()
    {
        var sink = new LogSink();
        using var factory = new LoadFactory(sink);
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", "load");
        var stop = DateTime.UtcNow.AddSeconds(Seconds);
        var acknowledged = new ConcurrentDictionary<string, int>();
        var statuses = new ConcurrentDictionary<int, int>();
        var counter = 0;
        string[] reads = ["/api/v1/pairs", "/api/v1/volumes?limit=200", "/api/v1/targets", "/api/v1/meta", "/api/v1/documents", "/api/v1/pairs/BLR-KAZ/targets", "/health/ready"];

        var writers = Enumerable.Range(0, 8).Select(w => Task.Run(async () =>
        {
            var rng = new Random(w);
            while (DateTime.UtcNow < stop)
            {
                var n = Interlocked.Increment(ref counter);
                var r = await client.PostAsync("/api/v1/documents", new StringContent(SyntheticDocuments.Make(n, rng), Encoding.UTF8, "text/plain"));
                statuses.AddOrUpdate((int)r.StatusCode, 1, (_, c) => c + 1);
                if (r.StatusCode is HttpStatusCode.Created)
                {
                    var body = JsonDocument.Parse(await r.Content.ReadAsStringAsync()).RootElement;
                    acknowledged[body.GetProperty("id").GetString()!] = body.GetProperty("volumes").GetArrayLength() + body.GetProperty("targets").GetArrayLength();
                }
            }
        }));
        var readers = Enumerable.Range(0, 32).Select(r => Task.Run(async () =>
        {
            var rng = new Random(100 + r);
            while (DateTime.UtcNow < stop)
            {
                var response = await client.GetAsync(reads[rng.Next(reads.Length)]);
                statuses.AddOrUpdate((int)response.StatusCode, 1, (_, c) => c + 1);
            }
        }));
        await Task.WhenAll(writers.Concat(readers));

        Assert.DoesNotContain(statuses.Keys, s => s >= 500);
        Assert.True(acknowledged.Count >= 8, $"only {acknowledged.Count} documents acknowledged");
        foreach (var (id, facts) in acknowledged)
        {
            var doc = JsonDocument.Parse(await client.GetStringAsync($"/api/v1/documents/{id}")).RootElement;
            Assert.Equal(facts, doc.GetProperty("volumes").GetArrayLength() + doc.GetProperty("targets").GetArrayLength());
        }
        var meta = JsonDocument.Parse(await client.GetStringAsync("/api/v1/meta")).RootElement;
        Assert.Equal(acknowledged.Count + 1, meta.GetProperty("documents").GetInt32()); // plus the seeded founding document
        Assert.DoesNotContain(sink.Lines, l => l.Contains("database is locked", StringComparison.OrdinalIgnoreCase));
        output.WriteLine($"load: {Seconds}s, {statuses.Values.Sum()} requests ({string.Join(", ", statuses.OrderBy(k => k.Key).Select(k => $"{k.Key}: {k.Value}"))}), {acknowledged.Count} documents");
    }
}

using TradeApi.Health;
using System.Diagnostics;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Data.Sqlite;

namespace TradeApi.Tests;

// Another process holds the database's write lock for LOCK_SECONDS (10 by default): reads keep answering, and a write either
// lands after the lock is released or answers 503 with Retry-After within the configured bound, never hangs or fails with 500.
public class LockTests(Xunit.Abstractions.ITestOutputHelper output)
{
    private sealed class LockFactory : TradeApiFactory
    {
        protected override void Configure(IWebHostBuilder builder)
        {
            builder.UseSetting("Auth:ApiKeys:0", "lock");
            builder.UseSetting("Storage:TotalTimeoutSeconds", "3");
            builder.UseSetting("Storage:BusyTimeoutSeconds", "1");
            builder.UseSetting("RateLimits:ReadsPerWindow", "1000000");
            builder.UseSetting("RateLimits:WritesPerWindow", "1000000");
        }
    }

    public static int Seconds => int.TryParse(Environment.GetEnvironmentVariable("LOCK_SECONDS"), out var s) ? s : 10;

    [SqliteFact("a SQLite file locked by another connection")]
    public async Task ReadsContinueAndWritesWaitOrAnswer503WhileLocked()
    {
        using var factory = new LockFactory();
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", "lock");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/meta")).StatusCode);
        // As a balancer would have: readiness seen before the lock is taken.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready")).StatusCode);

        using (var holder = new SqliteConnection($"Data Source={factory.DatabasePath}"))
        {
            holder.Open();
            using (var cmd = holder.CreateCommand())
            {
                cmd.CommandText = "BEGIN EXCLUSIVE";
                cmd.ExecuteNonQuery();
            }
            var until = DateTime.UtcNow.AddSeconds(Seconds);
            var reads = 0;
            var writeOutcomes = new List<(HttpStatusCode Status, string? RetryAfter)>();
            var writer = Task.Run(async () =>
            {
                var n = 0;
                while (DateTime.UtcNow < until)
                {
                    var r = await client.PostAsync("/api/v1/documents", new StringContent(SyntheticDocuments.Make(++n, new Random(n)), Encoding.UTF8, "text/plain"));
                    lock (writeOutcomes) writeOutcomes.Add((r.StatusCode, r.Headers.RetryAfter?.ToString()));
                }
            });
            // Readiness answers the last probe's state without waiting on the lock: a write holding the database (an import moving its
            // rows) leaves a healthy replica ready (issue 24, item 5); it turns 503 only after ReadinessProbe.LockGrace.
            var sw = Stopwatch.StartNew();
            var ready = await client.GetAsync("/health/ready");
            Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
            await Task.Delay(ReadinessProbe.Interval + TimeSpan.FromSeconds(3));
            ready = await client.GetAsync("/health/ready");
            Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
            output.WriteLine($"readiness while locked: {await ready.Content.ReadAsStringAsync()} ({sw.ElapsedMilliseconds} ms for both)");
            while (DateTime.UtcNow < until)
            {
                var r = await client.GetAsync("/api/v1/pairs/BLR-KAZ/volumes");
                Assert.Equal(HttpStatusCode.OK, r.StatusCode);
                reads++;
            }
            // Writes answer while the lock is still held (503 after the busy and total timeouts), they do not wait for its release.
            int answeredWhileLocked;
            lock (writeOutcomes) answeredWhileLocked = writeOutcomes.Count(o => o.Status == HttpStatusCode.ServiceUnavailable);
            await writer;
            Assert.True(answeredWhileLocked > 0, "no write answered while the lock was held");
            using (var cmd = holder.CreateCommand())
            {
                cmd.CommandText = "ROLLBACK";
                cmd.ExecuteNonQuery();
            }
            Assert.True(reads > 10, $"only {reads} reads answered while locked");
            Assert.NotEmpty(writeOutcomes);
            Assert.All(writeOutcomes, o =>
            {
                Assert.True(o.Status is HttpStatusCode.ServiceUnavailable or HttpStatusCode.Created, $"write answered {o.Status}");
                if (o.Status == HttpStatusCode.ServiceUnavailable) Assert.NotNull(o.RetryAfter);
            });
            output.WriteLine($"lock: {Seconds}s held, {reads} reads answered, writes: {string.Join(", ", writeOutcomes.GroupBy(o => o.Status).Select(g => $"{(int)g.Key} x{g.Count()}"))}");
        }
        // Released: ready again, and the next write lands.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready")).StatusCode);
        var after = await client.PostAsync("/api/v1/documents", new StringContent(SyntheticDocuments.Make(9999, new Random(1)), Encoding.UTF8, "text/plain"));
        Assert.Equal(HttpStatusCode.Created, after.StatusCode);
    }
}

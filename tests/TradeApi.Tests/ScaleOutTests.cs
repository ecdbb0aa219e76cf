using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using Dapper;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using TradeApi.Storage.Postgres;

namespace TradeApi.Tests;

/// <summary>A test of PostgreSQL deployments: it runs in test.sh's PostgreSQL run (TRADEAPI_TEST_STORE=Postgres), skips in the SQLite one.</summary>
public sealed class PostgresRunFactAttribute : FactAttribute
{
    public PostgresRunFactAttribute()
    {
        if (!TestStore.IsPostgres) Skip = "runs in the PostgreSQL run of test.sh (TRADEAPI_TEST_STORE=Postgres); CI runs it there";
    }
}

// One service replica on a given PostgreSQL database (what a load balancer's backends are), or the SQLite service a migration
// starts from; writes and reads unthrottled, one API key.
public sealed class ReplicaFactory : TradeApiFactory
{
    public ReplicaFactory(string connectionString) : base("Postgres", connectionString) { }

    private ReplicaFactory() : base("Sqlite") { }

    /// <summary>The SQLite service, whatever the run's store.</summary>
    public static ReplicaFactory OnSqlite() => new();

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

public class ScaleOutTests
{
    private static async Task<JsonElement> Json(HttpResponseMessage r) => JsonDocument.Parse(await r.Content.ReadAsStringAsync()).RootElement;

    private static StringContent Text(string text) => new(text, Encoding.UTF8, "text/plain");

    [PostgresRunFact]
    public async Task TwoReplicasStartingTogetherSeedOnceAndServeEachOthersWritesAtOnce()
    {
        using var scratch = TestStore.Scratch();
        var connection = scratch.ConnectionString;
        using var a = new ReplicaFactory(connection);
        using var b = new ReplicaFactory(connection);
        // Both start (migrate, seed) at the same moment on the empty database.
        var clients = await Task.WhenAll(Task.Run(a.Writer), Task.Run(b.Writer));
        var (writerA, readerB) = (clients[0], clients[1]);
        using (var c = new NpgsqlConnection(connection))
        {
            Assert.Equal(1, c.ExecuteScalar<long>("SELECT COUNT(*) FROM documents"));
            Assert.Equal(1, c.ExecuteScalar<long>("SELECT COUNT(*) FROM volumes"));
            Assert.Equal(SharedData.Official(SharedData.TenPairs) is null ? 0 : 832, c.ExecuteScalar<long>("SELECT COUNT(*) FROM official_figures"));
            Assert.Equal(PostgresMigrations.Latest, c.ExecuteScalar<int>("SELECT MAX(version) FROM schema_version"));
            // Each step applied once, by one of the two.
            Assert.Equal(c.ExecuteScalar<long>("SELECT MAX(version) - MIN(version) + 1 FROM schema_version"), c.ExecuteScalar<long>("SELECT COUNT(*) FROM schema_version"));
        }

        // B has the pair's volumes cached under a tag; A stores a document for that pair.
        const string url = "/api/v1/pairs/BLR-KAZ/volumes?source=stated";
        var before = await readerB.GetAsync(url);
        var tag = before.Headers.ETag!;
        Assert.Single((await Json(before)).GetProperty("items").EnumerateArray());
        var notModified = new HttpRequestMessage(HttpMethod.Get, url);
        notModified.Headers.IfNoneMatch.Add(tag);
        Assert.Equal(HttpStatusCode.NotModified, (await readerB.SendAsync(notModified)).StatusCode);

        var posted = await writerA.PostAsync("/api/v1/documents",
            Text("Belarus and Kazakhstan\n\nMINSK, 4 May 2015 - Trade between Belarus and Kazakhstan reached $1.1 billion in 2014.\n"));
        Assert.Equal(HttpStatusCode.Created, posted.StatusCode);
        var id = (await Json(posted)).GetProperty("id").GetString()!;

        // B sees it on its very next request: the old tag no longer matches, the body has the new year.
        var again = new HttpRequestMessage(HttpMethod.Get, url);
        again.Headers.IfNoneMatch.Add(tag);
        var after = await readerB.SendAsync(again);
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.NotEqual(tag, after.Headers.ETag);
        var years = (await Json(after)).GetProperty("items").EnumerateArray().Select(v => v.GetProperty("year").GetInt32()).ToArray();
        Assert.Equal(new[] { 2012, 2014 }, years);
        Assert.Equal(HttpStatusCode.OK, (await readerB.GetAsync($"/api/v1/documents/{id}")).StatusCode);

        // And the other way round: B deletes, A no longer serves it.
        var bWriter = b.Writer();
        Assert.Equal(HttpStatusCode.NoContent, (await bWriter.DeleteAsync($"/api/v1/documents/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await writerA.GetAsync($"/api/v1/documents/{id}")).StatusCode);
        Assert.Single((await Json(await writerA.GetAsync(url))).GetProperty("items").EnumerateArray());
    }

    [PostgresRunFact]
    public async Task WritersOnTwoReplicasAtOnceLoseNothingAndKeepSummariesExact()
    {
        using var scratch = TestStore.Scratch();
        var connection = scratch.ConnectionString;
        using var a = new ReplicaFactory(connection);
        using var b = new ReplicaFactory(connection);
        var writers = new[] { a.Writer(), b.Writer() };
        long Version()
        {
            using var c = new NpgsqlConnection(connection);
            return long.Parse(c.ExecuteScalar<string>("SELECT value FROM meta WHERE key = 'data_version'")!);
        }
        var seeded = Version();
        string[] years = ["2001", "2002", "2003", "2004", "2005", "2006", "2007", "2008", "2009", "2010", "2011", "2012"];
        // Twelve documents about one pair, posted through both replicas at once, plus re-extractions of the founding text.
        var posts = years.Select((y, i) => writers[i % 2].PostAsync("/api/v1/documents",
            Text($"Ghana and Togo, {y}\n\nACCRA, 4 May {int.Parse(y) + 1} - Trade between Ghana and Togo reached ${100 + i} million in {y}.\n"))).ToList();
        var responses = await Task.WhenAll(posts);
        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));
        var pair = (await Json(await writers[1].GetAsync("/api/v1/pairs/GHA-TGO"))).GetProperty("pair");
        Assert.Equal(years.Length, pair.GetProperty("statedVolumes").GetInt32());
        Assert.Equal(2001, pair.GetProperty("firstYear").GetInt32());
        Assert.Equal(2012, pair.GetProperty("lastYear").GetInt32());
        Assert.Equal(111m, pair.GetProperty("latest").GetProperty("value").GetDecimal() / 1_000_000m);
        // One bump per document: every write counted, none lost to a race between the replicas.
        Assert.Equal(seeded + years.Length, Version());
    }

    [PostgresRunFact]
    public async Task ADatabaseThatGoesAwayIs503WithRetryAfterAndTheServiceRecovers()
    {
        using var scratch = TestStore.Scratch();
        var connection = scratch.ConnectionString;
        using var replica = new ReplicaFactory(connection);
        var client = replica.Writer();
        const string url = "/api/v1/pairs/BLR-KAZ/volumes?source=stated";
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(url)).StatusCode);
        void Admin(string sql)
        {
            using var admin = new NpgsqlConnection(TestStore.Server);
            admin.Open();
            admin.Execute(sql);
        }
        // The database refuses new connections and every open one is cut, as when a server restarts or fails over.
        Admin($"ALTER DATABASE {scratch.Name} WITH ALLOW_CONNECTIONS false");
        Admin($"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{scratch.Name}'");
        foreach (var request in new Func<Task<HttpResponseMessage>>[]
        {
            () => client.GetAsync(url), () => client.GetAsync("/api/v1/meta"), () => client.GetAsync("/api/v1/documents"),
            () => client.PostAsync("/api/v1/documents", Text("Ghana and Togo\n\nTrade between Ghana and Togo reached $1 billion in 2019.")),
        })
        {
            var r = await request();
            Assert.Equal(HttpStatusCode.ServiceUnavailable, r.StatusCode);
            Assert.Equal("application/problem+json", r.Content.Headers.ContentType?.MediaType);
            Assert.True(r.Headers.RetryAfter is not null, "no Retry-After");
        }
        // Readiness answers the last probe's state and probes again in the background: it turns within a probe or two.
        var gone = HttpStatusCode.OK;
        for (var i = 0; i < 40 && gone == HttpStatusCode.OK; i++)
        {
            gone = (await client.GetAsync("/health/ready")).StatusCode;
            if (gone == HttpStatusCode.OK) await Task.Delay(250);
        }
        Assert.Equal(HttpStatusCode.ServiceUnavailable, gone);
        Admin($"ALTER DATABASE {scratch.Name} WITH ALLOW_CONNECTIONS true");
        // Back within the circuit's break (5 s) and a probe: the same data, and writes again.
        var back = HttpStatusCode.ServiceUnavailable;
        for (var i = 0; i < 100 && back != HttpStatusCode.OK; i++)
        {
            await Task.Delay(100);
            back = (await client.GetAsync(url)).StatusCode;
        }
        Assert.Equal(HttpStatusCode.OK, back);
        Assert.Single((await Json(await client.GetAsync(url))).GetProperty("items").EnumerateArray());
        Assert.Equal(HttpStatusCode.Created, (await client.PostAsync("/api/v1/documents",
            Text("Ghana and Togo\n\nTrade between Ghana and Togo reached $1 billion in 2019."))).StatusCode);
    }

    [PostgresRunFact]
    public async Task MigrateToPostgresCarriesEverythingTheApiServes()
    {
        // A SQLite database with a bit of everything: the seed, a posted document, a review with its history, an official dataset.
        using var sqlite = ReplicaFactory.OnSqlite();
        var writer = sqlite.Writer();
        var posted = await writer.PostAsync("/api/v1/documents",
            Text("Peru and Chile\n\nLIMA, 3 May 2022 - Trade between Peru and Chile reached $7.5 billion in 2021. The two countries aim to double it by 2030.\n"));
        Assert.Equal(HttpStatusCode.Created, posted.StatusCode);
        var document = (await Json(posted)).GetProperty("id").GetString();
        var volume = (await Json(await writer.GetAsync($"/api/v1/documents/{document}"))).GetProperty("volumes")[0].GetProperty("id").GetInt64();
        var fact = await writer.GetAsync($"/api/v1/volumes/{volume}");
        var patch = new HttpRequestMessage(HttpMethod.Patch, $"/api/v1/volumes/{volume}")
        {
            Content = new StringContent("""{"review":"corrected","reason":"the ministry's figure","value":7600000000}""", Encoding.UTF8, "application/merge-patch+json"),
        };
        patch.Headers.IfMatch.Add(fact.Headers.ETag!);
        Assert.Equal(HttpStatusCode.OK, (await writer.SendAsync(patch)).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await writer.PostAsync("/api/v1/official?dataset=extra",
            new StringContent("refYear,reporterISO,partnerISO,flowCode,primaryValue\n2021,PER,CHL,X,3100000000.5\n2021,CHL,PER,X,4200000000\n", Encoding.UTF8, "text/csv"))).StatusCode);

        using var scratch = TestStore.Scratch();
        var target = scratch.ConnectionString;
        var (exit, stderr) = ServiceProcess.RunToExit(sqlite.DatabasePath, "migrate-to-postgres", target);
        Assert.True(exit == 0, stderr);
        // A second run into the same database is refused: it is not empty any more.
        var (again, refused) = ServiceProcess.RunToExit(sqlite.DatabasePath, "migrate-to-postgres", target);
        Assert.Equal(1, again);
        Assert.Contains("already holds", refused);

        using var postgres = new ReplicaFactory(target);
        var pg = postgres.Writer();
        string[] urls =
        [
            "/api/v1/documents?count=true", "/api/v1/pairs?count=true", "/api/v1/pairs?sort=-latestValue", "/api/v1/pairs/CHL-PER",
            "/api/v1/pairs/CHL-PER/volumes", "/api/v1/pairs/BLR-KAZ/targets", "/api/v1/volumes?count=true&limit=1000", "/api/v1/volumes?review=all&country=PER",
            "/api/v1/targets?count=true", $"/api/v1/volumes/{volume}", $"/api/v1/volumes/{volume}/history", "/api/v1/meta",
            "/api/v1/volumes?format=csv&limit=1000", "/api/v1/pairs/CHL-PER/series?flow=exports&source=official&reporter=PER",
        ];
        foreach (var url in urls)
        {
            var expected = await writer.GetAsync(url);
            var actual = await pg.GetAsync(url);
            Assert.True(expected.StatusCode == HttpStatusCode.OK && actual.StatusCode == HttpStatusCode.OK, $"{url}: {expected.StatusCode} on SQLite, {actual.StatusCode} on PostgreSQL");
            Assert.True(await expected.Content.ReadAsStringAsync() == await actual.Content.ReadAsStringAsync(), $"{url} differs after the migration");
        }
        // New facts continue after the copied ids, and the copied revision still guards the reviewed fact.
        var next = await pg.PostAsync("/api/v1/documents", Text("Mali and Niger\n\nBAMAKO, 4 May 2021 - Trade between Mali and Niger reached $300 million in 2020.\n"));
        Assert.Equal(HttpStatusCode.Created, next.StatusCode);
        var nextDocument = (await Json(next)).GetProperty("id").GetString();
        Assert.True((await Json(await pg.GetAsync($"/api/v1/documents/{nextDocument}"))).GetProperty("volumes")[0].GetProperty("id").GetInt64() > volume);
        var stale = new HttpRequestMessage(HttpMethod.Patch, $"/api/v1/volumes/{volume}")
        {
            Content = new StringContent("""{"review":"confirmed"}""", Encoding.UTF8, "application/merge-patch+json"),
        };
        stale.Headers.IfMatch.Add(fact.Headers.ETag!);
        Assert.Equal(HttpStatusCode.PreconditionFailed, (await pg.SendAsync(stale)).StatusCode);
    }
}

// What PostgreSQL's errors mean to the pipeline: retried, circuit-breaking, or answered as what they are. No server needed.
public class PostgresFaultTests
{
    private static PostgresException Error(string state) => new("test", "ERROR", "ERROR", state);

    [Theory]
    [InlineData("40001")] // serialization_failure
    [InlineData("40P01")] // deadlock_detected
    [InlineData("53300")] // too_many_connections
    [InlineData("57P03")] // cannot_connect_now
    [InlineData("08006")] // connection_failure
    public void WaitingCanCureTheseSoTheyAreRetried(string state)
    {
        Assert.True(PostgresStore.Transient(Error(state)));
        var attempts = 0;
        var pipeline = TradeApi.Storage.Db.BuildPipeline(PostgresStore.Transient, PostgresStore.Unavailable, 3, TimeSpan.FromSeconds(5), TimeSpan.FromMilliseconds(1));
        Assert.Throws<PostgresException>(() => pipeline.Execute(() => { attempts++; throw Error(state); }));
        Assert.Equal(4, attempts);
    }

    [Theory]
    [InlineData("23505")] // unique_violation
    [InlineData("42P01")] // undefined_table
    [InlineData("22P02")] // invalid_text_representation
    public void MistakesAreNotRetried(string state) => Assert.False(PostgresStore.Transient(Error(state)));

    [Fact]
    public void FaultsAnswerAsWhatTheyAre()
    {
        var store = new PostgresStore("Host=127.0.0.1;Port=1;Database=none;Username=none", new TradeApi.Storage.StorageOptions());
        Assert.Equal(507, TradeApi.Infrastructure.DatabaseExceptionHandler.Kind(store, Error("53100")).Kind.Status);
        Assert.Equal(500, TradeApi.Infrastructure.DatabaseExceptionHandler.Kind(store, Error("XX001")).Kind.Status);
        Assert.Equal(503, TradeApi.Infrastructure.DatabaseExceptionHandler.Kind(store, Error("25006")).Kind.Status);
        Assert.Equal(503, TradeApi.Infrastructure.DatabaseExceptionHandler.Kind(store, Error("40001")).Kind.Status);
        Assert.True(PostgresStore.Unavailable(Error("53100")));
    }

    [Fact]
    public void ARefusedConnectionIsTransient()
    {
        // Nothing listens on port 1 of the loopback: the driver's own error, marked transient, so the pipeline retries it.
        var store = new PostgresStore("Host=127.0.0.1;Port=1;Database=none;Username=none;Timeout=2", new TradeApi.Storage.StorageOptions());
        var e = Assert.ThrowsAny<NpgsqlException>(() => store.Open());
        Assert.True(PostgresStore.Transient(e), e.ToString());
        Assert.IsType<SocketException>(e.InnerException, exactMatch: false);
    }

    [Fact]
    public void PostgresWithoutAConnectionStringSaysWhatToGive()
    {
        var e = Assert.Throws<TradeApi.Storage.DatabaseMismatchException>(() => new PostgresStore("", new TradeApi.Storage.StorageOptions()));
        Assert.Contains("ConnectionStrings:Trade is empty", e.Message);
    }
}

// Behind a balancer every connection comes from the balancer: rate limits must count the client it names, and only when the
// balancer is one the configuration trusts.
public class ForwardedClientTests
{
    private sealed class BehindProxy(bool trusted) : TradeApiFactory
    {
        protected override void Configure(IWebHostBuilder builder)
        {
            builder.UseSetting("RateLimits:ReadsPerWindow", "2");
            if (trusted) builder.UseSetting("Http:TrustedProxies:0", "10.0.0.5");
            // Every request arrives from the balancer's address, as through nginx.
            builder.ConfigureServices(s => s.AddSingleton<Microsoft.AspNetCore.Hosting.IStartupFilter>(new FromBalancer()));
        }
    }

    private sealed class FromBalancer : Microsoft.AspNetCore.Hosting.IStartupFilter
    {
        public Action<Microsoft.AspNetCore.Builder.IApplicationBuilder> Configure(Action<Microsoft.AspNetCore.Builder.IApplicationBuilder> next) => app =>
        {
            app.Use(nextMiddleware => context =>
            {
                context.Connection.RemoteIpAddress = IPAddress.Parse("10.0.0.5");
                return nextMiddleware(context);
            });
            next(app);
        };
    }

    private static async Task<HttpStatusCode> From(HttpClient client, string address)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/countries/KAZ");
        request.Headers.Add("X-Forwarded-For", address);
        return (await client.SendAsync(request)).StatusCode;
    }

    [Fact]
    public async Task ATrustedBalancersClientsHaveLimitsOfTheirOwn()
    {
        using var factory = new BehindProxy(trusted: true);
        var client = factory.CreateClient();
        Assert.Equal(HttpStatusCode.OK, await From(client, "203.0.113.1"));
        Assert.Equal(HttpStatusCode.OK, await From(client, "203.0.113.1"));
        Assert.Equal(HttpStatusCode.TooManyRequests, await From(client, "203.0.113.1"));
        Assert.Equal(HttpStatusCode.OK, await From(client, "203.0.113.2"));
    }

    [Fact]
    public async Task AForwardedForFromAnUntrustedPeerIsIgnored()
    {
        using var factory = new BehindProxy(trusted: false);
        var client = factory.CreateClient();
        Assert.Equal(HttpStatusCode.OK, await From(client, "203.0.113.1"));
        Assert.Equal(HttpStatusCode.OK, await From(client, "203.0.113.2"));
        // A client cannot buy itself a fresh limit by naming another address.
        Assert.Equal(HttpStatusCode.TooManyRequests, await From(client, "203.0.113.3"));
    }
}

// The version read shared by concurrent requests: never an answer from a read that began before the caller asked.
public class SharedReadTests
{
    [Fact]
    public async Task ACallerArrivingDuringAReadGetsTheNextReadAndConcurrentCallersShareIt()
    {
        var reads = new List<TaskCompletionSource<int>>();
        var shared = new TradeApi.Storage.SharedRead<int>(() =>
        {
            var tcs = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
            lock (reads) reads.Add(tcs);
            return tcs.Task;
        });
        var first = shared.GetAsync();
        Assert.Single(reads);
        // Three callers arrive while the first read is in flight: none may take its answer; they share the one read after it.
        var later = new[] { shared.GetAsync(), shared.GetAsync(), shared.GetAsync() };
        Assert.Single(reads);
        reads[0].SetResult(1);
        Assert.Equal(1, await first);
        for (var i = 0; i < 100 && reads.Count < 2; i++) await Task.Delay(10);
        Assert.Equal(2, reads.Count);
        Assert.All(later, t => Assert.False(t.IsCompleted));
        reads[1].SetResult(2);
        Assert.Equal(new[] { 2, 2, 2 }, await Task.WhenAll(later));
        // A caller after that read ended starts a new one.
        var after = shared.GetAsync();
        Assert.Equal(3, reads.Count);
        reads[2].SetResult(3);
        Assert.Equal(3, await after);
    }

    [Fact]
    public async Task AFailedReadFailsOnlyItsCallers()
    {
        var calls = 0;
        var shared = new TradeApi.Storage.SharedRead<int>(() => ++calls == 1 ? Task.FromException<int>(new InvalidOperationException("down")) : Task.FromResult(calls));
        await Assert.ThrowsAsync<InvalidOperationException>(shared.GetAsync);
        Assert.Equal(2, await shared.GetAsync());
    }
}

public class SharedReadStressTests
{
    // Many callers, reads of random length: every answer comes from a read that began after its caller arrived.
    [Fact]
    public async Task NoCallerEverGetsAnAnswerOlderThanItsArrival()
    {
        var reads = 0;
        var shared = new TradeApi.Storage.SharedRead<long>(async () =>
        {
            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            Interlocked.Increment(ref reads);
            // Finished on another thread after a few microseconds, at any moment of a caller's check: the window where a read in
            // flight ends just as a caller decides to wait for the next one.
            await Task.Run(() => Thread.SpinWait(Random.Shared.Next(0, 3000)));
            return started;
        });
        var stale = 0;
        var calls = 0;
        var stop = DateTime.UtcNow.AddSeconds(2);
        await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => Task.Run(async () =>
        {
            while (DateTime.UtcNow < stop)
            {
                var arrived = System.Diagnostics.Stopwatch.GetTimestamp();
                var started = await shared.GetAsync();
                Interlocked.Increment(ref calls);
                if (started < arrived) Interlocked.Increment(ref stale);
            }
        })));
        Assert.Equal(0, stale);
        Assert.True(reads < calls, $"{reads} reads for {calls} calls: nothing was shared");
    }
}

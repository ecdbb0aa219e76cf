using System.Net;
using System.Text;

namespace TradeApi.Tests;

// Issue 24, item 6: database files deleted under a running service (an operator's mistake, a cleanup script) must not leave it
// acknowledging writes into a file nobody will ever open again.
public class MissingDatabaseTests
{
    private sealed class KeyedFactory : TradeApiFactory
    {
        protected override void Configure(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder) => builder.UseSetting("Auth:ApiKeys:0", "k1");
    }

    // A keyed client of a service that answered ready once, whose database files were then deleted.
    private static async Task<HttpClient> ReadyThenDeleted(KeyedFactory factory)
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", "k1");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready")).StatusCode);
        foreach (var f in new[] { factory.DatabasePath, factory.DatabasePath + "-wal", factory.DatabasePath + "-shm" })
            if (File.Exists(f)) File.Delete(f);
        return client;
    }

    private static Task<HttpResponseMessage> Write(HttpClient client) =>
        client.PostAsync("/api/v1/documents", new StringContent("Mali and Niger\nTrade between Mali and Niger reached $200 million in 2019.", Encoding.UTF8, "text/plain"));

    [SqliteFact("deletes the SQLite file under a running service; a PostgreSQL database is not a file of the service's")]
    public async Task DeletedDatabaseFilesTurnReadinessAndWritesTo503()
    {
        using var factory = new KeyedFactory();
        var client = await ReadyThenDeleted(factory);

        var write = await Write(client);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, write.StatusCode);
        Assert.Contains("missing", await write.Content.ReadAsStringAsync());
        // Readiness answers from a state at most a few seconds old (HealthEndpoints), so it turns within that.
        var ready = HttpStatusCode.OK;
        for (var i = 0; i < 40 && ready == HttpStatusCode.OK; i++)
        {
            ready = (await client.GetAsync("/health/ready")).StatusCode;
            if (ready == HttpStatusCode.OK) await Task.Delay(250);
        }
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready);
    }

    // A connection opened after the deletion (the driver's pool emptied, a background check, a new version probe) must not create an
    // empty file in its place: the write would then fail on a database without tables, answer "busy", and leave a stand-in file.
    [SqliteFact("deletes the SQLite file under a running service; a PostgreSQL database is not a file of the service's")]
    public async Task NewConnectionsAfterTheDeletionDoNotCreateAnEmptyFile()
    {
        using var factory = new KeyedFactory();
        var client = await ReadyThenDeleted(factory);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();

        var write = await Write(client);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, write.StatusCode);
        var body = await write.Content.ReadAsStringAsync();
        Assert.Contains("/problems/not-writable", body);
        Assert.Contains("missing", body);
        Assert.False(File.Exists(factory.DatabasePath));
    }
}

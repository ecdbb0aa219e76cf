using System.Net;
using System.Text;
using System.Text.Json;
using Dapper;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Data.Sqlite;

namespace TradeApi.Tests;

// Outside faults are seen, not served over: a database that lost its -wal, or an old copy put in its place, stops the service
// at start with one clear line instead of being re-created and re-seeded. The backup verb writes a consistent copy.
public class DatabaseIdentityTests
{
    private static string NewPath() => Path.Combine(Path.GetTempPath(), $"tradeapi-identity-{Guid.NewGuid():N}.db");

    private static void Cleanup(params string[] dbs)
    {
        SqliteConnection.ClearAllPools();
        foreach (var db in dbs)
            foreach (var f in new[] { db, db + "-wal", db + "-shm", db + ".id" })
                try { File.Delete(f); } catch (IOException) { }
    }

    private static async Task Post(TradeApiFactory f, string pair)
    {
        var c = f.CreateClient();
        c.DefaultRequestHeaders.Add("X-Api-Key", "k");
        var text = $"{pair} trade\n\nLIMA, 4 May 2021 - Trade between {pair} reached $1.{pair.Length} billion in 2020.\n";
        Assert.Equal(HttpStatusCode.Created, (await c.PostAsync("/api/v1/documents", new StringContent(text, Encoding.UTF8, "text/plain"))).StatusCode);
    }

    private static (int Exit, string Stderr) Start(string db, params string[] verb) => ServiceProcess.RunToExit(db, verb);

    [SqliteFact("the SQLite sidecar file and the backup verb")]
    public async Task ADatabaseThatLostItsDataIsRefusedNotReseeded()
    {
        var db = NewPath();
        try
        {
            using (var f = new OnPathFactory(db)) await Post(f, "Peru and Chile");
            SqliteConnection.ClearAllPools();
            // The file and its -wal are gone (a bad restore, a deleted -wal before any checkpoint); the sidecar remembers them.
            foreach (var x in new[] { db, db + "-wal", db + "-shm" }) File.Delete(x);
            var (exit, stderr) = Start(db);
            Assert.Equal(1, exit);
            Assert.Contains("lost its -wal", Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries)));
            using var c = new SqliteConnection($"Data Source={db};Pooling=False");
            Assert.Equal(0, c.ExecuteScalar<long>("SELECT COUNT(*) FROM sqlite_master"));
        }
        finally { Cleanup(db); }
    }

    [SqliteFact("the SQLite sidecar file and the backup verb")]
    public async Task AnOldCopyInPlaceOfTheDatabaseIsRefusedAndTheBackupVerbWritesACurrentOne()
    {
        var db = NewPath();
        var old = NewPath();
        var current = NewPath();
        try
        {
            using (var f = new OnPathFactory(db))
            {
                await Post(f, "Peru and Chile");
                using (var c = new SqliteConnection($"Data Source={db}")) { c.Open(); c.Execute("VACUUM INTO @old", new { old }); }
                await Post(f, "Ghana and Togo");
            }
            SqliteConnection.ClearAllPools();
            Assert.Equal(0, Start(db, "backup", current).Exit);
            using (var b = new SqliteConnection($"Data Source={current};Pooling=False"))
                Assert.Equal(3, b.ExecuteScalar<long>("SELECT COUNT(*) FROM documents")); // the founding document and both posts

            // Restoring the old copy without saying so loses the second document: refused.
            foreach (var x in new[] { db + "-wal", db + "-shm" }) File.Delete(x);
            File.Copy(old, db, overwrite: true);
            var (exit, stderr) = Start(db);
            Assert.Equal(1, exit);
            Assert.Contains("committed data was lost", stderr);

            // Restoring the current backup is accepted.
            File.Copy(current, db, overwrite: true);
            using (var f = new OnPathFactory(db))
            {
                var docs = JsonDocument.Parse(await f.CreateClient().GetStringAsync("/api/v1/documents")).RootElement.GetProperty("items").GetArrayLength();
                Assert.Equal(3, docs);
            }
        }
        finally { Cleanup(db, old, current); }
    }

    [SqliteFact("the SQLite sidecar file and the backup verb")]
    public async Task ReadinessCommitsARealWriteAndADamagedFileStopsTheStart()
    {
        var db = NewPath();
        try
        {
            using (var f = new OnPathFactory(db))
            {
                await Post(f, "Peru and Chile");
                var ready = await f.CreateClient().GetAsync("/health/ready");
                Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
                using var c = new SqliteConnection($"Data Source={db}");
                Assert.NotNull(c.ExecuteScalar<string?>("SELECT checked_at FROM health WHERE id = 1"));
            }
            SqliteConnection.ClearAllPools();
            using (var c = new SqliteConnection($"Data Source={db};Pooling=False")) { c.Open(); c.Execute("PRAGMA wal_checkpoint(TRUNCATE)"); }
            SqliteConnection.ClearAllPools();
            // Garbage over every page after the first: the header still says SQLite, the b-trees are gone.
            var bytes = File.ReadAllBytes(db);
            new Random(7).NextBytes(bytes.AsSpan(4096));
            File.WriteAllBytes(db, bytes);
            var (exit, stderr) = Start(db);
            Assert.Equal(1, exit);
            var line = Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
            Assert.StartsWith("TradeApi cannot start:", line);
        }
        finally { Cleanup(db); }
    }

    [SqliteFact("the SQLite file's pages")]
    public async Task ADamagedPageTheStartDoesNotReadIsFoundAfterTheStartAndReadinessSaysSo()
    {
        var db = NewPath();
        try
        {
            using (var f = new OnPathFactory(db))
            {
                await Post(f, "Peru and Chile");
                Assert.Null(f.Services.GetService(typeof(TradeApi.Health.IntegrityCheck)) is TradeApi.Health.IntegrityCheck check
                    ? await Finished(check) : "no check");
            }
            SqliteConnection.ClearAllPools();
            long pages;
            using (var c = new SqliteConnection($"Data Source={db};Pooling=False"))
            {
                c.Open();
                // A table of its own at the end of the file, which nothing reads at start; then everything into the main file.
                c.Execute("CREATE TABLE filler (x BLOB); WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2000) INSERT INTO filler SELECT randomblob(1000) FROM n");
                c.Execute("PRAGMA wal_checkpoint(TRUNCATE)");
                pages = c.ExecuteScalar<long>("PRAGMA page_count");
            }
            SqliteConnection.ClearAllPools();
            var bytes = File.ReadAllBytes(db);
            var size = bytes.Length / pages;
            new Random(11).NextBytes(bytes.AsSpan((int)((pages - 100) * size), (int)size));
            File.WriteAllBytes(db, bytes);

            using var damaged = new OnPathFactory(db);
            var client = damaged.CreateClient();
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/pairs")).StatusCode);
            var failure = await Finished((TradeApi.Health.IntegrityCheck)damaged.Services.GetService(typeof(TradeApi.Health.IntegrityCheck))!);
            Assert.Contains("is damaged (PRAGMA quick_check:", failure);
            var ready = await client.GetAsync("/health/ready");
            Assert.Equal(HttpStatusCode.InternalServerError, ready.StatusCode);
            Assert.Contains("restore it from a backup", await ready.Content.ReadAsStringAsync());
        }
        finally { Cleanup(db); }
    }

    private static async Task<string?> Finished(TradeApi.Health.IntegrityCheck check)
    {
        await check.Done.WaitAsync(TimeSpan.FromSeconds(60));
        return check.Failure;
    }
}

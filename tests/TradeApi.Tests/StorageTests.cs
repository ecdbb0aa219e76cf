using System.Text.Json;
using Dapper;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Data.Sqlite;

namespace TradeApi.Tests;

public class StorageTests
{
    private sealed class SharedDbFactory(string path) : TradeApiFactory
    {
        protected override void Configure(IWebHostBuilder builder) => builder.UseSetting("ConnectionStrings:Trade", $"Data Source={path}");
    }

    private static async Task<int> Count(TradeApiFactory f, string url)
    {
        var body = JsonDocument.Parse(await f.CreateClient().GetStringAsync(url)).RootElement;
        return body.GetProperty("items").GetArrayLength();
    }

    [SqliteFact("two starts on one SQLite file; on PostgreSQL ScaleOutTests starts two replicas on one database")]
    public async Task SecondStartOnTheSameDatabaseDuplicatesNothing()
    {
        var path = Path.Combine(Path.GetTempPath(), $"tradeapi-twice-{Guid.NewGuid():N}.db");
        try
        {
            using (var first = new SharedDbFactory(path))
                Assert.Equal(1, await Count(first, "/api/v1/documents"));
            using var second = new SharedDbFactory(path);
            Assert.Equal(1, await Count(second, "/api/v1/documents"));
            Assert.Equal(1, await Count(second, "/api/v1/pairs/BLR-KAZ/volumes?source=stated"));
            Assert.Equal(2, await Count(second, "/api/v1/pairs/BLR-KAZ/targets"));
            using var c = new SqliteConnection($"Data Source={path}");
            Assert.Equal(SharedData.Official(SharedData.TenPairs) is null ? 0 : 832, c.ExecuteScalar<long>("SELECT COUNT(*) FROM official_figures"));
            Assert.Equal(TradeApi.Storage.Sqlite.SqliteMigrations.Latest, c.ExecuteScalar<long>("SELECT COUNT(*) FROM schema_version"));
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            foreach (var f in new[] { path, path + "-wal", path + "-shm", path + ".id" }) try { File.Delete(f); } catch (IOException) { }
        }
    }

    [SqliteFact("upgrading a SQLite file of schema version 4")]
    public async Task StartOnAnExistingDatabaseKeepsItsRowsAndSchema()
    {
        var path = Path.Combine(Path.GetTempPath(), $"tradeapi-existing-{Guid.NewGuid():N}.db");
        try
        {
            using (var c = new SqliteConnection($"Data Source={path}"))
            {
                // A database of schema version 4 (official figures in official_flows, no pair summary) with rows the seeder would never
                // write: the upgrade must carry them over and serve them, totals and summary included.
                c.Open();
                TradeApi.Storage.Sqlite.SqliteMigrations.Apply(c, TradeApi.Cli.Seeder.Fills, upTo: 4);
                c.Execute("INSERT INTO official_datasets (name, source, imported_at) VALUES ('kept', 'test', '2026-01-01T00:00:00Z')");
                c.Execute("INSERT INTO official_flows (dataset, reporter, partner, pair_key, flow, year, value) VALUES ('kept','FRA','PER','FRA-PER','exports',2019,'123')");
                c.Execute("INSERT INTO official_flows (dataset, reporter, partner, pair_key, flow, year, value) VALUES ('kept','FRA','PER','FRA-PER','imports',2019,'0.5')");
                c.Execute("INSERT INTO meta (key, value) VALUES ('seeded_at', '2026-01-01T00:00:00Z')");
            }
            using var second = new SharedDbFactory(path);
            Assert.Equal(1, await Count(second, "/api/v1/pairs/FRA-PER/volumes?flow=exports"));
            using (var client = second.CreateClient())
            {
                var total = JsonDocument.Parse(await client.GetStringAsync("/api/v1/pairs/FRA-PER/volumes?flow=total")).RootElement.GetProperty("items").EnumerateArray().Single();
                Assert.Equal(123.5m, total.GetProperty("value").GetDecimal());
                var pair = JsonDocument.Parse(await client.GetStringAsync("/api/v1/pairs/FRA-PER")).RootElement.GetProperty("pair");
                Assert.Equal(2, pair.GetProperty("officialRows").GetInt32());
                Assert.Equal(2019, pair.GetProperty("latest").GetProperty("year").GetInt32());
            }
            using var check = new SqliteConnection($"Data Source={path}");
            Assert.Equal("wal", check.ExecuteScalar<string>("PRAGMA journal_mode"));
            Assert.Equal(TradeApi.Storage.Sqlite.SqliteMigrations.Latest, check.ExecuteScalar<long>("SELECT MAX(version) FROM schema_version"));
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            foreach (var f in new[] { path, path + "-wal", path + "-shm", path + ".id" }) try { File.Delete(f); } catch (IOException) { }
        }
    }
}

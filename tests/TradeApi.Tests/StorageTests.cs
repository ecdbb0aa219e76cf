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

    [Fact]
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
            Assert.Equal(832, c.ExecuteScalar<long>("SELECT COUNT(*) FROM official_flows"));
            Assert.Equal(TradeApi.Storage.Migrations.Latest, c.ExecuteScalar<long>("SELECT COUNT(*) FROM schema_version"));
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            foreach (var f in new[] { path, path + "-wal", path + "-shm", path + ".id" }) try { File.Delete(f); } catch (IOException) { }
        }
    }

    [Fact]
    public async Task StartOnAnExistingDatabaseKeepsItsRowsAndSchema()
    {
        var path = Path.Combine(Path.GetTempPath(), $"tradeapi-existing-{Guid.NewGuid():N}.db");
        try
        {
            using (var first = new SharedDbFactory(path))
                Assert.Equal(1, await Count(first, "/api/v1/documents"));
            using (var c = new SqliteConnection($"Data Source={path}"))
            {
                // A row the seeder would never write: it must survive a restart untouched.
                c.Execute("INSERT INTO official_datasets (name, source, imported_at) VALUES ('kept', 'test', '2026-01-01T00:00:00Z')");
                c.Execute("INSERT INTO official_flows (dataset, reporter, partner, pair_key, flow, year, value) VALUES ('kept','FRA','PER','FRA-PER','exports',2019,'123')");
            }
            using var second = new SharedDbFactory(path);
            Assert.Equal(1, await Count(second, "/api/v1/pairs/FRA-PER/volumes?flow=exports"));
            using var check = new SqliteConnection($"Data Source={path}");
            Assert.Equal("wal", check.ExecuteScalar<string>("PRAGMA journal_mode"));
            Assert.Equal(TradeApi.Storage.Migrations.Latest, check.ExecuteScalar<long>("SELECT MAX(version) FROM schema_version"));
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            foreach (var f in new[] { path, path + "-wal", path + "-shm", path + ".id" }) try { File.Delete(f); } catch (IOException) { }
        }
    }
}

using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace TradeApi.Tests;

// The real service on its own temporary database, seeded from the repository's data/ and, where ../shared has it, the IMF ten-pair
// file (official figures ship with no clone; see SharedData).
public class TradeApiFactory : WebApplicationFactory<Program>
{
    public string DatabasePath { get; } = Path.Combine(Path.GetTempPath(), $"tradeapi-test-{Guid.NewGuid():N}.db");

    public static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "TradeApi.sln"))) return dir.FullName;
        throw new DirectoryNotFoundException("TradeApi.sln not found above the test binaries");
    }

    protected virtual void Configure(IWebHostBuilder builder) { }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("ConnectionStrings:Trade", $"Data Source={DatabasePath}");
        builder.UseSetting("Storage:DataPath", Path.Combine(RepoRoot(), "data"));
        // CI always has ../shared; without it there, every test here fails with this line rather than some skipping quietly.
        if (Environment.GetEnvironmentVariable("CI") == "true") SharedData.RequireOfficial(SharedData.TenPairs);
        builder.UseSetting("Official:Paths:0", SharedData.Official(SharedData.TenPairs) ?? Path.Combine(RepoRoot(), "data", "official"));
        Configure(builder);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var f in new[] { DatabasePath, DatabasePath + "-wal", DatabasePath + "-shm", DatabasePath + ".id" })
            try { File.Delete(f); } catch (IOException) { }
    }
}

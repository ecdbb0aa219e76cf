using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace TradeApi.Tests;

// The real service on its own temporary database, seeded from the repository's data/ and, where ../shared has it, the IMF ten-pair
// file (official figures ship with no clone; see SharedData).
public class TradeApiFactory : WebApplicationFactory<Program>
{
    public string DatabasePath { get; } = Path.Combine(Path.GetTempPath(), $"tradeapi-test-{Guid.NewGuid():N}.db");

    private readonly string? _store;
    private readonly string? _given;
    private TestStore.ScratchDatabase? _scratch;

    /// <summary>On the run's store (TRADEAPI_TEST_STORE), on a database of its own.</summary>
    public TradeApiFactory() { }

    /// <summary>On a given store: "Sqlite" (its own file, whatever the run's store) or "Postgres" on the given database (replicas
    /// sharing one).</summary>
    protected TradeApiFactory(string store, string? connectionString = null) => (_store, _given) = (store, connectionString);

    private bool OnPostgres => _store is null ? TestStore.IsPostgres : _store == "Postgres";

    /// <summary>The connection string the service runs on: the SQLite file, or (TRADEAPI_TEST_STORE=Postgres) a database of its own.</summary>
    public string ConnectionString { get; private set; } = "";

    public static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "TradeApi.sln"))) return dir.FullName;
        throw new DirectoryNotFoundException("TradeApi.sln not found above the test binaries");
    }

    protected virtual void Configure(IWebHostBuilder builder) { }

    /// <summary>A connection to the database the service runs on, for tests that look beneath the API (portable SQL only).</summary>
    public System.Data.Common.DbConnection OpenDatabase()
    {
        System.Data.Common.DbConnection c = OnPostgres ? new Npgsql.NpgsqlConnection(ConnectionString) : new Microsoft.Data.Sqlite.SqliteConnection(ConnectionString);
        c.Open();
        return c;
    }

    /// <summary>Rows of an import staged so far and not yet moved (SQLite: the staging files beside the database; PostgreSQL: the
    /// unlogged staging tables); -1 when no import is staging.</summary>
    public long StagedBytesOrRows()
    {
        if (!OnPostgres)
        {
            var files = Directory.GetFiles(Path.GetDirectoryName(DatabasePath)!, Path.GetFileName(DatabasePath) + "-import-*");
            return files.Length == 0 ? -1 : new FileInfo(files[0]).Length;
        }
        using var c = OpenDatabase();
        var tables = Dapper.SqlMapper.Query<string>(c, "SELECT tablename FROM pg_tables WHERE tablename LIKE 'official\\_staging\\_%'").ToList();
        return tables.Count == 0 ? -1 : Dapper.SqlMapper.ExecuteScalar<long>(c, string.Concat("SELECT COUNT(*) FROM ", tables[0]));
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        if (OnPostgres)
        {
            ConnectionString = _given ?? (_scratch ??= TestStore.Scratch()).ConnectionString;
            builder.UseSetting("Storage:Provider", "Postgres");
        }
        else ConnectionString = $"Data Source={DatabasePath}";
        builder.UseSetting("ConnectionStrings:Trade", ConnectionString);
        builder.UseSetting("Storage:DataPath", Path.Combine(RepoRoot(), "data"));
        // CI always has ../shared; without it there, every test here fails with this line rather than some skipping quietly.
        if (Environment.GetEnvironmentVariable("CI") == "true") SharedData.RequireOfficial(SharedData.TenPairs);
        builder.UseSetting("Official:Paths:0", SharedData.Official(SharedData.TenPairs) ?? Path.Combine(RepoRoot(), "data", "official"));
        if (Environment.GetEnvironmentVariable("CI") == "true" && SharedData.Rates() is null)
            throw new FileNotFoundException("../shared/data/fx/usd-annual-average.csv is not beside the repository; CI lays it there");
        builder.UseSetting("Rates:Paths:0", SharedData.Rates() ?? Path.Combine(RepoRoot(), "data", "rates"));
        Configure(builder);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _scratch?.Dispose();
        foreach (var f in new[] { DatabasePath, DatabasePath + "-wal", DatabasePath + "-shm", DatabasePath + ".id" })
            try { File.Delete(f); } catch (IOException) { }
    }
}

/// <summary>A service on a SQLite file the test chose (a path of its own, a small filesystem), with one API key "k".</summary>
public sealed class OnPathFactory(string path) : TradeApiFactory
{
    protected override void Configure(IWebHostBuilder builder)
    {
        builder.UseSetting("ConnectionStrings:Trade", $"Data Source={path}");
        builder.UseSetting("Auth:ApiKeys:0", "k");
    }
}

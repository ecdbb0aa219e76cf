using Npgsql;

namespace TradeApi.Tests;

// Which store the HTTP suite runs on. TRADEAPI_TEST_STORE=Postgres with TRADEAPI_TEST_POSTGRES (an Npgsql connection string to a
// server where the user may create databases) runs every test against PostgreSQL, each factory on a database of its own, dropped
// afterwards; test.sh does that after the SQLite run when it can start a local cluster. Tests of what only SQLite has (its file,
// WAL, sidecar, locks, query plans) skip there with their reason.
public static class TestStore
{
    public static bool IsPostgres { get; } =
        string.Equals(Environment.GetEnvironmentVariable("TRADEAPI_TEST_STORE"), "Postgres", StringComparison.OrdinalIgnoreCase);

    public static string? Server => Environment.GetEnvironmentVariable("TRADEAPI_TEST_POSTGRES") is { Length: > 0 } s ? s : null;

    /// <summary>A new empty database on the test server; returns its connection string.</summary>
    public static string CreateDatabase(out string name)
    {
        var server = Server ?? throw new InvalidOperationException("TRADEAPI_TEST_STORE=Postgres needs TRADEAPI_TEST_POSTGRES, a connection string to a PostgreSQL server");
        name = $"tradeapi_test_{Guid.NewGuid():N}";
        using (var c = new NpgsqlConnection(server))
        {
            c.Open();
            using var cmd = c.CreateCommand();
            cmd.CommandText = $"CREATE DATABASE {name}";
            cmd.ExecuteNonQuery();
        }
        return new NpgsqlConnectionStringBuilder(server) { Database = name, MaxPoolSize = 20 }.ConnectionString;
    }

    public static void DropDatabase(string name)
    {
        if (Server is not { } server) return;
        NpgsqlConnection.ClearAllPools();
        try
        {
            using var c = new NpgsqlConnection(server);
            c.Open();
            using var cmd = c.CreateCommand();
            cmd.CommandText = $"DROP DATABASE IF EXISTS {name} WITH (FORCE)";
            cmd.ExecuteNonQuery();
        }
        catch (NpgsqlException) { }
    }

    /// <summary>A database of its own on the test server, dropped when disposed.</summary>
    public static ScratchDatabase Scratch() => new();

    public sealed class ScratchDatabase : IDisposable
    {
        private readonly string _name;

        public ScratchDatabase() => ConnectionString = CreateDatabase(out _name);

        public string ConnectionString { get; }
        public string Name => _name;

        public void Dispose() => DropDatabase(_name);
    }

    public static string? SqliteOnlyReason(string why) => IsPostgres ? $"SQLite only ({why}); this run is on PostgreSQL" : null;
    public static string? PostgresOnlyReason() => Server is null
        ? "needs a PostgreSQL server: TRADEAPI_TEST_POSTGRES (test.sh starts a throwaway cluster when the PostgreSQL 15 binaries are installed)"
        : null;
}

/// <summary>A test of something only the SQLite store has.</summary>
public sealed class SqliteFactAttribute : FactAttribute
{
    public SqliteFactAttribute(string why) => Skip = TestStore.SqliteOnlyReason(why);
}

public sealed class SqliteTheoryAttribute : TheoryAttribute
{
    public SqliteTheoryAttribute(string why) => Skip = TestStore.SqliteOnlyReason(why);
}

/// <summary>A test that needs a PostgreSQL server; with CI=true a missing one fails instead of skipping.</summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute() => Skip = Environment.GetEnvironmentVariable("CI") == "true" ? null : TestStore.PostgresOnlyReason();
}

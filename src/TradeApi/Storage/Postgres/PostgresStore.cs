using System.Data.Common;
using Dapper;
using Npgsql;

namespace TradeApi.Storage.Postgres;

// PostgreSQL for many stateless replicas: pooled connections from one NpgsqlDataSource, writes serialised across every replica by a
// transaction advisory lock (the same one-writer rule SQLite has, so summaries and the data version stay exact), the data version
// read from the database on every request (a write through one replica is seen by all at once), migrations and the first seed
// under session advisory locks.
public sealed class PostgresStore : StoreProvider
{
    private const long WriterLock = 0x7472_6164_6502;
    private const long SeedLock = 0x7472_6164_6503;

    private readonly NpgsqlDataSource _source;

    public PostgresStore(string? configured, StorageOptions options)
    {
        if (string.IsNullOrWhiteSpace(configured))
            throw new DatabaseMismatchException("Storage:Provider is Postgres but ConnectionStrings:Trade is empty; give an Npgsql connection string "
                + "(Host=...;Port=5432;Database=...;Username=...;Password=...)");
        NpgsqlConnectionStringBuilder builder;
        try { builder = new NpgsqlConnectionStringBuilder(configured); }
        catch (ArgumentException e) { throw new DatabaseMismatchException($"ConnectionStrings:Trade is not an Npgsql connection string: {e.Message}"); }
        // A connection that cannot be had within the busy timeout fails fast into the retry pipeline instead of waiting 15 s.
        if (!configured.Contains("Timeout", StringComparison.OrdinalIgnoreCase)) builder.Timeout = Math.Max(options.BusyTimeoutSeconds, 2);
        builder.ApplicationName ??= "TradeApi";
        Describe = $"PostgreSQL {builder.Host}:{builder.Port}/{builder.Database}";
        // Statements the service runs again and again are prepared on the server after their second use (parse and plan once per
        // connection); a connection string may set its own (0 for a pooler in transaction mode, such as PgBouncer).
        if (!configured.Contains("Auto Prepare", StringComparison.OrdinalIgnoreCase)) builder.MaxAutoPrepare = 64;
        _source = NpgsqlDataSource.Create(builder.ConnectionString);
        _version = new SharedRead<string>(ReadVersionAsync);
    }

    public override string Name => "Postgres";
    public override string Describe { get; }
    public override SqlDialect Dialect => PostgresDialect.Instance;
    public override int LatestSchema => PostgresMigrations.Latest;

    public override DbConnection Open() => _source.OpenConnection();

    public override DbTransaction BeginWrite(DbConnection c)
    {
        var tx = c.BeginTransaction();
        // Held until commit or rollback: one writer at a time over all replicas; each statement after it sees every earlier write.
        c.Execute("SELECT pg_advisory_xact_lock(@key)", new { key = WriterLock }, tx);
        return tx;
    }

    // 40001 serialization failure, 40P01 deadlock, 55P03 lock not available, 53300 too many connections, 57P03 cannot connect now
    // (starting or in recovery), 08xxx connection failures; Npgsql itself marks refused or broken connections and timeouts transient.
    public static bool Transient(Exception e) => e switch
    {
        PostgresException pg => pg.SqlState is "40001" or "40P01" or "55P03" or "53300" or "57P03" or "57P01" or "57P02" || pg.SqlState.StartsWith("08", StringComparison.Ordinal),
        NpgsqlException n => n.IsTransient,
        _ => false,
    };

    public override bool IsTransient(Exception e) => Transient(e);

    public override bool IsLockWait(Exception e) => e is PostgresException { SqlState: "55P03" };

    // The server is gone, out of room, or refuses this database: 53100 disk full, 53200 out of memory, XX001/XX002 damaged data,
    // 3D000 no such database, 28P01/28000 authentication, 25006 read-only (a standby).
    public static bool Unavailable(Exception e) => Transient(e)
        || e is PostgresException { SqlState: "53100" or "53200" or "XX001" or "XX002" or "3D000" or "28P01" or "28000" or "25006" };

    public override bool IsUnavailable(Exception e) => Unavailable(e);

    public override bool IsDatabaseError(Exception e) => e is NpgsqlException;

    public override (StoreFault Fault, string Detail)? Classify(Exception e) => e switch
    {
        PostgresException { SqlState: "53100" } => (StoreFault.Full, "the disk holding the database is full; nothing was stored"),
        PostgresException { SqlState: "XX001" or "XX002" } => (StoreFault.Damaged,
            "the database reports damaged data; the operator must restore it from a backup (README, Running at scale)"),
        PostgresException { SqlState: "25006" or "42501" } => (StoreFault.NotWritable,
            "the database refuses writes (a read-only server or missing privileges); nothing was stored"),
        _ => null,
    };

    public override int Initialize(DbConnection c, DataFills fills)
    {
        var applied = PostgresMigrations.Apply(c, fills);
        // Staging tables a killed import left behind go at start, not an hour into the next import (an import running on another
        // replica began minutes ago at most: a full-matrix import takes about 12 s).
        PostgresStaging.RemoveLeftovers(c, DateTimeOffset.UtcNow.AddMinutes(-10));
        return applied;
    }

    private const string VersionSql = "SELECT value FROM meta WHERE key = 'data_version'";

    // The version row, asked for each request: shared by every replica, so an ETag never outlives a write made elsewhere. Requests
    // arriving together share one query, but only one sent after they arrived (SharedRead), so each still sees every write committed
    // before it came.
    private readonly SharedRead<string> _version;

    public override ValueTask<string> CurrentVersionAsync() => new(_version.GetAsync());

    private async Task<string> ReadVersionAsync()
    {
        await using var c = await _source.OpenConnectionAsync();
        await using var cmd = c.CreateCommand();
        cmd.CommandText = VersionSql;
        return await cmd.ExecuteScalarAsync() as string ?? "0";
    }

    public override IDisposable? SeedGuard(DbConnection c)
    {
        c.Execute("SELECT pg_advisory_lock(@key)", new { key = SeedLock });
        return new Unlock(c, SeedLock);
    }

    private sealed class Unlock(DbConnection c, long key) : IDisposable
    {
        public void Dispose() => c.Execute("SELECT pg_advisory_unlock(@key)", new { key });
    }

    public override IImportStaging Stage(DateTimeOffset now, string dataset) => new PostgresStaging(this, now, dataset);

    public override void Dispose() => _source.Dispose();
}

public sealed class PostgresDialect : SqlDialect
{
    public static readonly PostgresDialect Instance = new();

    public override object? Money(decimal? value) => value;

    // The planner has statistics (autovacuum's ANALYZE); it needs no hints.
    public override string IndexedBy(string index) => "";

    // 500 pairs per batch: a full import's summaries in 42 batches of six queries and one upsert each.
    public override bool SendsWholeResults => true;

    public override int SummaryBatch => 500;
}

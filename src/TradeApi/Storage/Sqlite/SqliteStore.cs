using System.Data.Common;
using Dapper;
using Microsoft.Data.Sqlite;

namespace TradeApi.Storage.Sqlite;

// The embedded store: one file, one writer at a time (BEGIN IMMEDIATE), WAL readers, a sidecar that tells the file from a stand-in.
public sealed class SqliteStore : StoreProvider
{
    private readonly string _connectionString;
    private readonly SqliteVersionWatch _watch;

    public SqliteStore(string? configured, string defaultFile, int busyTimeoutSeconds)
    {
        var builder = new SqliteConnectionStringBuilder(string.IsNullOrWhiteSpace(configured) ? $"Data Source={defaultFile}" : configured)
        {
            DefaultTimeout = busyTimeoutSeconds,
            Pooling = true,
            ForeignKeys = true,
        };
        if (builder.DataSource is { Length: > 0 } file && file != ":memory:" && Path.GetDirectoryName(Path.GetFullPath(file)) is { } dir)
            Directory.CreateDirectory(dir);
        _connectionString = builder.ToString();
        DataSource = builder.DataSource;
        // Once the file exists and is initialised, a connection never creates it again: one opened after the file was deleted (the
        // driver's pool emptied, a new version probe, a background check) would otherwise make an empty stand-in, and the write in it
        // fail on missing tables as "busy". Opening a missing file fails instead (SQLITE_CANTOPEN), which answers as not writable.
        _openExisting = builder.Mode == SqliteOpenMode.ReadWriteCreate && IsFile(builder.DataSource)
            ? new SqliteConnectionStringBuilder(_connectionString) { Mode = SqliteOpenMode.ReadWrite }.ToString()
            : _connectionString;
        _watch = new SqliteVersionWatch(this);
    }

    public override string Name => "Sqlite";
    public string DataSource { get; }
    public override string Describe => DataSource;
    public override SqlDialect Dialect => SqliteDialect.Instance;
    public override int LatestSchema => SqliteMigrations.Latest;

    private readonly string _openExisting;
    private volatile bool _initialized;

    private static bool IsFile(string? source) =>
        source is { Length: > 0 } && source != ":memory:" && !source.StartsWith("file:", StringComparison.Ordinal);

    public override DbConnection Open()
    {
        var c = new SqliteConnection(_initialized ? _openExisting : _connectionString);
        c.Open();
        return c;
    }

    // Read connections stay open between reads, with the statements their reads prepared (ReusedCommands): an uncached pair series
    // spent a tenth of its time compiling its SQL. At most 32 wait idle; a read that failed closes its connection.
    private readonly IdlePool<DbConnection> _readers = new(32);

    // Each kept reader has its own page cache (2 MiB by default) that fills with pages of random pairs it will rarely read again;
    // the operating system caches the file for all of them. 256 KiB each took the service's peak RSS after the full-matrix loads from
    // 274 to 258 MB (bench/README.md), memory the response cache puts to better use.
    private const string ReaderCacheSql = "PRAGMA cache_size = -256";

    public override DbConnection OpenRead()
    {
        if (_readers.Take() is { } kept) return kept;
        var c = Open();
        using (var small = c.CreateCommand())
        {
            small.CommandText = ReaderCacheSql;
            small.ExecuteNonQuery();
        }
        ReusedCommands.Keep(c);
        return c;
    }

    public override void Release(DbConnection c, bool failed)
    {
        if (!failed && c.State == System.Data.ConnectionState.Open) _readers.Return(c);
        else c.Dispose();
    }

    public override DbTransaction BeginWrite(DbConnection c)
    {
        // A file deleted under the running service stays open and writable here, but nobody will open it again: every write
        // acknowledged into it would be lost at the next start. One stat per write transaction refuses them instead (and readiness,
        // which writes, turns 503).
        if (IsFile(DataSource) && !File.Exists(DataSource))
            throw new SqliteException($"the database file {DataSource} is missing (deleted or moved while the service ran); restore it or restart on a new one", 14);
        return ((SqliteConnection)c).BeginTransaction(deferred: false);
    }

    public override void Committed(DbConnection c) => DatabaseIdentity.Committed(c, DataSource);

    // Retry only what waiting can cure: SQLITE_BUSY (5), SQLITE_LOCKED (6), SQLITE_BUSY_SNAPSHOT (517). Never constraints (19).
    public static bool Transient(Exception e) => e is SqliteException { SqliteErrorCode: 5 or 6 } or SqliteException { SqliteExtendedErrorCode: 517 };

    public override bool IsTransient(Exception e) => Transient(e);

    public override bool IsLockWait(Exception e) => Transient(e);

    // A database that cannot be opened, read or written at all (I/O, corrupt, full, cannot open, not a database).
    public static bool Unavailable(Exception e) => Transient(e) || e is SqliteException { SqliteErrorCode: 10 or 11 or 13 or 14 or 26 };

    public override bool IsUnavailable(Exception e) => Unavailable(e);

    public override bool IsDatabaseError(Exception e) => e is SqliteException;

    public override (StoreFault Fault, string Detail)? Classify(Exception e) => e switch
    {
        SqliteException { SqliteErrorCode: 13 } => (StoreFault.Full, "the disk holding the database is full; nothing was stored"),
        SqliteException { SqliteErrorCode: 11 or 26 } => (StoreFault.Damaged,
            "the database file is damaged or is not a database; the operator must restore it from a backup (README, Backup and restore)"),
        SqliteException { SqliteErrorCode: 8 or 14 or 23 } => (StoreFault.NotWritable,
            "the database file or its folder cannot be opened or written (read-only, immutable or missing); nothing was stored"),
        _ => null,
    };

    public override int Initialize(DbConnection c, DataFills fills)
    {
        DatabaseIdentity.Check(c, DataSource);
        // Staging files a killed import left behind (69 MB each for the full matrix) go at start, not an hour into the next import.
        if (DataSource is { Length: > 0 } file && file != ":memory:") SqliteStaging.RemoveLeftovers(file, DateTime.UtcNow.AddMinutes(-2));
        var applied = SqliteMigrations.Apply(c, fills);
        DatabaseIdentity.Ensure(c, DataSource);
        // At start only what the start reads (the schema, the migrations' table, the identity): a file whose pages are gone fails
        // here. The whole file is checked after the start (CheckIntegrity), so a large database is ready in about a second.
        c.ExecuteScalar<long>("SELECT COUNT(*) FROM sqlite_master");
        _initialized = true;
        return applied;
    }

    public override string? CheckIntegrity(DbConnection c)
    {
        var check = c.ExecuteScalar<string>("PRAGMA quick_check");
        return check == "ok" ? null : $"{DataSource} is damaged (PRAGMA quick_check: {check}); restore it from a backup (README, Backup and restore)";
    }

    public override ValueTask<string> CurrentVersionAsync() => ValueTask.FromResult(_watch.Current());

    // One file, one service: the in-process writer lock already makes a seed single.
    public override IDisposable? SeedGuard(DbConnection c) => null;

    public override IImportStaging Stage(DateTimeOffset now, string dataset) => new SqliteStaging(DataSource, now);

    public override void Dispose()
    {
        _watch.Dispose();
        _readers.Clear();
    }
}

public sealed class SqliteDialect : SqlDialect
{
    public static readonly SqliteDialect Instance = new();

    // Text, as decimal.ToString writes it: Microsoft.Data.Sqlite would bind a decimal as "1000000000.0".
    public override object? Money(decimal? value) => value?.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public override string IndexedBy(string index) => string.Concat(" INDEXED BY ", index);

    // In-process: no round trips to save; 64 keys bind in a blink (500 took 8 s over a full import's 20,557 pairs, against 1 s for
    // one pair at a time).
    public override bool SendsWholeResults => false;

    public override int SummaryBatch => 64;
}

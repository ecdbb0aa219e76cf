using System.Data.Common;

namespace TradeApi.Storage;

// Everything that differs between the stores, in one place: how a connection opens, how a write transaction begins and is locked,
// which errors are transient, which faults mean what, the schema's migrations, the data version readers derive ETags from, the
// seed's guard, import staging and the few SQL words the portable subset lacks. The resource folders write portable SQL on
// DbConnection and never name a provider; Storage/Sqlite and Storage/Postgres hold one implementation each.
public abstract class StoreProvider : IDisposable
{
    /// <summary>Sqlite or Postgres, as Storage:Provider names it.</summary>
    public abstract string Name { get; }

    /// <summary>Where the data lives, for messages (a file, or host/port/database; never a password).</summary>
    public abstract string Describe { get; }

    public abstract DbConnection Open();

    /// A connection for one read, given back with Release when the read ends: a store may keep it open, with the statements it
    /// prepared (ReusedCommands), for the next read.
    public virtual DbConnection OpenRead() => Open();

    /// Ends a read's use of a connection from OpenRead; one whose read failed is never kept.
    public virtual void Release(DbConnection c, bool failed) => c.Dispose();

    /// <summary>Begins a write transaction that holds the store's writer lock up front, so no write dies half-way on a conflict.</summary>
    public abstract DbTransaction BeginWrite(DbConnection c);

    /// <summary>Called after a write committed (SQLite records the data version in its sidecar file).</summary>
    public virtual void Committed(DbConnection c) { }

    /// <summary>True when waiting and trying again can cure the error (a lock, a busy server, a serialization failure).</summary>
    public abstract bool IsTransient(Exception e);

    /// <summary>The error of a write that waited for another writer's lock and gave up: the store is healthy, only busy.</summary>
    public virtual bool IsLockWait(Exception e) => false;

    /// <summary>True when the store cannot be used at all right now: worth breaking the circuit for.</summary>
    public abstract bool IsUnavailable(Exception e);

    /// <summary>True for the provider's own database exceptions (the ones the exception handler answers as problems).</summary>
    public abstract bool IsDatabaseError(Exception e);

    /// <summary>What a database fault is, in words for a client; null when it is only busy or unreachable (503 with Retry-After).</summary>
    public abstract (StoreFault Fault, string Detail)? Classify(Exception e);

    /// <summary>Checks the database is the one expected, applies the schema's migrations (filling new columns with fills) and checks it is sound; returns the steps applied.</summary>
    public abstract int Initialize(DbConnection c, DataFills fills);

    /// A full check of the stored pages, run once in the background after the start (it reads the whole file, so it would make the
    /// start as slow as the file is large); null when the database is sound or the store has no such check.
    public virtual string? CheckIntegrity(DbConnection c) => null;

    /// <summary>The newest schema version this build knows.</summary>
    public abstract int LatestSchema { get; }

    /// <summary>The data version of the last committed write, cheap enough to ask on every request and never stale.</summary>
    public abstract ValueTask<string> CurrentVersionAsync();

    /// <summary>Held while a first start seeds, so replicas starting together seed once. Null when the store needs no guard.</summary>
    public abstract IDisposable? SeedGuard(DbConnection c);

    /// <summary>Where an import's rows wait until they are moved into official_figures in one write.</summary>
    public abstract IImportStaging Stage(DateTimeOffset now, string dataset);

    public abstract SqlDialect Dialect { get; }

    public virtual void Dispose() { }
}

/// <summary>An import's rows before they are checked whole. Rows are written in chunks outside the writer lock, Close finishes them
/// (still outside it), and Replace puts them in place of the dataset's old figures inside the write transaction.</summary>
public interface IImportStaging : IDisposable
{
    void Write(IReadOnlyList<StagedRow> rows);

    /// <summary>Done writing: whatever the move needs prepared (SQLite closes its file; PostgreSQL builds the new partition's indexes).</summary>
    void Close();

    /// <summary>A step on the write connection before its transaction begins and its undoing after (SQLite attaches the staging file).</summary>
    (Action<DbConnection> Before, Action<DbConnection> After)? Around { get; }

    /// <summary>Inside the write transaction: the dataset's old figures (when `replacing`) give way to the staged ones.</summary>
    void Replace(DbConnection c, DbTransaction tx, string dataset, bool replacing);
}

public readonly record struct StagedRow(string PairKey, int Year, string Reporter, string Flow, string Partner, string Value);

// The SQL words that differ. Found from the connection's type, so static code that only holds a DbConnection can ask.
public abstract class SqlDialect
{
    /// <summary>A money or confidence parameter as the column takes it: invariant text in SQLite (exact, as written), numeric in PostgreSQL.</summary>
    public abstract object? Money(decimal? value);

    /// <summary>An index hint for a planner without statistics ("" where the planner needs none).</summary>
    public abstract string IndexedBy(string index);

    /// <summary>Pairs per batch of the pair summaries' refresh (PairSummaries): round trips are what a server costs, parameters what
    /// Microsoft.Data.Sqlite costs (it finds each one by name in a list, so a statement's binding grows with the square of their number).</summary>
    public abstract int SummaryBatch { get; }

    /// <summary>True when a query's whole result comes over the wire even if the reader stops early (PostgreSQL), so open-ended
    /// reads must be cut into LIMITed chunks; SQLite computes rows only as they are read.</summary>
    public abstract bool SendsWholeResults { get; }

    public static SqlDialect Of(DbConnection c) => c is Npgsql.NpgsqlConnection ? Postgres.PostgresDialect.Instance : Sqlite.SqliteDialect.Instance;
}

public static class DbExtensions
{
    public static object? Money(this DbConnection c, decimal? value) => SqlDialect.Of(c).Money(value);

    public static DbParameter Add(this DbCommand cmd, string name, object? value = null)
    {
        var p = cmd.CreateParameter();
        p.ParameterName = name;
        p.Value = value ?? DBNull.Value;
        cmd.Parameters.Add(p);
        return p;
    }
}

/// The faults of a store a client is told about (the HTTP layer turns each into its problem type).
public enum StoreFault
{
    /// The disk holding the database is full.
    Full,
    /// The stored data is damaged.
    Damaged,
    /// The database cannot be opened or written.
    NotWritable,
}

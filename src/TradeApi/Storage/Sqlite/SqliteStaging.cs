using System.Data.Common;
using Dapper;
using Microsoft.Data.Sqlite;

namespace TradeApi.Storage.Sqlite;

// An import's rows before they are checked whole: a throwaway SQLite file beside the database (<db>-import-<time>-<guid>), no
// journal, no fsync, its own connection. Staging takes no lock on the database, and the file is deleted when the import ends, however
// it ends; one left by a killed process is deleted by the next import after an hour. The move attaches it (ATTACH cannot run inside
// a transaction, hence Around).
internal sealed class SqliteStaging : IImportStaging
{
    /// <summary>Page cache for the move (KiB): the year index of a full matrix is written mostly in memory instead of page by page.</summary>
    public const int MoveCacheKib = 40 * 1024;

    private readonly SqliteConnection _c;
    private readonly SqliteCommand _insert;
    public string File { get; }

    public SqliteStaging(string database, DateTimeOffset now)
    {
        var full = Path.GetFullPath(database);
        RemoveLeftovers(database, now.UtcDateTime.AddHours(-1));
        File = $"{full}-import-{now.ToUnixTimeSeconds():D12}-{Guid.NewGuid():N}";
        _c = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = File, Pooling = false }.ToString());
        _c.Open();
        _c.Execute("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA cache_size = -16000;");
        _c.Execute("CREATE TABLE rows (pair_key TEXT, year INTEGER, reporter TEXT, flow TEXT, partner TEXT, value TEXT)");
        _insert = Insert();
    }

    /// <summary>Deletes the staging files of imports that ended without cleaning up (a killed process) and were last written before
    /// <paramref name="before"/>: a file still being written by a running import (an `import` verb beside the service) is recent.</summary>
    public static void RemoveLeftovers(string database, DateTime before)
    {
        var full = Path.GetFullPath(database);
        var dir = Path.GetDirectoryName(full)!;
        if (!Directory.Exists(dir)) return;
        foreach (var stale in Directory.GetFiles(dir, Path.GetFileName(full) + "-import-*"))
            if (System.IO.File.GetLastWriteTimeUtc(stale) < before)
                try { System.IO.File.Delete(stale); } catch (IOException) { }
    }

    public (Action<DbConnection> Before, Action<DbConnection> After)? Around =>
        (c => c.Execute("ATTACH DATABASE @file AS staging", new { file = File }), c => c.Execute("DETACH DATABASE staging"));

    // One row per statement: Microsoft.Data.Sqlite binds by name, so a 64-row statement with 384 parameters bound more slowly
    // than 64 single-row steps (measured: staging 2x slower).
    private const string InsertRowSql = "INSERT INTO rows VALUES (@p0, @y0, @r0, @f0, @q0, @v0)";

    private SqliteCommand Insert()
    {
        var cmd = _c.CreateCommand();
        cmd.CommandText = InsertRowSql;
        foreach (var n in (ReadOnlySpan<string>)["@p0", "@y0", "@r0", "@f0", "@q0", "@v0"]) cmd.Parameters.Add(new SqliteParameter { ParameterName = n });
        cmd.Prepare();
        return cmd;
    }

    public void Write(IReadOnlyList<StagedRow> chunk)
    {
        using var tx = _c.BeginTransaction();
        _insert.Transaction = tx;
        var p = _insert.Parameters;
        foreach (var r in chunk)
        {
            p[0].Value = r.PairKey;
            p[1].Value = r.Year;
            p[2].Value = r.Reporter;
            p[3].Value = r.Flow;
            p[4].Value = r.Partner;
            p[5].Value = r.Value;
            _insert.ExecuteNonQuery();
        }
        tx.Commit();
    }

    // A whole dataset goes at once: a scan of the table is the fastest way to remove most of it, and it is no read of the API.
    private const string ClearSql = "DELETE FROM official_figures WHERE dataset = @name";
    // In the table's key order, so the clustered tree grows at its end.
    private const string MoveSql = """
        INSERT INTO official_figures (pair_key, year, reporter, dataset, flow, partner, value)
        SELECT pair_key, year, reporter, @name, flow, partner, value FROM staging.rows ORDER BY pair_key, year, reporter, flow
        """;

    public void Replace(DbConnection c, DbTransaction tx, string dataset, bool replacing)
    {
        c.Execute(string.Concat("PRAGMA cache_size = -", MoveCacheKib.ToString(System.Globalization.CultureInfo.InvariantCulture)), transaction: tx);
        // The sort of the staged rows may use a second thread.
        c.Execute("PRAGMA threads = 1", transaction: tx);
        try
        {
            if (replacing) c.Execute(ClearSql, new { name = dataset }, tx, commandTimeout: 0);
            c.Execute(MoveSql, new { name = dataset }, tx, commandTimeout: 0);
        }
        finally
        {
            // The connection goes back to the pool with the default cache and a single-threaded sorter.
            c.Execute("PRAGMA cache_size = -2000", transaction: tx);
            c.Execute("PRAGMA threads = 0", transaction: tx);
            c.Execute("PRAGMA shrink_memory", transaction: tx);
        }
    }

    /// Closes the file so the database's connection can attach it for the move.
    public void Close()
    {
        _insert.Dispose();
        _c.Close();
    }

    public void Dispose()
    {
        _insert.Dispose();
        _c.Dispose();
        try { System.IO.File.Delete(File); } catch (IOException) { }
    }
}

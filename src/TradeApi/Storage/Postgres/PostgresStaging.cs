using System.Data.Common;
using System.Globalization;
using System.Text;
using Dapper;
using Npgsql;

namespace TradeApi.Storage.Postgres;

// An import's rows before they are checked whole, and then its dataset's partition of official_figures. The rows go with COPY into
// a table of their own (official_staging_<time>_<guid>, shaped like official_figures) on a connection of their own, so staging takes
// no lock any replica's reads or writes wait on. Close builds its two indexes, one per connection so both cores work, and its
// statistics, still outside the writer lock. Replace, inside the write transaction, drops the dataset's old partition and attaches
// this table in its place (renamed official_part_...): the move of a full matrix is a catalogue change, not 1.6 million inserts.
// Readers see the old figures until the commit; while a dataset is being replaced (not on its first import) the drop holds an
// exclusive lock on official_figures from the drop to the commit (the pair summaries' refresh), so reads of official figures wait
// that long. A staging table left by a killed process is dropped by the next import after an hour.
internal sealed class PostgresStaging : IImportStaging
{
    private readonly NpgsqlConnection _c;
    private readonly PostgresStore _store;
    private readonly string _dataset;
    private readonly string _table;

    private const string StaleSql = "SELECT tablename FROM pg_tables WHERE schemaname = current_schema() AND tablename LIKE 'official\\_staging\\_%'";
    // The partition that holds a dataset now, by its bound.
    private const string PartitionOfSql = """
        SELECT c.relname FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid JOIN pg_class p ON p.oid = i.inhparent
        WHERE p.relname = 'official_figures' AND pg_get_expr(c.relpartbound, c.oid) = format('FOR VALUES IN (%L)', @dataset::text)
        """;
    private const string AttachSql = "SELECT format('ALTER TABLE official_figures ATTACH PARTITION %I FOR VALUES IN (%L)', @table::text, @dataset::text)";

    public PostgresStaging(PostgresStore store, DateTimeOffset now, string dataset)
    {
        _store = store;
        _dataset = dataset;
        var token = string.Create(CultureInfo.InvariantCulture, $"{now.ToUnixTimeSeconds():D12}_{Guid.NewGuid():N}");
        _table = string.Concat("official_staging_", token);
        _c = (NpgsqlConnection)store.Open();
        RemoveLeftovers(_c, now.AddHours(-1));
        _c.Execute(string.Concat("CREATE TABLE ", _table, " (LIKE official_figures INCLUDING DEFAULTS INCLUDING CONSTRAINTS)"));
    }

    /// <summary>Drops the staging tables of imports that ended without cleaning up (a killed replica, a server gone mid-import)
    /// and were begun before <paramref name="before"/>; another replica's running import began recently.</summary>
    public static void RemoveLeftovers(DbConnection c, DateTimeOffset before)
    {
        var cutoff = before.ToUnixTimeSeconds();
        foreach (var stale in c.Query<string>(StaleSql).ToList())
            if (long.TryParse(stale.AsSpan(17, 12), NumberStyles.None, CultureInfo.InvariantCulture, out var at) && at < cutoff)
                c.Execute(string.Concat("DROP TABLE IF EXISTS ", stale));
    }

    public (Action<DbConnection> Before, Action<DbConnection> After)? Around => null;

    // Text COPY: the values go as written (exact numerics); the dataset is a field of every row, escaped as COPY wants.
    public void Write(IReadOnlyList<StagedRow> rows)
    {
        using var copy = _c.BeginTextImport(string.Concat("COPY ", _table, " (pair_key, year, reporter, dataset, flow, partner, value) FROM STDIN"));
        var dataset = Escape(_dataset);
        var line = new StringBuilder(80);
        foreach (var r in rows)
        {
            line.Clear().Append(r.PairKey).Append('\t').Append(r.Year.ToString(CultureInfo.InvariantCulture)).Append('\t').Append(r.Reporter).Append('\t')
                .Append(dataset).Append('\t').Append(r.Flow).Append('\t').Append(r.Partner).Append('\t').Append(r.Value).Append('\n');
            copy.Write(line);
        }
    }

    private static string Escape(string s) => s.Replace("\\", "\\\\").Replace("\t", "\\t").Replace("\n", "\\n").Replace("\r", "\\r");

    // The partition's indexes, matching official_figures' so ATTACH adopts them instead of building its own, one per connection.
    public void Close()
    {
        var key = Task.Run(() => _c.Execute(string.Concat("ALTER TABLE ", _table, " ADD PRIMARY KEY (pair_key, year, reporter, dataset, flow)"), commandTimeout: 0));
        using (var other = _store.Open())
            other.Execute(string.Concat("CREATE INDEX ON ", _table, " (year, reporter, partner, dataset, flow) INCLUDE (value)"), commandTimeout: 0);
        key.GetAwaiter().GetResult();
        _c.Execute(string.Concat("ANALYZE ", _table));
    }

    public void Replace(DbConnection c, DbTransaction tx, string dataset, bool replacing)
    {
        foreach (var old in c.Query<string>(PartitionOfSql, new { dataset }, tx).ToList())
            c.Execute(string.Concat("DROP TABLE \"", old, "\""), transaction: tx);
        var part = string.Concat("official_part_", _table["official_staging_".Length..]);
        c.Execute(string.Concat("ALTER TABLE ", _table, " RENAME TO ", part), transaction: tx);
        c.Execute(c.ExecuteScalar<string>(AttachSql, new { table = part, dataset }, tx)!, transaction: tx);
    }

    private const string CreatePartitionSql = "SELECT format('CREATE TABLE %I PARTITION OF official_figures FOR VALUES IN (%L)', 'official_part_' || md5(@dataset::text), @dataset::text)";

    /// <summary>An empty partition for a dataset (migrate-to-postgres copies rows into it).</summary>
    public static void CreatePartition(DbConnection c, DbTransaction tx, string dataset) =>
        c.Execute(c.ExecuteScalar<string>(CreatePartitionSql, new { dataset }, tx)!, transaction: tx);

    public void Dispose()
    {
        // Attached and committed, the table is the dataset's partition now, under its new name; otherwise (never moved, or the move
        // rolled back) it goes.
        try
        {
            _c.Execute(string.Concat("DROP TABLE IF EXISTS ", _table));
        }
        catch (NpgsqlException)
        {
            // The connection broke: drop it from a fresh one, or leave it to the next import's sweep.
            try
            {
                using var c = _store.Open();
                c.Execute(string.Concat("DROP TABLE IF EXISTS ", _table));
            }
            catch (NpgsqlException) { }
        }
        _c.Dispose();
    }
}

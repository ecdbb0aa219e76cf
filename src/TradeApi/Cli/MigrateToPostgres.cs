using System.Data.Common;
using System.Globalization;
using System.Text;
using Dapper;
using Npgsql;
using TradeApi.Storage.Postgres;
using TradeApi.Storage;

namespace TradeApi.Cli;

// `migrate-to-postgres TARGET`: every row of the configured SQLite database copied into an empty PostgreSQL database, in one
// transaction, with COPY. Ids, revisions, review history, official datasets, summaries and the data version come across as they are,
// so the API answers the same on the new store (tested by comparing responses); identity sequences continue after the copied ids.
// Row counts are compared table by table before the commit; a difference rolls everything back.
public static class MigrateToPostgres
{
    // In the order foreign keys allow. schema_version is the target's own (its migrations); health is a probe's scratch row.
    public static readonly string[] Tables = ["documents", "volumes", "targets", "official_datasets", "official_figures", "pair_summary", "stated_firsts", "meta", "fact_history", "rates"];
    private static readonly string[] Identities = ["volumes", "targets", "fact_history"];

    private const string ColumnsSql = "SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = @table ORDER BY ordinal_position";
    private const string OccupiedSql = "SELECT (SELECT COUNT(*) FROM documents) + (SELECT COUNT(*) FROM official_datasets) + (SELECT COUNT(*) FROM rates) + (SELECT COUNT(*) FROM meta WHERE key = 'seeded_at')";

    public sealed record TableCount(string Table, long Source, long Target);

    public static IReadOnlyList<TableCount> Run(Db source, string targetConnectionString, StorageOptions options, Action<string>? say = null)
    {
        if (source.Store is not Storage.Sqlite.SqliteStore)
            throw new DatabaseMismatchException("migrate-to-postgres copies a SQLite database; Storage:Provider is already Postgres");
        using var target = new PostgresStore(targetConnectionString, options);
        using var from = source.Open();
        source.Store.Initialize(from, Seeder.Fills);
        using var to = target.Open();
        target.Initialize(to, Seeder.Fills);
        if (to.ExecuteScalar<long>(OccupiedSql) > 0)
            throw new DatabaseMismatchException($"{target.Describe} already holds documents, official data or a seed; migrate into a new, empty database");
        var counts = new List<TableCount>();
        using var tx = target.BeginWrite(to);
        foreach (var table in Tables)
        {
            var clock = System.Diagnostics.Stopwatch.StartNew();
            var columns = to.Query<string>(ColumnsSql, new { table }, tx).ToList();
            // Official figures live in one partition per dataset.
            if (table == "official_figures")
                foreach (var dataset in from.Query<string>("SELECT DISTINCT dataset FROM official_figures").ToList())
                    PostgresStaging.CreatePartition(to, tx, dataset);
            var copied = Copy(from, (NpgsqlConnection)to, table, columns);
            var stored = to.ExecuteScalar<long>(string.Concat("SELECT COUNT(*) FROM ", table), transaction: tx);
            var expected = from.ExecuteScalar<long>(string.Concat("SELECT COUNT(*) FROM ", table));
            counts.Add(new TableCount(table, expected, stored));
            say?.Invoke(string.Create(CultureInfo.InvariantCulture, $"{table}: {copied:N0} row(s) in {clock.Elapsed.TotalSeconds:F1} s"));
            if (stored != expected)
                throw new InvalidDataException($"{table}: {expected} row(s) in the SQLite database but {stored} in PostgreSQL after the copy; nothing was committed");
        }
        foreach (var table in Identities)
            to.Execute(string.Concat("SELECT setval(pg_get_serial_sequence('", table, "', 'id'), COALESCE((SELECT MAX(id) FROM ", table, "), 0) + 1, false)"), transaction: tx);
        tx.Commit();
        return counts;
    }

    // Text COPY of the source rows in the target's column order: SQLite hands back text, integers and nulls, which PostgreSQL parses
    // into its column types (money text into numeric exactly as stored).
    private static long Copy(DbConnection from, NpgsqlConnection to, string table, IReadOnlyList<string> columns)
    {
        var list = string.Join(", ", columns);
        using var read = from.CreateCommand();
        read.CommandText = string.Concat("SELECT ", list, " FROM ", table);
        using var r = read.ExecuteReader();
        using var copy = to.BeginTextImport(string.Concat("COPY ", table, " (", list, ") FROM STDIN"));
        var line = new StringBuilder(256);
        long rows = 0;
        while (r.Read())
        {
            line.Clear();
            for (var i = 0; i < columns.Count; i++)
            {
                if (i > 0) line.Append('\t');
                if (r.IsDBNull(i)) line.Append("\\N");
                else Escape(line, r.GetValue(i) switch
                {
                    string s => s,
                    IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
                    var o => o.ToString() ?? "",
                });
            }
            copy.Write(line.Append('\n'));
            rows++;
        }
        return rows;
    }

    private static void Escape(StringBuilder line, string value)
    {
        foreach (var ch in value)
            switch (ch)
            {
                case '\\': line.Append("\\\\"); break;
                case '\t': line.Append("\\t"); break;
                case '\n': line.Append("\\n"); break;
                case '\r': line.Append("\\r"); break;
                default: line.Append(ch); break;
            }
    }
}

using System.Data.Common;
using System.Globalization;
using Dapper;
using Npgsql;

namespace TradeApi.Storage.Postgres;

// An import's rows before they are checked whole: an unlogged table of its own (official_staging_<time>_<guid>), filled with COPY on
// a connection of its own, so staging takes no lock any replica's writes wait on; the move reads it inside the write transaction,
// and the table is dropped when the import ends, however it ends. One left by a killed process is dropped by the next import after
// an hour.
internal sealed class PostgresStaging : IImportStaging
{
    private readonly NpgsqlConnection _c;
    private readonly PostgresStore _store;

    public PostgresStaging(PostgresStore store, DateTimeOffset now)
    {
        _store = store;
        Source = string.Create(CultureInfo.InvariantCulture, $"official_staging_{now.ToUnixTimeSeconds():D12}_{Guid.NewGuid():N}");
        _c = (NpgsqlConnection)store.Open();
        var cutoff = now.AddHours(-1).ToUnixTimeSeconds();
        foreach (var stale in _c.Query<string>("SELECT tablename FROM pg_tables WHERE schemaname = current_schema() AND tablename LIKE 'official\\_staging\\_%'"))
            if (long.TryParse(stale.AsSpan(17, 12), NumberStyles.None, CultureInfo.InvariantCulture, out var at) && at < cutoff)
                _c.Execute(string.Concat("DROP TABLE IF EXISTS ", stale));
        _c.Execute(string.Concat("CREATE UNLOGGED TABLE ", Source,
            " (pair_key text COLLATE \"C\", year integer, reporter text COLLATE \"C\", flow text COLLATE \"C\", partner text COLLATE \"C\", value numeric)"));
    }

    public string Source { get; }

    public (Action<DbConnection> Before, Action<DbConnection> After)? Around => null;

    // Text COPY: the values go as written (exact numerics), a few hundred thousand rows a second on one core.
    public void Write(IReadOnlyList<StagedRow> rows)
    {
        using var copy = _c.BeginTextImport(string.Concat("COPY ", Source, " (pair_key, year, reporter, flow, partner, value) FROM STDIN"));
        var line = new System.Text.StringBuilder(64);
        foreach (var r in rows)
        {
            line.Clear().Append(r.PairKey).Append('\t').Append(r.Year.ToString(CultureInfo.InvariantCulture)).Append('\t').Append(r.Reporter).Append('\t')
                .Append(r.Flow).Append('\t').Append(r.Partner).Append('\t').Append(r.Value).Append('\n');
            copy.Write(line);
        }
    }

    public void Close() { }

    // The move is one INSERT ... SELECT; more memory for its sort, and the planner told how many rows the staging table holds.
    public void Tune(DbConnection c, DbTransaction tx, bool on)
    {
        if (on)
        {
            c.Execute("SET LOCAL work_mem = '64MB'", transaction: tx);
            c.Execute("SET LOCAL maintenance_work_mem = '256MB'", transaction: tx);
            c.Execute(string.Concat("ANALYZE ", Source), transaction: tx);
        }
    }

    public void Dispose()
    {
        try
        {
            _c.Execute(string.Concat("DROP TABLE IF EXISTS ", Source));
        }
        catch (NpgsqlException)
        {
            // The connection broke: drop it from a fresh one, or leave it to the next import's sweep.
            try
            {
                using var c = _store.Open();
                c.Execute(string.Concat("DROP TABLE IF EXISTS ", Source));
            }
            catch (NpgsqlException) { }
        }
        _c.Dispose();
    }
}

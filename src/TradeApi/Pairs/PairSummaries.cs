using System.Data.Common;
using TradeApi.Storage;

namespace TradeApi.Pairs;

// The pair_summary table, kept by every write for the pairs it touched, so listing pairs reads one indexed row per pair instead of
// aggregating every table on each request. Pairs are refreshed in batches: a handful of grouped queries per batch of keys instead
// of several per pair, which is what a full import (20,557 pairs) needs on a server a network round trip away.
public static class PairSummaries
{
    /// <summary>Pairs per batch: one set of grouped queries (and IN lists of this many parameters) per batch.</summary>
    public const int Batch = 500;

    private const string StatedCountsSql = "SELECT pair_key, COUNT(*), MIN(year), MAX(year) FROM volumes WHERE pair_key IN ({0}) GROUP BY pair_key";
    private const string TargetCountsSql = "SELECT pair_key, COUNT(*) FROM targets WHERE pair_key IN ({0}) GROUP BY pair_key";
    private const string OfficialCountsSql = "SELECT pair_key, COUNT(*), MIN(year), MAX(year) FROM official_figures WHERE pair_key IN ({0}) GROUP BY pair_key";
    private const string LatestStatedSql = """
        SELECT pair_key, year, value, currency FROM volumes WHERE pair_key IN ({0}) AND flow = 'total' AND review <> 'rejected'
        ORDER BY pair_key, year DESC, id
        """;
    // Newest years first; the first year with a reporter's total (OfficialFigures.WithTotals) gives the latest official total.
    private const string LatestOfficialSql = """
        SELECT pair_key, year, reporter, dataset, flow, value FROM official_figures WHERE pair_key IN ({0})
        ORDER BY pair_key, year DESC, reporter, dataset, flow
        """;
    private const string CurrenciesSql = """
        SELECT pair_key, currency FROM volumes WHERE pair_key IN ({0})
        UNION SELECT pair_key, currency FROM targets WHERE pair_key IN ({0}) AND currency IS NOT NULL
        """;
    private const string UpsertSql = """
        INSERT INTO pair_summary (pair_key, first_year, last_year, stated, official, targets, latest_year, latest_value, latest_currency, latest_source, currencies)
        VALUES (@k, @first, @last, @stated, @official, @targets, @ly, @lv, @lc, @ls, @currencies)
        ON CONFLICT (pair_key) DO UPDATE SET first_year = excluded.first_year, last_year = excluded.last_year, stated = excluded.stated,
            official = excluded.official, targets = excluded.targets, latest_year = excluded.latest_year, latest_value = excluded.latest_value,
            latest_currency = excluded.latest_currency, latest_source = excluded.latest_source, currencies = excluded.currencies
        """;
    private const string DeleteSql = "DELETE FROM pair_summary WHERE pair_key = @k";

    private sealed class Pair
    {
        public long Stated, Targets, Official;
        public int? First, Last;
        public (int Year, decimal Value, string Currency, string Source)? Latest;
        public readonly SortedSet<string> Currencies = new(StringComparer.Ordinal);
    }

    /// Recomputes the summary of each pair given: counts, years, the latest two-way total (official when it is as recent as the
    /// latest stated one), and the currencies its facts use. A pair left with no facts loses its row.
    public static void Refresh(DbConnection c, DbTransaction tx, IEnumerable<string> keys)
    {
        using var upsert = Command(c, tx, UpsertSql, "@k", "@first", "@last", "@stated", "@official", "@targets", "@ly", "@lv", "@lc", "@ls", "@currencies");
        using var delete = Command(c, tx, DeleteSql, "@k");
        foreach (var batch in keys.Distinct(StringComparer.Ordinal).Chunk(Batch))
        {
            var pairs = batch.ToDictionary(k => k, _ => new Pair(), StringComparer.Ordinal);
            Each(c, tx, StatedCountsSql, batch, r =>
            {
                var p = pairs[r.GetString(0)];
                p.Stated = r.GetInt64(1);
                (p.First, p.Last) = (Min(p.First, r.GetInt32(2)), Max(p.Last, r.GetInt32(3)));
            });
            Each(c, tx, TargetCountsSql, batch, r => pairs[r.GetString(0)].Targets = r.GetInt64(1));
            Each(c, tx, OfficialCountsSql, batch, r =>
            {
                var p = pairs[r.GetString(0)];
                p.Official = r.GetInt64(1);
                (p.First, p.Last) = (Min(p.First, r.GetInt32(2)), Max(p.Last, r.GetInt32(3)));
            });
            Each(c, tx, LatestStatedSql, batch, r =>
            {
                var p = pairs[r.GetString(0)];
                p.Latest ??= (r.GetInt32(1), r.GetDecimal(2), r.GetString(3), "stated");
            });
            LatestOfficial(c, tx, batch, pairs);
            Each(c, tx, CurrenciesSql, batch, r => pairs[r.GetString(0)].Currencies.Add(r.GetString(1)));
            foreach (var (key, p) in pairs)
            {
                if (p.Stated == 0 && p.Targets == 0 && p.Official == 0)
                {
                    delete.Parameters[0].Value = key;
                    delete.ExecuteNonQuery();
                    continue;
                }
                if (p.Official > 0) p.Currencies.Add(Official.OfficialFigures.Currency);
                // Years as integers and counts as 64-bit, the columns' types: PostgreSQL checks a prepared statement's binary parameters.
                var v = upsert.Parameters;
                v[0].Value = key;
                v[1].Value = (object?)p.First ?? DBNull.Value;
                v[2].Value = (object?)p.Last ?? DBNull.Value;
                v[3].Value = p.Stated;
                v[4].Value = p.Official;
                v[5].Value = p.Targets;
                v[6].Value = (object?)p.Latest?.Year ?? DBNull.Value;
                v[7].Value = c.Money(p.Latest?.Value) ?? DBNull.Value;
                v[8].Value = (object?)p.Latest?.Currency ?? DBNull.Value;
                v[9].Value = (object?)p.Latest?.Source ?? DBNull.Value;
                v[10].Value = string.Join(',', p.Currencies);
                upsert.ExecuteNonQuery();
            }
        }
    }

    // Per pair, year by year from the newest until a year gives a total: the first reporter (by code, then dataset) that has one. It
    // replaces the stated latest when it is as recent.
    private static void LatestOfficial(DbConnection c, DbTransaction tx, string[] batch, Dictionary<string, Pair> pairs)
    {
        string? pair = null;
        var year = new List<Official.OfficialFigure>();
        var current = -1;
        var found = false;
        void Close()
        {
            if (pair is null || found || year.Count == 0) return;
            if (Official.OfficialFigures.WithTotals(year).FirstOrDefault(f => f.Flow == "total") is not { } total) return;
            found = true;
            var p = pairs[pair];
            if (p.Latest is null || total.Year >= p.Latest.Value.Year) p.Latest = (total.Year, total.Value, Official.OfficialFigures.Currency, "official");
        }
        Each(c, tx, LatestOfficialSql, batch, r =>
        {
            var key = r.GetString(0);
            var y = r.GetInt32(1);
            if (key != pair || y != current)
            {
                Close();
                year.Clear();
                if (key != pair) found = false;
                pair = key;
                current = y;
            }
            if (!found) year.Add(new Official.OfficialFigure(r.GetString(3), r.GetString(2), "", key, r.GetString(4), y, r.GetDecimal(5)));
        });
        Close();
    }

    private const string AllKeysSql = """
        SELECT pair_key FROM volumes UNION SELECT pair_key FROM targets UNION SELECT pair_key FROM official_figures UNION SELECT pair_key FROM pair_summary
        """;

    /// Every pair at once (a schema upgrade builds the table this way).
    public static void RefreshAll(DbConnection c, DbTransaction tx)
    {
        var keys = new List<string>();
        using (var cmd = Command(c, tx, AllKeysSql))
        using (var r = cmd.ExecuteReader())
            while (r.Read()) keys.Add(r.GetString(0));
        Refresh(c, tx, keys);
    }

    private static int? Min(int? a, int b) => a is null ? b : Math.Min(a.Value, b);
    private static int? Max(int? a, int b) => a is null ? b : Math.Max(a.Value, b);

    // The batch's keys as @k0..@kN in the {0} slots of a query; rows read as they come.
    private static void Each(DbConnection c, DbTransaction tx, string sql, string[] keys, Action<DbDataReader> row)
    {
        using var cmd = c.CreateCommand();
        cmd.Transaction = tx;
        var names = new string[keys.Length];
        for (var i = 0; i < keys.Length; i++)
        {
            names[i] = string.Concat("@k", i.ToString(System.Globalization.CultureInfo.InvariantCulture));
            cmd.Add(names[i], keys[i]);
        }
        cmd.CommandText = string.Format(System.Globalization.CultureInfo.InvariantCulture, sql, string.Join(',', names));
        using var r = cmd.ExecuteReader();
        while (r.Read()) row(r);
    }

    private static DbCommand Command(DbConnection c, DbTransaction tx, string sql, params string[] parameters)
    {
        var cmd = c.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = sql;
        foreach (var name in parameters) cmd.Add(name);
        cmd.Prepare();
        return cmd;
    }
}

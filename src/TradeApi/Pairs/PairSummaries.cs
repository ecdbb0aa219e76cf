using System.Data.Common;
using TradeApi.Storage;

namespace TradeApi.Pairs;

// The pair_summary table, kept by every write for the pairs it touched, so listing pairs reads one indexed row per pair instead of
// aggregating every table on each request.
public static class PairSummaries
{
    private const string CountsSql = """
        SELECT (SELECT COUNT(*) FROM volumes WHERE pair_key = @k),
               (SELECT MIN(year) FROM volumes WHERE pair_key = @k),
               (SELECT MAX(year) FROM volumes WHERE pair_key = @k),
               (SELECT COUNT(*) FROM targets WHERE pair_key = @k),
               (SELECT COUNT(*) FROM official_figures WHERE pair_key = @k),
               (SELECT MIN(year) FROM official_figures WHERE pair_key = @k),
               (SELECT MAX(year) FROM official_figures WHERE pair_key = @k)
        """;
    private const string LatestStatedSql = "SELECT year, value, currency FROM volumes WHERE pair_key = @k AND flow = 'total' AND review <> 'rejected' ORDER BY year DESC, id LIMIT 1";
    // Newest years first; the first year with a reporter's total (OfficialFigures.WithTotals) gives the latest official total.
    private const string LatestOfficialSql = "SELECT year, reporter, dataset, flow, value FROM official_figures WHERE pair_key = @k ORDER BY year DESC, reporter, dataset, flow";
    private const string CurrenciesSql = "SELECT currency FROM volumes WHERE pair_key = @k UNION SELECT currency FROM targets WHERE pair_key = @k AND currency IS NOT NULL";
    private const string UpsertSql = """
        INSERT INTO pair_summary (pair_key, first_year, last_year, stated, official, targets, latest_year, latest_value, latest_currency, latest_source, currencies)
        VALUES (@k, @first, @last, @stated, @official, @targets, @ly, @lv, @lc, @ls, @currencies)
        ON CONFLICT (pair_key) DO UPDATE SET first_year = excluded.first_year, last_year = excluded.last_year, stated = excluded.stated,
            official = excluded.official, targets = excluded.targets, latest_year = excluded.latest_year, latest_value = excluded.latest_value,
            latest_currency = excluded.latest_currency, latest_source = excluded.latest_source, currencies = excluded.currencies
        """;
    private const string DeleteSql = "DELETE FROM pair_summary WHERE pair_key = @k";

    /// Recomputes the summary of each pair given: counts, years, the latest two-way total (official when it is as recent as the
    /// latest stated one), and the currencies its facts use. A pair left with no facts loses its row.
    public static void Refresh(DbConnection c, DbTransaction tx, IEnumerable<string> keys)
    {
        using var counts = Command(c, tx, CountsSql);
        using var latestStated = Command(c, tx, LatestStatedSql);
        using var latestOfficial = Command(c, tx, LatestOfficialSql);
        using var currencies = Command(c, tx, CurrenciesSql);
        using var upsert = Command(c, tx, UpsertSql, "@first", "@last", "@stated", "@official", "@targets", "@ly", "@lv", "@lc", "@ls", "@currencies");
        using var delete = Command(c, tx, DeleteSql);
        foreach (var key in keys)
        {
            foreach (var cmd in (ReadOnlySpan<DbCommand>)[counts, latestStated, latestOfficial, currencies, upsert, delete]) cmd.Parameters["@k"].Value = key;
            long stated, targets, official;
            long? first, last;
            using (var r = counts.ExecuteReader())
            {
                r.Read();
                stated = r.GetInt64(0);
                targets = r.GetInt64(3);
                official = r.GetInt64(4);
                first = Min(Year(r, 1), Year(r, 5));
                last = Max(Year(r, 2), Year(r, 6));
            }
            if (stated == 0 && targets == 0 && official == 0)
            {
                delete.ExecuteNonQuery();
                continue;
            }
            (long Year, decimal Value, string Currency, string Source)? latest = null;
            using (var r = latestStated.ExecuteReader())
                if (r.Read()) latest = (r.GetInt64(0), r.GetDecimal(1), r.GetString(2), "stated");
            if (official > 0 && LatestOfficial(latestOfficial, key) is { } o && (latest is null || o.Year >= latest.Value.Year))
                latest = (o.Year, o.Value, Official.OfficialFigures.Currency, "official");
            var used = new SortedSet<string>(StringComparer.Ordinal);
            using (var r = currencies.ExecuteReader())
                while (r.Read()) used.Add(r.GetString(0));
            if (official > 0) used.Add(Official.OfficialFigures.Currency);
            // Years as integers and counts as 64-bit, the columns' types: PostgreSQL checks a prepared statement's binary parameters.
            var p = upsert.Parameters;
            p["@first"].Value = (object?)(int?)first ?? DBNull.Value;
            p["@last"].Value = (object?)(int?)last ?? DBNull.Value;
            p["@stated"].Value = stated;
            p["@official"].Value = official;
            p["@targets"].Value = targets;
            p["@ly"].Value = (object?)(int?)latest?.Year ?? DBNull.Value;
            p["@lv"].Value = c.Money(latest?.Value) ?? DBNull.Value;
            p["@lc"].Value = (object?)latest?.Currency ?? DBNull.Value;
            p["@ls"].Value = (object?)latest?.Source ?? DBNull.Value;
            p["@currencies"].Value = string.Join(',', used);
            upsert.ExecuteNonQuery();
        }
    }

    // Reads year by year from the newest until a year gives a total: the first reporter (by code, then dataset) that has one.
    private static (long Year, decimal Value)? LatestOfficial(DbCommand cmd, string key)
    {
        using var r = cmd.ExecuteReader();
        var year = new List<Official.OfficialFigure>();
        long current = -1;
        while (true)
        {
            var more = r.Read();
            if (!more || r.GetInt64(0) != current)
            {
                if (Official.OfficialFigures.WithTotals(year).FirstOrDefault(f => f.Flow == "total") is { } total) return (total.Year, total.Value);
                if (!more) return null;
                year.Clear();
                current = r.GetInt64(0);
            }
            year.Add(new Official.OfficialFigure(r.GetString(2), r.GetString(1), "", key, r.GetString(3), (int)current, r.GetDecimal(4)));
        }
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

    private static long? Year(DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetInt64(i);
    private static long? Min(long? a, long? b) => a is null ? b : b is null ? a : Math.Min(a.Value, b.Value);
    private static long? Max(long? a, long? b) => a is null ? b : b is null ? a : Math.Max(a.Value, b.Value);

    private static DbCommand Command(DbConnection c, DbTransaction tx, string sql, params string[] more)
    {
        var cmd = c.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = sql;
        if (sql.Contains("@k")) cmd.Add("@k");
        foreach (var name in more) cmd.Add(name);
        cmd.Prepare();
        return cmd;
    }
}

using System.Data.Common;
using Dapper;
using TradeApi.Extraction;
using TradeApi.Infrastructure;
using TradeApi.Storage;

namespace TradeApi.Pairs;

// The pair_summary table, kept by every write for the pairs it touched, so listing pairs reads one indexed row per pair instead of
// aggregating every table on each request. Pairs are refreshed in batches: a handful of grouped queries per batch of keys instead
// of several per pair, which is what a full import (20,557 pairs) needs on a server a network round trip away.
public static class PairSummaries
{

    private const string StatedCountsSql = "SELECT pair_key, COUNT(*), MIN(year), MAX(year) FROM volumes WHERE pair_key IN ({0}) GROUP BY pair_key";
    private const string TargetCountsSql = "SELECT pair_key, COUNT(*) FROM targets WHERE pair_key IN ({0}) GROUP BY pair_key";
    private const string LatestStatedSql = """
        SELECT pair_key, year, value, currency FROM volumes WHERE pair_key IN ({0}) AND flow = 'total' AND review <> 'rejected'
        ORDER BY pair_key, year DESC, id
        """;
    private const string OfficialCountsSql = "SELECT pair_key, COUNT(*), MIN(year), MAX(year) FROM official_figures WHERE pair_key IN ({0}) GROUP BY pair_key";
    // The latest official total is almost always in a pair's newest year: those rows first, for the whole batch.
    private const string NewestYearSql = """
        SELECT f.pair_key, f.year, f.reporter, f.dataset, f.flow, f.value
        FROM official_figures f JOIN (SELECT pair_key, MAX(year) AS year FROM official_figures WHERE pair_key IN ({0}) GROUP BY pair_key) m
          ON f.pair_key = m.pair_key AND f.year = m.year
        ORDER BY f.pair_key, f.year, f.reporter, f.dataset, f.flow
        """;
    // Every row of the pairs whose newest year gives no total (one side or one direction only), in the key's order.
    private const string OfficialSql = """
        SELECT pair_key, year, reporter, dataset, flow, value FROM official_figures WHERE pair_key IN ({0})
        ORDER BY pair_key, year, reporter, dataset, flow
        """;
    private const string CurrenciesSql = """
        SELECT pair_key, currency FROM volumes WHERE pair_key IN ({0})
        UNION SELECT pair_key, currency FROM targets WHERE pair_key IN ({0}) AND currency IS NOT NULL
        """;
    // One statement per batch: its rows' VALUES go in {0}. (The table's version column, added at schema step 9 for a per-process
    // cache of target evaluations, is no longer read: judgements are stored with the targets.)
    private const string UpsertSql = """
        INSERT INTO pair_summary (pair_key, first_year, last_year, stated, official, targets, latest_year, latest_value, latest_currency, latest_source, currencies)
        VALUES {0}
        ON CONFLICT (pair_key) DO UPDATE SET first_year = excluded.first_year, last_year = excluded.last_year, stated = excluded.stated,
            official = excluded.official, targets = excluded.targets, latest_year = excluded.latest_year, latest_value = excluded.latest_value,
            latest_currency = excluded.latest_currency, latest_source = excluded.latest_source, currencies = excluded.currencies
        """;
    private const string DeleteSql = "DELETE FROM pair_summary WHERE pair_key IN ({0})";

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
        foreach (var batch in KeyedSql.Batches(c, keys))
        {
            var pairs = batch.ToDictionary(k => k, _ => new Pair(), StringComparer.Ordinal);
            KeyedSql.Each(c, tx, StatedCountsSql, batch, r =>
            {
                var p = pairs[r.GetString(0)];
                p.Stated = r.GetInt64(1);
                (p.First, p.Last) = (Min(p.First, r.GetInt32(2)), Max(p.Last, r.GetInt32(3)));
            });
            KeyedSql.Each(c, tx, TargetCountsSql, batch, r => pairs[r.GetString(0)].Targets = r.GetInt64(1));
            KeyedSql.Each(c, tx, LatestStatedSql, batch, r =>
            {
                var p = pairs[r.GetString(0)];
                p.Latest ??= (r.GetInt32(1), r.GetDecimal(2), r.GetString(3), Sources.Stated);
            });
            OfficialOf(c, tx, batch, pairs);
            KeyedSql.Each(c, tx, CurrenciesSql, batch, r => pairs[r.GetString(0)].Currencies.Add(r.GetString(1)));
            var gone = pairs.Where(p => p.Value.Stated == 0 && p.Value.Targets == 0 && p.Value.Official == 0).Select(p => p.Key).ToArray();
            if (gone.Length > 0) KeyedSql.Each(c, tx, DeleteSql, gone, null);
            Upsert(c, tx, pairs.Where(p => p.Value.Stated > 0 || p.Value.Targets > 0 || p.Value.Official > 0).ToList());
        }
    }

    // One multi-row upsert per batch. Years as integers and counts as 64-bit, the columns' types.
    private static void Upsert(DbConnection c, DbTransaction tx, List<KeyValuePair<string, Pair>> rows)
    {
        if (rows.Count == 0) return;
        using var cmd = c.CreateCommand();
        cmd.Transaction = tx;
        var values = new string[rows.Count];
        for (var i = 0; i < rows.Count; i++)
        {
            var (key, p) = rows[i];
            if (p.Official > 0) p.Currencies.Add(Official.OfficialFigures.Currency);
            var n = i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            values[i] = string.Concat("(@k", n, ", @f", n, ", @l", n, ", @s", n, ", @o", n, ", @t", n, ", @ly", n, ", @lv", n, ", @lc", n, ", @ls", n, ", @c", n, ")");
            cmd.Add("@k" + n, key);
            cmd.Add("@f" + n, p.First);
            cmd.Add("@l" + n, p.Last);
            cmd.Add("@s" + n, p.Stated);
            cmd.Add("@o" + n, p.Official);
            cmd.Add("@t" + n, p.Targets);
            cmd.Add("@ly" + n, p.Latest?.Year);
            cmd.Add("@lv" + n, c.Money(p.Latest?.Value));
            cmd.Add("@lc" + n, p.Latest?.Currency);
            cmd.Add("@ls" + n, p.Latest?.Source);
            cmd.Add("@c" + n, string.Join(',', p.Currencies));
        }
        cmd.CommandText = string.Format(System.Globalization.CultureInfo.InvariantCulture, UpsertSql, string.Join(",\n", values));
        cmd.ExecuteNonQuery();
    }

    // Per pair: the count and years of its official rows, and the last year that gives a total (the first reporter by code, then
    // dataset, that has one), which replaces the stated latest when it is as recent. The newest year's rows are read for the whole
    // batch; only pairs without a total there have all their rows read, tried from the newest year back.
    private static void OfficialOf(DbConnection c, DbTransaction tx, string[] batch, Dictionary<string, Pair> pairs)
    {
        KeyedSql.Each(c, tx, OfficialCountsSql, batch, r =>
        {
            var p = pairs[r.GetString(0)];
            p.Official = r.GetInt64(1);
            (p.First, p.Last) = (Min(p.First, r.GetInt32(2)), Max(p.Last, r.GetInt32(3)));
        });
        var found = new HashSet<string>(StringComparer.Ordinal);
        Rows(c, tx, NewestYearSql, batch, (key, rows) =>
        {
            if (LatestTotal(key, rows) is not { } total) return;
            found.Add(key);
            Offer(pairs[key], total);
        });
        var rest = pairs.Where(p => p.Value.Official > 0 && !found.Contains(p.Key)).Select(p => p.Key).ToArray();
        if (rest.Length > 0)
            Rows(c, tx, OfficialSql, rest, (key, rows) =>
            {
                if (LatestTotal(key, rows) is { } total) Offer(pairs[key], total);
            });
    }

    private static void Offer(Pair p, Official.OfficialFigure total)
    {
        if (p.Latest is null || total.Year >= p.Latest.Value.Year) p.Latest = (total.Year, total.Value, Official.OfficialFigures.Currency, Sources.Official);
    }

    // A pair's rows in year order, its years tried from the newest: the first that gives a total.
    private static Official.OfficialFigure? LatestTotal(string pair, List<(int Year, string Reporter, string Dataset, string Flow, decimal Value)> rows)
    {
        for (var end = rows.Count; end > 0;)
        {
            var year = rows[end - 1].Year;
            var start = end - 1;
            while (start > 0 && rows[start - 1].Year == year) start--;
            var figures = new List<Official.OfficialFigure>(end - start);
            for (var i = start; i < end; i++) figures.Add(new Official.OfficialFigure(rows[i].Dataset, rows[i].Reporter, "", pair, rows[i].Flow, year, rows[i].Value));
            if (Official.OfficialFigures.WithTotals(figures).FirstOrDefault(f => f.Flow == "total") is { } total) return total;
            end = start;
        }
        return null;
    }

    // Official rows grouped by pair as they come (the query orders them by pair).
    private static void Rows(DbConnection c, DbTransaction tx, string sql, string[] keys,
        Action<string, List<(int Year, string Reporter, string Dataset, string Flow, decimal Value)>> pair)
    {
        string? current = null;
        var rows = new List<(int Year, string Reporter, string Dataset, string Flow, decimal Value)>();
        KeyedSql.Each(c, tx, sql, keys, r =>
        {
            var key = r.GetString(0);
            if (key != current)
            {
                if (current is not null) pair(current, rows);
                rows.Clear();
                current = key;
            }
            rows.Add((r.GetInt32(1), r.GetString(2), r.GetString(3), r.GetString(4), r.GetDecimal(5)));
        });
        if (current is not null) pair(current, rows);
    }

    private const string SummarySql = """
        SELECT pair_key, first_year, last_year, stated, official, targets, latest_year, latest_value, latest_currency, latest_source, currencies
        FROM pair_summary WHERE pair_key IN ({0})
        """;

    /// New documents' facts (one document, or a batch stored in one transaction, in the order stored) added to their pairs' summaries
    /// in time independent of what the pairs already hold: counts add, years
    /// widen, currencies join, and the latest total moves to a new stated figure only when its year is newer (an official total wins
    /// a tie, and of two statements of a year the one stored first stays, as Refresh orders them). A pair without a summary row yet
    /// is built by Refresh, which then reads only the document's own facts and the pair's official rows. Anything that removes or
    /// changes a fact (delete, review, re-extraction, an import) still refreshes.
    public static void Add(DbConnection c, DbTransaction tx, IReadOnlyList<NewFacts> documents) =>
        Add(c, tx, documents.SelectMany(d => d.Facts.Volumes).ToList(), documents.SelectMany(d => d.Facts.Targets).ToList());

    private static void Add(DbConnection c, DbTransaction tx, IReadOnlyList<Extraction.VolumeFact> volumes, IReadOnlyList<Extraction.TargetFact> targets)
    {
        var keys = volumes.Select(v => Gazetteer.PairKey(v.Reporter, v.Partner)).Concat(targets.Select(t => Gazetteer.PairKey(t.Reporter, t.Partner)))
            .Distinct(StringComparer.Ordinal).ToArray();
        if (keys.Length == 0) return;
        var pairs = new Dictionary<string, Pair>(StringComparer.Ordinal);
        KeyedSql.Each(c, tx, SummarySql, keys, r =>
        {
            var p = new Pair
            {
                First = r.IsDBNull(1) ? null : r.GetInt32(1), Last = r.IsDBNull(2) ? null : r.GetInt32(2),
                Stated = r.GetInt64(3), Official = r.GetInt64(4), Targets = r.GetInt64(5),
                Latest = r.IsDBNull(6) ? null : (r.GetInt32(6), r.GetDecimal(7), r.GetString(8), r.GetString(9)),
            };
            foreach (var code in r.GetString(10).Split(',', StringSplitOptions.RemoveEmptyEntries)) p.Currencies.Add(code);
            pairs[r.GetString(0)] = p;
        });
        var missing = keys.Where(k => !pairs.ContainsKey(k)).ToList();
        if (missing.Count > 0) Refresh(c, tx, missing);
        if (pairs.Count == 0) return;
        foreach (var v in volumes)
        {
            if (!pairs.TryGetValue(Gazetteer.PairKey(v.Reporter, v.Partner), out var p)) continue;
            p.Stated++;
            (p.First, p.Last) = (Min(p.First, v.Year), Max(p.Last, v.Year));
            p.Currencies.Add(v.Currency);
            // Newer only: in a tie the row already there (official, or a statement stored earlier) stays.
            if (v.Flow == Extraction.Flows.Total && (p.Latest is null || v.Year > p.Latest.Value.Year)) p.Latest = (v.Year, v.Value, v.Currency, Sources.Stated);
        }
        foreach (var t in targets)
        {
            if (!pairs.TryGetValue(Gazetteer.PairKey(t.Reporter, t.Partner), out var p)) continue;
            p.Targets++;
            if (t.Currency is not null) p.Currencies.Add(t.Currency);
        }
        Upsert(c, tx, pairs.ToList());
    }

    private const string AllKeysSql = """
        SELECT pair_key FROM volumes UNION SELECT pair_key FROM targets UNION SELECT pair_key FROM official_figures UNION SELECT pair_key FROM pair_summary
        """;

    /// Every pair at once (a schema upgrade builds the table this way).
    public static void RefreshAll(DbConnection c, DbTransaction tx) => Refresh(c, tx, c.Query<string>(AllKeysSql, transaction: tx).ToList());

    private static int? Min(int? a, int b) => a is null ? b : Math.Min(a.Value, b);
    private static int? Max(int? a, int b) => a is null ? b : Math.Max(a.Value, b);
}

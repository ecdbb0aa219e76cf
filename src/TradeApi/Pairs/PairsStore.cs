using Dapper;
using System.Data.Common;
using TradeApi.Countries;
using TradeApi.Extraction;
using TradeApi.Volumes;

namespace TradeApi.Pairs;

public static class PairsStore
{

    private const string Columns = """
        SELECT pair_key AS Key, first_year AS FirstYear, last_year AS LastYear, stated AS Stated, official AS Official, targets AS Targets,
               latest_year AS LatestYear, latest_value AS LatestValue, latest_currency AS LatestCurrency, latest_source AS LatestSource
        FROM pair_summary
        """;
    private const string FirstPageSql = Columns + " ORDER BY pair_key LIMIT @take";
    private const string NextPageSql = Columns + " WHERE pair_key > @after ORDER BY pair_key LIMIT @take";
    private const string FirstPageDescSql = Columns + " ORDER BY pair_key DESC LIMIT @take";
    private const string NextPageDescSql = Columns + " WHERE pair_key < @after ORDER BY pair_key DESC LIMIT @take";
    // By the latest two-way total (pairs without one as -1, so they come first ascending and last descending), then key; the summary
    // has one row per pair, so the sort reads it whole (20,557 rows on the full IMF matrix).
    private const string Latest = "COALESCE(CAST(latest_value AS DOUBLE PRECISION), -1)";
    private const string ByLatestSql = Columns + " ORDER BY " + Latest + ", pair_key LIMIT @take";
    private const string ByLatestNextSql = Columns + " WHERE (" + Latest + ", pair_key) > (@value, @after) ORDER BY " + Latest + ", pair_key LIMIT @take";
    private const string ByLatestDescSql = Columns + " ORDER BY " + Latest + " DESC, pair_key DESC LIMIT @take";
    private const string ByLatestDescNextSql = Columns + " WHERE (" + Latest + ", pair_key) < (@value, @after) ORDER BY " + Latest + " DESC, pair_key DESC LIMIT @take";
    private const string CountSql = "SELECT COUNT(*) FROM pair_summary";
    private const string OneSql = Columns + " WHERE pair_key = @key";
    private const string ExistsSql = "SELECT EXISTS (SELECT 1 FROM pair_summary WHERE pair_key = @key)";
    private const string CountsSql = "SELECT stated AS Stated, official AS Official FROM pair_summary WHERE pair_key = @key";

    /// A page of pairs in key order, read from the summary the writes keep.
    public static List<PairSummary> List(DbConnection c, string? after, int take) => List(c, "key", after, take)!;

    /// A page of pairs in one of the sorts (key, -key, latestValue, -latestValue) after a cursor of the same sort; null for a cursor
    /// that is not one.
    public static List<PairSummary>? List(DbConnection c, string sort, string? after, int take)
    {
        string sql;
        object args;
        if (sort is "key" or "-key")
        {
            sql = sort == "key" ? (after is null ? FirstPageSql : NextPageSql) : (after is null ? FirstPageDescSql : NextPageDescSql);
            args = new { after, take };
        }
        else
        {
            double value = 0;
            string? key = null;
            if (after is not null)
            {
                var bar = after.IndexOf('|');
                // A forged "NaN|..." or "1e400|..." is no position in any order (and SQLite refuses to bind NaN).
                if (bar < 0 || !double.TryParse(after[..bar], System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out value)
                    || !double.IsFinite(value)) return null;
                key = after[(bar + 1)..];
            }
            sql = sort == "latestValue" ? (after is null ? ByLatestSql : ByLatestNextSql) : (after is null ? ByLatestDescSql : ByLatestDescNextSql);
            args = new { value, after = key, take };
        }
        return c.Query<KeyRow>(sql, args).Select(Summary).ToList();
    }

    /// The cursor of a pair in a sort.
    public static string CursorOf(PairSummary p, string sort) => sort is "key" or "-key" ? p.Key
        : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{(p.Latest is { } l ? (double)l.Value : -1d):R}|{p.Key}");

    public static long Count(DbConnection c) => c.ExecuteScalar<long>(CountSql);

    public static PairSummary? Get(DbConnection c, string key) => c.Query<KeyRow>(OneSql, new { key }).Select(Summary).FirstOrDefault();

    /// Whether the pair has any fact: one indexed lookup.
    public static bool Exists(DbConnection c, string key) => c.ExecuteScalar<long>(ExistsSql, new { key }) == 1;

    /// How many stated and official rows the pair has (null when it has no facts), so a reader skips the source that has none.
    public static (long Stated, long Official)? Counts(DbConnection c, string key) =>
        c.QueryFirstOrDefault<(long Stated, long Official)?>(CountsSql, new { key });

    private static PairSummary Summary(KeyRow r)
    {
        var codes = r.Key.Split('-');
        var a = Gazetteer.Default.Resolve(codes[0])!;
        var b = Gazetteer.Default.Resolve(codes[1])!;
        var latest = r.LatestYear is { } y ? new LatestVolume((int)y, r.LatestValue!.Value, r.LatestCurrency!, r.LatestSource!) : null;
        return new PairSummary(r.Key, CountriesEndpoints.View(a), CountriesEndpoints.View(b), (int?)r.FirstYear, (int?)r.LastYear, (int)r.Stated, (int)r.Official,
            (int)r.Targets, latest);
    }

    /// Stated and official figures side by side per year, with conflicts flagged.
    public static List<YearComparison> Years(IEnumerable<VolumeRow> rows)
    {
        var result = new List<YearComparison>();
        foreach (var g in rows.GroupBy(r => r.Year).OrderBy(g => g.Key))
        {
            var stated = g.Where(r => r.Source == "stated").ToList();
            var official = g.Where(r => r.Source == "official").ToList();
            var conflict = stated.Any(s => s.Check is { } c && Checks.ClaimCheck.Disagrees(c.Verdict));
            result.Add(new YearComparison(g.Key, stated, official, conflict));
        }
        return result;
    }

    private sealed class KeyRow
    {
        public string Key { get; init; } = "";
        public long? FirstYear { get; init; }
        public long? LastYear { get; init; }
        public long Stated { get; init; }
        public long Official { get; init; }
        public long Targets { get; init; }
        public long? LatestYear { get; init; }
        public decimal? LatestValue { get; init; }
        public string? LatestCurrency { get; init; }
        public string? LatestSource { get; init; }
    }
}

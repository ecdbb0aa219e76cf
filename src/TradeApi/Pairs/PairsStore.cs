using System.Data.Common;
using Dapper;
using TradeApi.Countries;
using TradeApi.Extraction;
using TradeApi.Infrastructure;
using TradeApi.Volumes;

namespace TradeApi.Pairs;

public static class PairsStore
{

    private const string Columns = """
        SELECT pair_key AS Key, first_year AS FirstYear, last_year AS LastYear, stated AS Stated, official AS Official, targets AS Targets,
               latest_year AS LatestYear, latest_value AS LatestValue, latest_currency AS LatestCurrency, latest_source AS LatestSource
        FROM pair_summary
        """;
    // By the latest two-way total (pairs without one as -1, so they come first ascending and last descending), then key; the summary
    // has one row per pair, so the sort reads it whole (20,557 rows on the full IMF matrix).
    private const string Latest = "COALESCE(CAST(latest_value AS DOUBLE PRECISION), -1)";
    private const string CountSql = "SELECT COUNT(*) FROM pair_summary";
    private const string OneSql = Columns + " WHERE pair_key = @key";
    private const string ExistsSql = "SELECT EXISTS (SELECT 1 FROM pair_summary WHERE pair_key = @key)";
    private const string CountsSql = "SELECT stated AS Stated, official AS Official FROM pair_summary WHERE pair_key = @key";

    /// A page of pairs in key order, read from the summary the writes keep.
    public static List<PairSummary> List(DbConnection c, string? after, int take) => List(c, "key", after, take)!;

    /// A page of pairs in one of the sorts (key, -key, latestValue, -latestValue) after a cursor of the same sort, optionally only the
    /// pairs with one of `countries` on either side; null for a cursor that is not one.
    public static List<PairSummary>? List(DbConnection c, string sort, string? after, int take, IReadOnlyList<string>? countries = null)
    {
        var sql = new System.Text.StringBuilder(Columns).Append(" WHERE 1 = 1");
        var args = new DynamicParameters();
        args.Add("take", take);
        if (countries is { Count: > 0 })
        {
            // A key is "AAA-BBB" in code order: a country is the first three letters or the last three.
            sql.Append(" AND (");
            for (var i = 0; i < countries.Count; i++)
            {
                var n = i.ToString(System.Globalization.CultureInfo.InvariantCulture);
                sql.Append(i == 0 ? "" : " OR ").Append("pair_key LIKE @first").Append(n).Append(" OR pair_key LIKE @second").Append(n);
                args.Add("first" + n, countries[i] + "-%");
                args.Add("second" + n, "%-" + countries[i]);
            }
            sql.Append(')');
        }
        var descending = sort.StartsWith('-');
        var (op, direction) = descending ? ("<", " DESC") : (">", "");
        if (sort is "key" or "-key")
        {
            if (after is not null)
            {
                sql.Append(" AND pair_key ").Append(op).Append(" @after");
                args.Add("after", after);
            }
            sql.Append(" ORDER BY pair_key").Append(direction);
        }
        else
        {
            if (after is not null)
            {
                var bar = after.IndexOf('|');
                // A forged "NaN|..." or "1e400|..." is no position in any order (and SQLite refuses to bind NaN).
                if (bar < 0 || !double.TryParse(after[..bar], System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var value)
                    || !double.IsFinite(value)) return null;
                sql.Append(" AND (").Append(Latest).Append(", pair_key) ").Append(op).Append(" (@value, @after)");
                args.Add("value", value);
                args.Add("after", after[(bar + 1)..]);
            }
            sql.Append(" ORDER BY ").Append(Latest).Append(direction).Append(", pair_key").Append(direction);
        }
        return c.Query<KeyRow>(sql.Append(" LIMIT @take").ToString(), args).Select(Summary).ToList();
    }

    /// The cursor of a pair in a sort.
    public static string CursorOf(PairSummary p, string sort) => sort is "key" or "-key" ? p.Key
        : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{(p.Latest is { } l ? (double)l.Value : -1d):R}|{p.Key}");

    public static long Count(DbConnection c) => c.ExecuteScalar<long>(CountSql);

    /// Pairs with one of the countries on either side (read through List's filter, whole: at most 249 pairs per country).
    public static long Count(DbConnection c, IReadOnlyList<string> countries) => List(c, "key", null, int.MaxValue, countries)!.Count;

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

using Dapper;
using Microsoft.Data.Sqlite;
using TradeApi.Countries;
using TradeApi.Extraction;
using TradeApi.Volumes;

namespace TradeApi.Pairs;

public static class PairsStore
{
    public const decimal ConflictTolerance = 0.10m;

    private const string Columns = """
        SELECT pair_key AS Key, first_year AS FirstYear, last_year AS LastYear, stated AS Stated, official AS Official, targets AS Targets,
               latest_year AS LatestYear, latest_value AS LatestValue, latest_currency AS LatestCurrency, latest_source AS LatestSource
        FROM pair_summary
        """;
    private const string FirstPageSql = Columns + " ORDER BY pair_key LIMIT @take";
    private const string NextPageSql = Columns + " WHERE pair_key > @after ORDER BY pair_key LIMIT @take";
    private const string OneSql = Columns + " WHERE pair_key = @key";
    private const string ExistsSql = "SELECT EXISTS (SELECT 1 FROM pair_summary WHERE pair_key = @key)";
    private const string CountsSql = "SELECT stated AS Stated, official AS Official FROM pair_summary WHERE pair_key = @key";

    /// A page of pairs in key order, read from the summary the writes keep.
    public static List<PairSummary> List(SqliteConnection c, string? after, int take) =>
        c.Query<KeyRow>(after is null ? FirstPageSql : NextPageSql, new { after, take }).Select(Summary).ToList();

    public static PairSummary? Get(SqliteConnection c, string key) => c.Query<KeyRow>(OneSql, new { key }).Select(Summary).FirstOrDefault();

    /// Whether the pair has any fact: one indexed lookup.
    public static bool Exists(SqliteConnection c, string key) => c.ExecuteScalar<long>(ExistsSql, new { key }) == 1;

    /// How many stated and official rows the pair has (null when it has no facts), so a reader skips the source that has none.
    public static (long Stated, long Official)? Counts(SqliteConnection c, string key) =>
        c.QueryFirstOrDefault<(long Stated, long Official)?>(CountsSql, new { key });

    private static PairSummary Summary(KeyRow r)
    {
        var codes = r.Key.Split('-');
        var a = Gazetteer.Default.Resolve(codes[0])!;
        var b = Gazetteer.Default.Resolve(codes[1])!;
        var latest = r.LatestYear is { } y ? new LatestVolume((int)y, VolumesStore.Dec(r.LatestValue!), r.LatestCurrency!, r.LatestSource!) : null;
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
            var conflict = stated.Where(s => s.Flow == "total").Any(s => official.Where(o => o.Flow == "total" && o.Currency == s.Currency)
                .Any(o => Math.Abs(s.Value - o.Value) > ConflictTolerance * Math.Max(Math.Abs(s.Value), Math.Abs(o.Value))));
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
        public string? LatestValue { get; init; }
        public string? LatestCurrency { get; init; }
        public string? LatestSource { get; init; }
    }
}

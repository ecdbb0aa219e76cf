using Dapper;
using Microsoft.Data.Sqlite;
using TradeApi.Countries;
using TradeApi.Extraction;
using TradeApi.Volumes;

namespace TradeApi.Pairs;

public static class PairsStore
{
    public const decimal ConflictTolerance = 0.10m;

    private const string KeysSql = """
        SELECT pair_key AS Key, MIN(year) AS FirstYear, MAX(year) AS LastYear, SUM(stated) AS Stated, SUM(official) AS Official, SUM(targets) AS Targets
        FROM (
            SELECT pair_key, year, 1 AS stated, 0 AS official, 0 AS targets FROM volumes
            UNION ALL SELECT pair_key, year, 0, 1, 0 FROM official_flows
            UNION ALL SELECT pair_key, NULL, 0, 0, 1 FROM targets
        )
        WHERE (@after IS NULL OR pair_key > @after) AND (@only IS NULL OR pair_key = @only)
        GROUP BY pair_key
        ORDER BY pair_key
        LIMIT @take
        """;

    public static List<PairSummary> List(SqliteConnection c, string? after, int take, string? only = null) =>
        c.Query<KeyRow>(KeysSql, new { after, take, only }).Select(r => Summary(c, r)).ToList();

    private static PairSummary Summary(SqliteConnection c, KeyRow r)
    {
        var codes = r.Key.Split('-');
        var a = Gazetteer.Default.Resolve(codes[0])!;
        var b = Gazetteer.Default.Resolve(codes[1])!;
        return new PairSummary(r.Key, CountriesEndpoints.View(a), CountriesEndpoints.View(b), (int?)r.FirstYear, (int?)r.LastYear, (int)r.Stated, (int)r.Official,
            (int)r.Targets, Latest(c, r.Key));
    }

    private const string LatestStatedSql = """
        SELECT year AS Year, value AS Value, currency AS Currency FROM volumes WHERE pair_key = @key AND flow = 'total' ORDER BY year DESC, id LIMIT 1
        """;

    private static LatestVolume? Latest(SqliteConnection c, string key)
    {
        var stated = c.QueryFirstOrDefault<(long Year, string Value, string Currency)?>(LatestStatedSql, new { key });
        var official = VolumesStore.OfficialRows(VolumesStore.Official(c, key, null, null)).Where(v => v.Flow == "total")
            .OrderByDescending(v => v.Year).ThenBy(v => v.Reporter).FirstOrDefault();
        if (official is not null && (stated is null || official.Year >= stated.Value.Year))
            return new LatestVolume(official.Year, official.Value, official.Currency, "official");
        return stated is { } s ? new LatestVolume((int)s.Year, VolumesStore.Dec(s.Value), s.Currency, "stated") : null;
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
    }
}

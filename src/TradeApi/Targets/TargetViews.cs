using System.Collections.Concurrent;
using System.Data.Common;
using Dapper;

namespace TradeApi.Targets;

/// Targets with their evaluations, kept per pair until the pair changes. Every write that changes a pair's facts or official figures
/// moves its summary's version (PairSummaries), and a rates import moves the rates version; a pair whose versions still match is not
/// evaluated again, so a list of every target costs one small read of versions plus the pairs that changed since the last read,
/// instead of every target's evaluation on every request. Each replica keeps its own; the versions are the database's.
public static class TargetViews
{
    private sealed record Entry(long Version, string Rates, List<TargetView> Views);

    private static readonly ConcurrentDictionary<(string Database, string Pair), Entry> Cache = new();

    private const string VersionsSql = "SELECT pair_key, version FROM pair_summary WHERE targets > 0 ORDER BY pair_key";
    private const string VersionSql = "SELECT version FROM pair_summary WHERE pair_key = @pair";

    /// One pair's targets, evaluated, in id order.
    public static List<TargetView> OfPair(DbConnection c, string pair)
    {
        // Versions first, then the facts: a write that lands in between makes the entry older than its version, never newer.
        var rates = Rates.RatesStore.Version(c);
        var version = c.ExecuteScalar<long?>(VersionSql, new { pair });
        return version is null ? [] : Fresh(c, pair, version.Value, rates);
    }

    /// Every target of every pair in id order, and the same by id; shared by readers, never changed.
    public sealed record Whole(string Stamp, IReadOnlyList<TargetView> Views, IReadOnlyDictionary<long, TargetView> ById);

    private static readonly ConcurrentDictionary<string, Whole> Wholes = new();

    /// Every target of every pair, evaluated, in id order (the merged list itself kept until a pair or the rates change).
    public static Whole All(DbConnection c)
    {
        var rates = Rates.RatesStore.Version(c);
        var versions = c.Query<(string Pair, long Version)>(VersionsSql).ToList();
        var stamp = string.Concat(rates, ";", string.Join(',', versions.Select(v => $"{v.Pair}:{v.Version}")));
        if (Wholes.TryGetValue(c.ConnectionString, out var whole) && whole.Stamp == stamp) return whole;
        var all = new List<TargetView>();
        foreach (var (pair, version) in versions) all.AddRange(Fresh(c, pair, version, rates));
        all.Sort((x, y) => x.Target.Id.CompareTo(y.Target.Id));
        whole = new Whole(stamp, all, all.ToDictionary(v => v.Target.Id));
        Wholes[c.ConnectionString] = whole;
        return whole;
    }

    // One evaluation per pair at a time: requests arriving while a pair is evaluated wait for that result instead of each doing
    // the same work (32 clients after a write used to evaluate every pair 32 times over).
    private static readonly ConcurrentDictionary<(string Database, string Pair), object> Gates = new();

    private static List<TargetView> Fresh(DbConnection c, string pair, long version, string rates)
    {
        var key = (c.ConnectionString, pair);
        if (Current(key, version, rates) is { } views) return views;
        lock (Gates.GetOrAdd(key, _ => new object()))
        {
            if (Current(key, version, rates) is { } done) return done;
            var evaluated = TargetsStore.Evaluated(c, pair);
            // A reader on an older snapshot never replaces a newer entry.
            if (!Cache.TryGetValue(key, out var held) || held.Version <= version) Cache[key] = new Entry(version, rates, evaluated);
            return evaluated;
        }
    }

    private static List<TargetView>? Current((string, string) key, long version, string rates) =>
        Cache.TryGetValue(key, out var entry) && entry.Version == version && entry.Rates == rates ? entry.Views : null;
}

using System.Globalization;
using System.Text;
using Dapper;
using System.Data.Common;
using TradeApi.Storage;

namespace TradeApi.Official;

/// <summary>One official figure as stored: as the reporter gave it (exports, imports), or the reporter's two-way total.</summary>
/// <summary>One year of one direction of a pair, as both sides report it.</summary>
public sealed record MirrorYear(
    int Year,
    [property: System.ComponentModel.Description("The country whose figure is `reported`.")] string Reporter,
    string Partner,
    [property: System.ComponentModel.Description("exports or imports, as the reporter gave it.")] [property: Infrastructure.OneOf(nameof(Infrastructure.Vocabulary.MirrorFlows))] string Flow,
    [property: System.ComponentModel.Description("US dollars: what the reporter gave for the flow; null when it gave nothing that year.")] decimal? Reported,
    [property: System.ComponentModel.Description("US dollars: what the partner gave for the same goods (its imports for the reporter's exports, its exports for the reporter's imports); null when it gave nothing.")] decimal? Mirror,
    [property: System.ComponentModel.Description("(mirror - reported) / reported, in percent, one decimal; null when either is missing or reported is 0. Importers value goods CIF and exporters FOB, so a few percent is normal.")] decimal? GapPercent);

public sealed record OfficialFigure(string Dataset, string Reporter, string Partner, string Pair, string Flow, int Year, decimal Value)
{
    public string Currency => OfficialFigures.Currency;
}

// The one rule for official figures. Rows are stored as each reporter gave them (exports, imports); a reporter's total is its exports
// plus its imports for the year, added by WithTotals as the rows are read, so every reader (pair view, flat list, CSV, target
// evaluation, pair summary) serves the same figure. Where a reporter gave no figure, its partner's mirror figure stands in (the
// partner's imports for the reporter's exports, and so on).
public static class OfficialFigures
{
    /// <summary>Official figures are in US dollars (the Comtrade and IMF DOTS primaryValue).</summary>
    public const string Currency = "USD";

    public static decimal Total(decimal exports, decimal imports) => exports + imports;

    /// <summary>The same flow as the partner reports it: its imports are the reporter's exports.</summary>
    public static string Mirror(string flow) => flow switch { "exports" => "imports", "imports" => "exports", _ => "total" };

    /// The rows as given, each (year, reporter, dataset) group followed by its total when it has both directions. The rows must come
    /// grouped that way with exports before imports, as both indexes of the table return them.
    public static IEnumerable<OfficialFigure> WithTotals(IEnumerable<OfficialFigure> rows)
    {
        OfficialFigure? exports = null;
        foreach (var f in rows)
        {
            yield return f;
            if (f.Flow == "exports") exports = f;
            else
            {
                if (exports is not null && exports.Year == f.Year && exports.Reporter == f.Reporter && exports.Partner == f.Partner && exports.Dataset == f.Dataset)
                    yield return f with { Flow = "total", Value = Total(exports.Value, f.Value) };
                exports = null;
            }
        }
    }

    /// The same for rows read in the reverse order (each group imports before exports): the total first, then the group's rows, so
    /// the stream is the exact reverse of WithTotals'.
    public static IEnumerable<OfficialFigure> WithTotalsDescending(IEnumerable<OfficialFigure> rows)
    {
        var group = new List<OfficialFigure>(2);
        foreach (var f in rows)
        {
            if (group.Count > 0 && !Same(group[0], f))
            {
                foreach (var g in Flush(group)) yield return g;
                group.Clear();
            }
            group.Add(f);
        }
        foreach (var g in Flush(group)) yield return g;

        static bool Same(OfficialFigure a, OfficialFigure b) => a.Year == b.Year && a.Reporter == b.Reporter && a.Partner == b.Partner && a.Dataset == b.Dataset;

        static IEnumerable<OfficialFigure> Flush(List<OfficialFigure> g)
        {
            var imports = g.FirstOrDefault(x => x.Flow == "imports");
            var exports = g.FirstOrDefault(x => x.Flow == "exports");
            if (imports is not null && exports is not null) yield return imports with { Flow = "total", Value = Total(exports.Value, imports.Value) };
            foreach (var x in g.ToList()) yield return x;
        }
    }

    /// Per year and direction, what the reporter gave for `flow` toward its partner beside what the partner gave for the same goods
    /// (its mirror flow), and the gap: (mirror - reported) / reported in percent. Either side may be missing.
    public static List<MirrorYear> Mirrors(IReadOnlyList<OfficialFigure> figures, string a, string b, string flow)
    {
        decimal? Get(IEnumerable<OfficialFigure> year, string reporter, string f) =>
            year.Where(x => x.Reporter == reporter && x.Flow == f).OrderBy(x => x.Dataset, StringComparer.Ordinal).Select(x => (decimal?)x.Value).FirstOrDefault();
        var result = new List<MirrorYear>();
        foreach (var year in figures.GroupBy(f => f.Year).OrderBy(g => g.Key))
            foreach (var (reporter, partner) in new[] { (a, b), (b, a) })
            {
                var reported = Get(year, reporter, flow);
                var mirror = Get(year, partner, Mirror(flow));
                if (reported is null && mirror is null) continue;
                decimal? gap = reported is > 0 && mirror is { } m ? Infrastructure.Amounts.Ratio(m - reported.Value, reported.Value, 1, 100) : null;
                result.Add(new MirrorYear(year.Key, reporter, partner, flow, reported, mirror, gap));
            }
        return result;
    }

    /// Per year, the figure for `flow` from `reporter`'s side: its own where it gave one, else the partner's mirror figure.
    public static List<(int Year, decimal Value, string ReportedBy)> Series(IEnumerable<OfficialFigure> figures, string reporter, string partner, string flow)
    {
        var mirror = Mirror(flow);
        var result = new List<(int, decimal, string)>();
        foreach (var year in figures.GroupBy(f => f.Year).OrderBy(g => g.Key))
        {
            var own = year.Where(f => f.Reporter == reporter && f.Flow == flow).OrderBy(f => f.Dataset, StringComparer.Ordinal).FirstOrDefault();
            var other = own ?? year.Where(f => f.Reporter == partner && f.Flow == mirror).OrderBy(f => f.Dataset, StringComparer.Ordinal).FirstOrDefault();
            if (other is not null) result.Add((year.Key, other.Value, other.Reporter));
        }
        return result;
    }

    // The reporter and the flow come as numbers (which side of the key reported, exports or not): the strings are the pair's own and
    // the two flow words, so a row reads one string (the dataset) instead of four; the partner is the key's other side. A key is two
    // three-letter codes ("BLR-KAZ"): every official row's countries are resolved to the gazetteer's ISO 3166 alpha-3 codes.
    private const string ByPairSelect = "SELECT dataset, CASE WHEN reporter = substr(pair_key, 1, 3) THEN 1 ELSE 0 END, CASE WHEN flow = 'exports' THEN 1 ELSE 0 END, "
        + "year, value FROM official_figures WHERE pair_key = @pair";

    // Every filter set's SQL, built once: index bit 1 from, 2 to, 4 flow, 8 reporter.
    private static readonly string[] ByPairSqls = Enumerable.Range(0, 16).Select(i => ByPairSql((i & 1) != 0, (i & 2) != 0, (i & 4) != 0, (i & 8) != 0)).ToArray();

    /// The SQL for one filter set: every filter given is a plain comparison on the key the index can seek on (a total needs both
    /// directions read, so flow is a filter only for exports or imports). Exposed for the query-plan test.
    internal static string ByPairSql(bool from, bool to, bool flow, bool reporter)
    {
        var sql = new StringBuilder(ByPairSelect);
        if (from) sql.Append(" AND year >= @from");
        if (to) sql.Append(" AND year <= @to");
        if (flow) sql.Append(" AND flow = @flow");
        if (reporter) sql.Append(" AND reporter = @reporter");
        return sql.Append(" ORDER BY year, reporter, dataset, flow").ToString();
    }

    /// A pair's figures with the reporters' totals (as reported only, when totals is false), optionally cut to years, one flow and one reporter; read along the table's key
    /// (pair, year, reporter, dataset, flow).
    public static List<OfficialFigure> ByPair(DbConnection c, string pair, int? from = null, int? to = null, string? flow = null, string? reporter = null,
        bool totals = true, DbTransaction? tx = null)
    {
        using var use = c.Command(ByPairSqls[(from is null ? 0 : 1) | (to is null ? 0 : 2) | (flow is "exports" or "imports" ? 4 : 0) | (reporter is null ? 0 : 8)]);
        var cmd = use.Command;
        cmd.Transaction = tx;
        cmd.Add("@pair", pair);
        if (from is not null) cmd.Add("@from", from);
        if (to is not null) cmd.Add("@to", to);
        if (flow is "exports" or "imports") cmd.Add("@flow", flow);
        if (reporter is not null) cmd.Add("@reporter", reporter);
        var rows = new List<OfficialFigure>(64);
        var (a, b) = (pair[..3], pair[4..]);
        // Read by hand, typed: this is the hottest read of the API, and a mapper's boxing was a quarter of its time.
        using (var r = cmd.ExecuteReader())
            while (r.Read())
            {
                var first = r.GetInt32(1) == 1;
                rows.Add(new OfficialFigure(r.GetString(0), first ? a : b, first ? b : a, pair, r.GetInt32(2) == 1 ? "exports" : "imports", r.GetInt32(3), r.GetDecimal(4)));
            }
        return totals ? WithTotals(rows).Where(f => flow is null || f.Flow == flow).ToList() : rows;
    }
}

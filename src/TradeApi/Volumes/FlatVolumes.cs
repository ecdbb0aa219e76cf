using System.Data.Common;
using System.Globalization;
using System.Text;
using TradeApi.Extraction;
using TradeApi.Facts;
using TradeApi.Infrastructure;
using TradeApi.Official;
using TradeApi.Pairs;
using TradeApi.Storage;

namespace TradeApi.Volumes;

/// The flat list's filters; each country list is "any of these" (empty: no filter).
public sealed record VolumeFilter(IReadOnlyList<string> Reporters, IReadOnlyList<string> Partners, IReadOnlyList<string> Countries, int? Year, int? From, int? To,
    string? Flow, string? Currency, string? Source)
{
    /// sort=-year: newest year first, and within a year the exact reverse of the ascending order.
    public bool Descending { get; init; }

    /// Review states to keep (empty: every state but rejected; "all": every state). Official rows have no review: a review filter
    /// or a minimum confidence leaves them out.
    public IReadOnlyList<string> Reviews { get; init; } = [];

    public decimal? MinConfidence { get; init; }

    public bool FactsOnly => Reviews.Count > 0 && !Reviews.Contains("all") || MinConfidence is not null;

    public override string ToString() =>
        $"reporters [{string.Join(',', Reporters)}] partners [{string.Join(',', Partners)}] countries [{string.Join(',', Countries)}] year {Year} {From}-{To} {Flow} {Currency} {Source}{(Descending ? " desc" : "")}";
}

/// Where the previous page ended: an official row (its key) or a stated row (its id), in a year.
public sealed record FlatCursor(int Year, bool Stated, string Reporter, string Partner, string Flow, string Dataset, long Id);

// The flat list is official rows then stated rows within each year; official rows by (reporter, partner, dataset, flow), stated rows by
// id. Each source is read by its own query, chosen per filter set so that every filter is an index seek (no "@x IS NULL OR" terms),
// and the two ordered streams are merged here.
public static partial class FlatVolumes
{
    /// A page of the flat list. The token stops the reading between rows and interrupts a running statement: a client that goes
    /// away stops the work it asked for.
    public static List<(FlatCursor Key, VolumeRow Row)> Query(DbConnection c, VolumeFilter f, FlatCursor? after, int take, CancellationToken ct = default)
    {
        var official = f.Source is null or Sources.Official && f.Currency is null or OfficialFigures.Currency && !f.FactsOnly ? Official(c, f, after, take, ct) : [];
        var stated = f.Source is null or Sources.Stated ? Stated(c, f, after, take, ct) : [];
        var merged = new List<(FlatCursor, VolumeRow)>(Math.Min(take, official.Count + stated.Count));
        int i = 0, j = 0;
        while (merged.Count < take && (i < official.Count || j < stated.Count))
        {
            // Ascending, a year's official rows come before its stated ones; descending, after them.
            var takeOfficial = j >= stated.Count || (i < official.Count && (f.Descending
                ? official[i].Key.Year > stated[j].Key.Year
                : official[i].Key.Year <= stated[j].Key.Year));
            merged.Add(takeOfficial ? official[i++] : stated[j++]);
        }
        return merged;
    }

    private static DbCommand Command(DbConnection c, (string Sql, Dictionary<string, object?> Args) q)
    {
        var cmd = c.CreateCommand();
        cmd.CommandText = q.Sql;
        foreach (var (name, value) in q.Args) cmd.Add(name, value);
        return cmd;
    }

    // Interrupts the statement when the token fires (SQLite's sqlite3_interrupt, PostgreSQL's cancel request).
    private static CancellationTokenRegistration CancelOn(DbCommand cmd, CancellationToken ct) =>
        ct.CanBeCanceled ? ct.Register(static c => { try { ((DbCommand)c!).Cancel(); } catch (Exception) { } }, cmd) : default;

    /// Rows matching the filters over all pages, read as the pages would be, without keeping them.
    public static long Count(DbConnection c, VolumeFilter f, CancellationToken ct = default)
    {
        long n = 0;
        if (f.Source is null or Sources.Official && f.Currency is null or OfficialFigures.Currency && !f.FactsOnly)
            foreach (var o in OfficialFigures.WithTotals(Read(c, f, null, int.MaxValue, ct)))
                if (f.Flow is null || o.Flow == f.Flow) n++;
        if (f.Source is null or Sources.Stated)
        {
            using var cmd = Command(c, StatedSql(f, null, int.MaxValue));
            using var cancel = CancelOn(cmd, ct);
            using var r = cmd.ExecuteReader();
            while (r.Read())
            {
                ct.ThrowIfCancellationRequested();
                n++;
            }
        }
        return n;
    }

    private static List<(FlatCursor Key, VolumeRow Row)> Official(DbConnection c, VolumeFilter f, FlatCursor? after, int take, CancellationToken ct)
    {
        var rows = new List<(FlatCursor Key, VolumeRow Row)>(Math.Min(take, 1024));
        var read = Read(c, f, after, take, ct);
        foreach (var o in f.Descending ? OfficialFigures.WithTotalsDescending(read) : OfficialFigures.WithTotals(read))
        {
            if (f.Flow is not null && o.Flow != f.Flow) continue;
            var key = new FlatCursor(o.Year, false, o.Reporter, o.Partner, o.Flow, o.Dataset, 0);
            if (after is { Stated: false } a && (f.Descending ? Compare(key, a) >= 0 : Compare(key, a) <= 0)) continue;
            rows.Add((key, VolumesStore.RowOf(o)));
            if (rows.Count == take) break;
        }
        return rows;
    }

    // The official rows in order, for a page of `take` rows: a page's worth (two rows per total, and some) per query, more queries only
    // when filters or single-direction reporters leave the page short.
    private static IEnumerable<OfficialFigure> Read(DbConnection c, VolumeFilter f, FlatCursor? after, int take, CancellationToken ct = default)
    {
        var dialect = SqlDialect.Of(c);
        // SQLite stops where the reader stops: one query, no LIMIT, as it always was.
        var limit = dialect.SendsWholeResults ? (int)Math.Clamp(2L * take + 64, 1024, 50_000) : 0;
        OfficialFigure? last = null;
        while (true)
        {
            var n = 0;
            using (var cmd = Command(c, OfficialSql(dialect, f, after, last, limit)))
            using (CancelOn(cmd, ct))
            using (var r = cmd.ExecuteReader())
                while (r.Read())
                {
                    ct.ThrowIfCancellationRequested();
                    string reporter = r.GetString(1), partner = r.GetString(2);
                    last = new OfficialFigure(r.GetString(3), reporter, partner, Gazetteer.PairKey(reporter, partner), r.GetString(4), r.GetInt32(0), r.GetDecimal(5));
                    n++;
                    yield return last;
                }
            if (limit == 0 || n < limit) yield break;
        }
    }

    // The official order: year, reporter, partner, dataset, flow (exports < imports < total).
    private static int Compare(FlatCursor x, FlatCursor y)
    {
        var d = x.Year.CompareTo(y.Year);
        if (d == 0) d = string.CompareOrdinal(x.Reporter, y.Reporter);
        if (d == 0) d = string.CompareOrdinal(x.Partner, y.Partner);
        if (d == 0) d = string.CompareOrdinal(x.Dataset, y.Dataset);
        if (d == 0) d = string.CompareOrdinal(x.Flow, y.Flow);
        return d;
    }

    private static List<(FlatCursor Key, VolumeRow Row)> Stated(DbConnection c, VolumeFilter f, FlatCursor? after, int take, CancellationToken ct)
    {
        using var cmd = Command(c, StatedSql(f, after, take));
        using var cancel = CancelOn(cmd, ct);
        using var r = cmd.ExecuteReader();
        var rows = new List<(FlatCursor Key, VolumeRow Row)>();
        var spans = new List<(string Document, int Start, int End, string Quote)>();
        while (r.Read())
        {
            ct.ThrowIfCancellationRequested();
            var year = r.GetInt32(0);
            var id = r.GetInt64(1);
            spans.Add((r.GetString(9), r.GetInt32(11), r.GetInt32(12), r.GetString(10)));
            rows.Add((new FlatCursor(year, true, "", "", "", "", id),
                new VolumeRow(r.GetString(2), r.GetString(3), r.GetString(4), r.GetString(5), year, r.GetDecimal(6), r.GetString(7), Sources.Stated,
                    r.GetString(8), null, null, id, VolumesStore.Restated(r.IsDBNull(15) ? null : r.GetDecimal(15), r.IsDBNull(16) ? null : r.GetString(16)),
                    r.IsDBNull(13) ? null : r.GetDecimal(13), r.GetString(14))));
        }
        r.Close();
        // Each row's provenance in the one shape every fact row has: the documents of the page are read once, by id.
        var documents = Documents(c, spans.Select(x => x.Document).Distinct().ToList(), ct);
        var rates = rows.Any(x => x.Row.Currency != Rates.RateTable.Usd) ? Rates.RatesStore.Table(c) : null;
        for (var k = 0; k < rows.Count; k++)
        {
            var (doc, start, end, quote) = spans[k];
            var (title, published) = documents.TryGetValue(doc, out var d) ? d : ("", null);
            var row = rows[k].Row with { Provenance = Provenance.FromRow(doc, title, published, start, end, quote) };
            if (rates?.ToUsd(row.Value, row.Currency, row.Year) is { } usd) row = row with { Usd = usd };
            rows[k] = (rows[k].Key, row);
        }
        return rows;
    }

    private const string DocumentsSelect = "SELECT id, title, published_on FROM documents WHERE id IN (";

    private static Dictionary<string, (string Title, string? PublishedOn)> Documents(DbConnection c, List<string> ids, CancellationToken ct)
    {
        var found = new Dictionary<string, (string, string?)>(StringComparer.Ordinal);
        for (var i = 0; i < ids.Count; i += 500)
        {
            var args = new Dictionary<string, object?>();
            var list = SqlLists.In("@d", ids.GetRange(i, Math.Min(500, ids.Count - i)), args);
            using var cmd = Command(c, (string.Concat(DocumentsSelect, list, ")"), args));
            using var cancel = CancelOn(cmd, ct);
            using var r = cmd.ExecuteReader();
            while (r.Read()) found[r.GetString(0)] = (r.GetString(1), r.IsDBNull(2) ? null : r.GetString(2));
        }
        return found;
    }

    /// A cursor names its direction ("-|" first when descending), so one sort's cursor is refused by the other.
    public static string CursorText(FlatCursor k, bool descending = false) => (descending ? "-|" : "") + (k.Stated
        ? string.Create(CultureInfo.InvariantCulture, $"{k.Year}|s|{k.Id}")
        : string.Create(CultureInfo.InvariantCulture, $"{k.Year}|o|{k.Reporter}|{k.Partner}|{k.Flow}|{k.Dataset}"));

    public static FlatCursor? ParseCursor(string? key, bool descending = false)
    {
        if (key is null) return null;
        if (descending != key.StartsWith("-|", StringComparison.Ordinal)) return null;
        if (descending) key = key[2..];
        var p = key.Split('|');
        if (p.Length < 3 || !int.TryParse(p[0], NumberStyles.None, CultureInfo.InvariantCulture, out var year)) return null;
        if (p[1] == "s" && p.Length == 3 && long.TryParse(p[2], NumberStyles.None, CultureInfo.InvariantCulture, out var id)) return new FlatCursor(year, true, "", "", "", "", id);
        if (p[1] == "o" && p.Length == 6) return new FlatCursor(year, false, p[2], p[3], p[4], p[5], 0);
        return null;
    }

    public static readonly string[] CsvHeader =
        ["pair", "reporter", "partner", "flow", "year", "value", "currency", "source", "qualifier", "dataset", "documentId", "start", "end", "quote", "confidence", "review", "id",
         "usdValue", "usdRate", "side"];

    /// A row of the flat list and of a pair's volumes alike; the provenance is spread into its columns.
    public static IReadOnlyList<object?> CsvRow(VolumeRow v) =>
        [v.Pair, v.Reporter, v.Partner, v.Flow, v.Year, v.Value, v.Currency, v.Source, v.Qualifier, v.Dataset, v.Provenance?.DocumentId, v.Provenance?.Start,
         v.Provenance?.End, v.Provenance?.Quote, v.Confidence, v.Review, v.Id, v.Usd?.Value, v.Usd?.Rate, v.Side];

    /// With country=: which side of each row the named countries are on.
    public static VolumeRow Sided(VolumeRow v, IReadOnlyList<string> countries) =>
        countries.Count == 0 ? v : v with
        {
            Side = (countries.Contains(v.Reporter), countries.Contains(v.Partner)) switch
            {
                (true, true) => "both",
                (true, false) => "reporter",
                _ => "partner",
            },
        };
}

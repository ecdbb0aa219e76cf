using System.Globalization;
using Dapper;
using Microsoft.Data.Sqlite;

namespace TradeApi.Volumes;

public static class VolumesStore
{
    private const string StatedSql = """
        SELECT v.id AS Id, v.pair_key AS Pair, v.reporter AS Reporter, v.partner AS Partner, v.flow AS Flow, v.year AS Year, v.value AS Value,
               v.currency AS Currency, v.qualifier AS Qualifier, v.document_id AS DocumentId, d.title AS Title, d.published_on AS PublishedOn,
               v.span_start AS SpanStart, v.span_end AS SpanEnd, v.quote AS Quote, v.restated_value AS RestatedValue, v.restated_currency AS RestatedCurrency
        FROM volumes v JOIN documents d ON d.id = v.document_id
        WHERE (@pair IS NULL OR v.pair_key = @pair) AND (@document IS NULL OR v.document_id = @document)
          AND (@from IS NULL OR v.year >= @from) AND (@to IS NULL OR v.year <= @to)
        ORDER BY v.year, v.id
        """;

    public static List<StatedVolume> Stated(SqliteConnection c, string? pair, int? from, int? to) =>
        c.Query<Row>(StatedSql, new { pair, document = (string?)null, from, to }).Select(r => r.ToVolume()).ToList();

    public static List<StatedVolume> ByDocument(SqliteConnection c, string documentId) =>
        c.Query<Row>(StatedSql, new { pair = (string?)null, document = documentId, from = (int?)null, to = (int?)null }).Select(r => r.ToVolume()).ToList();

    private const string OfficialSql = """
        SELECT dataset AS Dataset, reporter AS Reporter, partner AS Partner, pair_key AS Pair, flow AS Flow, year AS Year, value AS Value, currency AS Currency
        FROM official_flows
        WHERE pair_key = @pair AND (@from IS NULL OR year >= @from) AND (@to IS NULL OR year <= @to)
        ORDER BY year, reporter, flow, dataset
        """;

    public static List<OfficialFlow> Official(SqliteConnection c, string pair, int? from, int? to) =>
        c.Query<OfficialRow>(OfficialSql, new { pair, from, to })
            .Select(r => new OfficialFlow(r.Dataset, r.Reporter, r.Partner, r.Pair, r.Flow, (int)r.Year, Dec(r.Value), r.Currency)).ToList();

    /// Official rows as the reporter gave them, plus each reporter's two-way total where it gave both directions.
    public static IEnumerable<VolumeRow> OfficialRows(IEnumerable<OfficialFlow> flows)
    {
        foreach (var g in flows.GroupBy(f => (f.Dataset, f.Reporter, f.Partner, f.Year)))
        {
            foreach (var f in g) yield return new VolumeRow(f.Pair, f.Reporter, f.Partner, f.Flow, f.Year, f.Value, f.Currency, "official", null, f.Dataset, null, null, null);
            var x = g.FirstOrDefault(f => f.Flow == "exports");
            var m = g.FirstOrDefault(f => f.Flow == "imports");
            if (x is not null && m is not null)
                yield return new VolumeRow(x.Pair, x.Reporter, x.Partner, "total", x.Year, x.Value + m.Value, x.Currency, "official", null, x.Dataset, null, null, null);
        }
    }

    public static decimal Dec(string s) => decimal.Parse(s, NumberStyles.Float, CultureInfo.InvariantCulture);

    /// The restated amount stored beside a fact, if the text gave one.
    public static TradeApi.Extraction.Amount? Restated(string? value, string? currency) =>
        value is null || currency is null ? null : new(Dec(value), currency);

    public sealed record OfficialFlow(string Dataset, string Reporter, string Partner, string Pair, string Flow, int Year, decimal Value, string Currency);

    private sealed class OfficialRow
    {
        public string Dataset { get; init; } = "";
        public string Reporter { get; init; } = "";
        public string Partner { get; init; } = "";
        public string Pair { get; init; } = "";
        public string Flow { get; init; } = "";
        public long Year { get; init; }
        public string Value { get; init; } = "";
        public string Currency { get; init; } = "";
    }

    private sealed class Row
    {
        public long Id { get; init; }
        public string Pair { get; init; } = "";
        public string Reporter { get; init; } = "";
        public string Partner { get; init; } = "";
        public string Flow { get; init; } = "";
        public long Year { get; init; }
        public string Value { get; init; } = "";
        public string Currency { get; init; } = "";
        public string Qualifier { get; init; } = "";
        public string DocumentId { get; init; } = "";
        public string Title { get; init; } = "";
        public string? PublishedOn { get; init; }
        public long SpanStart { get; init; }
        public long SpanEnd { get; init; }
        public string Quote { get; init; } = "";
        public string? RestatedValue { get; init; }
        public string? RestatedCurrency { get; init; }

        public StatedVolume ToVolume() => new(Id, Pair, Reporter, Partner, Flow, (int)Year, Dec(Value), Currency, Qualifier,
            Provenance.FromRow(DocumentId, Title, PublishedOn, SpanStart, SpanEnd, Quote), Restated(RestatedValue, RestatedCurrency));
    }
}

using System.Data.Common;
using System.Globalization;
using Dapper;
using TradeApi.Facts;
using TradeApi.Infrastructure;

namespace TradeApi.Volumes;

public static class VolumesStore
{
    private const string StatedColumns = """
        SELECT v.id AS Id, v.pair_key AS Pair, v.reporter AS Reporter, v.partner AS Partner, v.flow AS Flow, v.year AS Year, v.value AS Value,
               v.currency AS Currency, v.qualifier AS Qualifier, v.document_id AS DocumentId, d.title AS Title, d.published_on AS PublishedOn,
               v.span_start AS SpanStart, v.span_end AS SpanEnd, v.quote AS Quote, v.restated_value AS RestatedValue, v.restated_currency AS RestatedCurrency,
               v.confidence AS Confidence, v.review AS Review, v.review_reason AS ReviewReason, v.original AS Original, v.orphaned AS Orphaned, v.revision AS Revision,
               v.coverage AS Coverage
        FROM volumes v JOIN documents d ON d.id = v.document_id
        """;
    private const string ByDocumentSql = StatedColumns + " WHERE v.document_id = @document ORDER BY v.year, v.id";
    private const string ByIdSql = StatedColumns + " WHERE v.id = @id";

    /// A pair's stated figures, optionally cut to years; the SQL is chosen per filter set so the (pair, year) index is used. Rejected
    /// facts are left out unless asked for: no reader counts a figure an analyst rejected.
    public static List<StatedVolume> Stated(DbConnection c, string pair, int? from, int? to, bool includeRejected = false) =>
        c.Query<Row>(StatedSql(from is not null, to is not null), new { pair, from, to }).Select(r => r.ToVolume())
            .Where(v => includeRejected || v.Review.State != ReviewState.Rejected).ToList();

    /// A position in a pair view's order: a stated row (year, reporter, flow, id), or the official rows of a year, which come before
    /// the year's stated rows (Id null).
    public sealed record ViewPosition(int Year, string Reporter, string Flow, long? Id);

    /// One page of a pair's stated figures in the pair view's order (year, reporter, flow, id) after a position, filtered in SQL:
    /// a page costs its rows, not the pair's.
    public static List<StatedVolume> StatedPage(DbConnection c, string pair, int? from, int? to, string? flow, string? reporter,
        IReadOnlyList<string> reviews, decimal? minConfidence, ViewPosition? after, int take)
    {
        var sql = new System.Text.StringBuilder(StatedColumns).Append(" WHERE v.pair_key = @pair");
        var args = new Dictionary<string, object?> { ["@pair"] = pair, ["@take"] = take };
        void And(string term, string name, object? value)
        {
            sql.Append(" AND ").Append(term);
            args[name] = value;
        }
        if (from is { } f) And("v.year >= @from", "@from", f);
        if (to is { } t) And("v.year <= @to", "@to", t);
        if (flow is not null) And("v.flow = @flow", "@flow", flow);
        if (reporter is not null) And("v.reporter = @reporter", "@reporter", reporter);
        foreach (var term in ReviewFilter.SqlTerms("v.", reviews, minConfidence, args)) sql.Append(" AND ").Append(term);
        if (after is { Id: { } id } a)
        {
            sql.Append(" AND v.year >= @ay AND (v.year, v.reporter, v.flow, v.id) > (@ay, @ar, @af, @aid)");
            args["@ay"] = a.Year; args["@ar"] = a.Reporter; args["@af"] = a.Flow; args["@aid"] = id;
        }
        else if (after is { } o) And("v.year >= @ay", "@ay", o.Year);
        sql.Append(" ORDER BY v.year, v.reporter, v.flow, v.id LIMIT @take");
        return c.Query<Row>(sql.ToString(), new DynamicParameters(args)).Select(r => r.ToVolume()).ToList();
    }

    public static StatedVolume? ById(DbConnection c, long id, DbTransaction? tx = null) =>
        InDollars(c, c.Query<Row>(ByIdSql, new { id }, tx).Select(r => r.ToVolume()).ToList(), tx).FirstOrDefault();

    /// Figures in another currency with their dollar value at their year's rate (the rates are read only when one needs them).
    private static List<StatedVolume> InDollars(DbConnection c, List<StatedVolume> volumes, DbTransaction? tx = null)
    {
        if (volumes.All(v => v.Currency == Rates.RateTable.Usd)) return volumes;
        var rates = Rates.RatesStore.Table(c, tx);
        return volumes.Select(v => v with { Usd = rates.ToUsd(v.Value, v.Currency, v.Year) }).ToList();
    }

    /// Exposed for the query-plan test.
    internal static string StatedSql(bool from, bool to) =>
        StatedColumns + " WHERE v.pair_key = @pair" + (from ? " AND v.year >= @from" : "") + (to ? " AND v.year <= @to" : "") + " ORDER BY v.year, v.id";

    public static List<StatedVolume> ByDocument(DbConnection c, string documentId) =>
        InDollars(c, c.Query<Row>(ByDocumentSql, new { document = documentId }).Select(r => r.ToVolume()).ToList());

    /// The pair view's row for a stated figure.
    public static VolumeRow RowOf(StatedVolume v) =>
        new(v.Pair, v.Reporter, v.Partner, v.Flow, v.Year, v.Value, v.Currency, Sources.Stated, v.Qualifier, null, v.Provenance, v.Id, v.Restated, v.Confidence, v.Review.State);

    /// The pair view's row for an official figure (as reported, or the reporter's stored total).
    public static VolumeRow RowOf(Official.OfficialFigure f) =>
        new(f.Pair, f.Reporter, f.Partner, f.Flow, f.Year, f.Value, f.Currency, Sources.Official, null, f.Dataset, null, null, null);

    public static decimal Dec(string s) => decimal.Parse(s, NumberStyles.Float, CultureInfo.InvariantCulture);

    /// The restated amount stored beside a fact, if the text gave one.
    public static TradeApi.Extraction.Amount? Restated(decimal? value, string? currency) =>
        value is null || currency is null ? null : new(value.Value, currency);

    private sealed class Row
    {
        public long Id { get; init; }
        public string Pair { get; init; } = "";
        public string Reporter { get; init; } = "";
        public string Partner { get; init; } = "";
        public string Flow { get; init; } = "";
        public long Year { get; init; }
        public decimal Value { get; init; }
        public string Currency { get; init; } = "";
        public string Qualifier { get; init; } = "";
        public string DocumentId { get; init; } = "";
        public string Title { get; init; } = "";
        public string? PublishedOn { get; init; }
        public long SpanStart { get; init; }
        public long SpanEnd { get; init; }
        public string Quote { get; init; } = "";
        public decimal? RestatedValue { get; init; }
        public string? RestatedCurrency { get; init; }
        public decimal? Confidence { get; init; }
        public string Review { get; init; } = ReviewState.Unreviewed;
        public string? ReviewReason { get; init; }
        public string? Original { get; init; }
        public long Orphaned { get; init; }
        public long Revision { get; init; } = 1;
        public string? Coverage { get; init; }

        public StatedVolume ToVolume() => new(Id, Pair, Reporter, Partner, Flow, (int)Year, Value, Currency, Qualifier,
            Provenance.FromRow(DocumentId, Title, PublishedOn, SpanStart, SpanEnd, Quote), Restated(RestatedValue, RestatedCurrency),
            Confidence,
            new VolumeReview(Review, ReviewReason, Orphaned != 0, (int)Revision, ReviewJson.Volume(Original)), Coverage: Coverage);
    }
}

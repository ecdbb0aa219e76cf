using System.Data.Common;
using System.Globalization;
using Dapper;
using TradeApi.Facts;
using TradeApi.Infrastructure;
using TradeApi.Volumes;

namespace TradeApi.Targets;

public static class TargetsStore
{
    private const string Sql = """
        SELECT t.id AS Id, t.pair_key AS Pair, t.reporter AS Reporter, t.partner AS Partner, t.flow AS Flow, t.kind AS Kind, t.value AS Value,
               t.currency AS Currency, t.multiplier AS Multiplier, t.base_value AS BaseValue, t.base_year AS BaseYear, t.by_year AS ByYear,
               t.horizon AS Horizon, t.qualifier AS Qualifier, t.speaker AS Speaker, t.stated_as_reached AS StatedAsReached,
               t.document_id AS DocumentId, d.title AS Title, d.published_on AS PublishedOn, t.span_start AS SpanStart, t.span_end AS SpanEnd, t.quote AS Quote,
               t.restated_value AS RestatedValue, t.restated_currency AS RestatedCurrency,
               t.confidence AS Confidence, t.review AS Review, t.review_reason AS ReviewReason, t.original AS Original, t.orphaned AS Orphaned, t.revision AS Revision
        FROM targets t JOIN documents d ON d.id = t.document_id
        """;

    // One SQL per filter: a pair's targets, a document's, or all of them.
    private const string AllSql = Sql + " ORDER BY t.id";
    private const string ByPairSql = Sql + " WHERE t.pair_key = @pair ORDER BY t.id";
    private const string ByDocumentSql = Sql + " WHERE t.document_id = @document ORDER BY t.id";
    private const string ByIdSql = Sql + " WHERE t.id = @id";

    public static StatedTarget? ById(DbConnection c, long id, DbTransaction? tx = null) =>
        InDollars(c, c.Query<Row>(ByIdSql, new { id }, tx).Select(r => r.ToTarget()).ToList(), tx).FirstOrDefault();

    /// Levels in another currency with their dollar value at their deadline's rate (the rates are read only when one needs them).
    private static List<StatedTarget> InDollars(DbConnection c, List<StatedTarget> targets, DbTransaction? tx = null)
    {
        if (targets.All(t => t.Currency is null or Rates.RateTable.Usd)) return targets;
        var rates = Rates.RatesStore.Table(c, tx);
        return targets.Select(t => t with { Usd = TargetEvaluator.UsdOf(t, rates) }).ToList();
    }

    public static List<StatedTarget> ByPair(DbConnection c, string? pair) =>
        c.Query<Row>(pair is null ? AllSql : ByPairSql, new { pair }).Select(r => r.ToTarget()).ToList();

    public static List<StatedTarget> ByDocument(DbConnection c, string documentId) =>
        InDollars(c, c.Query<Row>(ByDocumentSql, new { document = documentId }).Select(r => r.ToTarget()).ToList());

    /// Every target of the pair (or of all pairs) with its evaluation against the figures held for its pair.
    public static List<TargetView> Evaluated(DbConnection c, string? pair)
    {
        var targets = ByPair(c, pair);
        var rates = Rates.RatesStore.Table(c);
        var result = new List<TargetView>(targets.Count);
        foreach (var g in targets.GroupBy(t => t.Pair))
        {
            var official = Official.OfficialFigures.ByPair(c, g.Key);
            var stated = VolumesStore.Figures(c, g.Key);
            var inputs = new Dictionary<(string, string, string, string?), TargetEvaluator.Inputs>();
            foreach (var t in g)
            {
                var key = TargetEvaluator.Inputs.KeyOf(t);
                if (!inputs.TryGetValue(key, out var these)) inputs[key] = these = TargetEvaluator.Inputs.Of(t, official, stated, rates);
                result.Add(TargetEvaluator.View(t, these, rates));
            }
        }
        return result.OrderBy(v => v.Target.Id).ToList();
    }

    /// One page of targets with their evaluations (kept per pair until the pair changes: TargetViews), selected and ordered by
    /// `select`, only those of the given statuses when any are given.
    public static List<TargetView> EvaluatedPage(DbConnection c, Func<IEnumerable<StatedTarget>, IEnumerable<StatedTarget>> select,
        IReadOnlySet<string> statuses, int take)
    {
        var whole = TargetViews.All(c);
        var page = new List<TargetView>(Math.Min(take, 1024));
        foreach (var t in select(whole.Views.Select(v => v.Target)))
        {
            var view = whole.ById[t.Id];
            if (statuses.Count > 0 && !statuses.Contains(view.Evaluation.Status)) continue;
            page.Add(view);
            if (page.Count == take) break;
        }
        return page;
    }

    private sealed class Row
    {
        public long Id { get; init; }
        public string Pair { get; init; } = "";
        public string Reporter { get; init; } = "";
        public string Partner { get; init; } = "";
        public string Flow { get; init; } = "";
        public string Kind { get; init; } = "";
        public decimal? Value { get; init; }
        public string? Currency { get; init; }
        public decimal? Multiplier { get; init; }
        public decimal? BaseValue { get; init; }
        public long? BaseYear { get; init; }
        public long? ByYear { get; init; }
        public string? Horizon { get; init; }
        public string Qualifier { get; init; } = "";
        public string? Speaker { get; init; }
        public long StatedAsReached { get; init; }
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

        public StatedTarget ToTarget() => new(Id, Pair, Reporter, Partner, Flow, Kind, Value, Currency, Multiplier, BaseValue,
            (int?)BaseYear, (int?)ByYear, Horizon, Qualifier, Speaker, StatedAsReached != 0,
            Provenance.FromRow(DocumentId, Title, PublishedOn, SpanStart, SpanEnd, Quote), VolumesStore.Restated(RestatedValue, RestatedCurrency),
            Confidence, new TargetReview(Review, ReviewReason, Orphaned != 0, (int)Revision, ReviewJson.Target(Original)));
    }
}

using System.Data.Common;
using System.Globalization;
using Dapper;
using TradeApi.Facts;
using TradeApi.Infrastructure;
using TradeApi.Storage;
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
               t.confidence AS Confidence, t.review AS Review, t.review_reason AS ReviewReason, t.original AS Original, t.orphaned AS Orphaned, t.revision AS Revision,
               t.judgement AS Judgement
        FROM targets t JOIN documents d ON d.id = t.document_id
        """;

    private const string ByPairSql = Sql + " WHERE t.pair_key = @pair ORDER BY t.id";
    private const string ByDocumentSql = Sql + " WHERE t.document_id = @document ORDER BY t.id";
    private const string ByIdSql = Sql + " WHERE t.id = @id";

    /// A stored target with its stored judgement (JSON, null before the first), as the judgements' writer reads it.
    public sealed record StoredTarget(StatedTarget Target, string? Judgement);

    public static StatedTarget? ById(DbConnection c, long id, DbTransaction? tx = null) =>
        c.Query<Row>(ByIdSql, new { id }, tx).Select(r => r.ToView().Target).FirstOrDefault();

    public static List<StatedTarget> ByDocument(DbConnection c, string documentId) =>
        c.Query<Row>(ByDocumentSql, new { document = documentId }).Select(r => r.ToView().Target).ToList();

    /// Every target of a pair, with its stored judgement.
    public static List<StoredTarget> Stored(DbConnection c, string pair, DbTransaction tx) =>
        c.Query<Row>(ByPairSql, new { pair }, tx).Select(r => new StoredTarget(r.ToTarget(), r.Judgement)).ToList();

    private const string ByDirectionSql = Sql + """
         WHERE t.pair_key = @pair AND t.currency = @currency AND t.flow IN (@flow1, @flow2) AND t.first_read <= @year
           AND (t.flow = 'total' OR t.flow = 'exports' AND t.reporter = @exporter OR t.flow = 'imports' AND t.partner = @exporter)
         ORDER BY t.id
        """;

    /// The first year whose figures a target's judgement reads (TargetEvaluator.FirstYearRead) as SQL over its document `d` and
    /// @BaseYear, kept in targets.first_read by the insert and the review of a target, so the targets a new year can change are
    /// found by an index (ix_targets_direction).
    public const string FirstReadSql = "COALESCE(CAST(SUBSTR(d.published_on, 1, 4) AS INTEGER), @BaseYear + 1, 1900) - 1";

    /// A pair's targets in one currency and direction (exporter: '' for a two-way total, else the country the goods leave) that read
    /// the figures of a year (TargetEvaluator.FirstYearRead: from the year before their statement on), with their stored judgements.
    public static List<StoredTarget> Stored(DbConnection c, string pair, string exporter, string currency, int year, DbTransaction tx) =>
        c.Query<Row>(ByDirectionSql, new
        {
            pair, exporter, currency, year,
            flow1 = exporter.Length == 0 ? Extraction.Flows.Total : Extraction.Flows.Exports, flow2 = exporter.Length == 0 ? Extraction.Flows.Total : Extraction.Flows.Imports,
        }, tx).Select(r => new StoredTarget(r.ToTarget(), r.Judgement)).ToList();

    /// A target as a document's extraction gives it, before any review: what its first judgement reads.
    public static StatedTarget Extracted(long id, Extraction.TargetFact t, string documentId, DateOnly? publishedOn) =>
        new(id, Extraction.Gazetteer.PairKey(t.Reporter, t.Partner), t.Reporter, t.Partner, t.Flow, t.Kind, t.Value, t.Currency, t.Multiplier, t.BaseValue,
            t.BaseYear, t.ByYear, t.Horizon, t.Qualifier, t.Speaker, t.StatedAsReached,
            new Provenance(documentId, "", publishedOn, t.Evidence.Start, t.Evidence.End, t.Evidence.Quote), t.Restated, t.Confidence,
            new TargetReview(ReviewState.Unreviewed, null, false, 1, null));

    /// What a list of targets keeps, and in which order.
    public sealed record Filter(IReadOnlyList<string> Pairs, IReadOnlyList<string> Countries, IReadOnlyList<string> Statuses, int? ByYear,
        IReadOnlyList<string> Reviews, decimal? MinConfidence, bool ByYearOrder = false, bool Descending = false);

    /// A target's place in a byYear order: a target without one counts as after every year.
    public const int NoYear = int.MaxValue;

    /// One page of targets with their stored judgements after the cursor's key ((0, id) in id order), built from constant SQL
    /// pieces: every filter a column of the row, the order an index (ix_targets_by_year for byYear).
    public static List<TargetView> Page(DbConnection c, Filter f, (int ByYear, long Id)? after, int take)
    {
        var (where, args) = Where(f);
        var order = f.ByYearOrder ? "COALESCE(t.by_year, 2147483647)" : null;
        if (after is { } a)
        {
            var op = f.Descending ? "<" : ">";
            where.Add(order is null ? $"t.id {op} @aid" : $"({order}, t.id) {op} (@ay, @aid)");
            args["@aid"] = a.Id;
            args["@ay"] = a.ByYear;
        }
        args["@take"] = take;
        var direction = f.Descending ? " DESC" : "";
        var sql = string.Concat(Sql, where.Count > 0 ? " WHERE " + string.Join(" AND ", where) : "",
            " ORDER BY ", order is null ? "" : order + direction + ", ", "t.id", direction, " LIMIT @take");
        return c.Query<Row>(sql, new DynamicParameters(args)).Select(r => r.ToView()).ToList();
    }

    private const string StatusCountsSql = "SELECT status, COUNT(*) AS n FROM targets WHERE pair_key = @pair AND review <> 'rejected' GROUP BY status";

    /// A pair's targets (rejected ones left out) by stored status, every status present.
    public static IReadOnlyDictionary<string, int> StatusCounts(DbConnection c, string pair)
    {
        var counts = Vocabulary.Statuses.ToDictionary(s => s, _ => 0);
        foreach (var (status, n) in c.Query<(string?, long)>(StatusCountsSql, new { pair }))
            if (status is not null && counts.ContainsKey(status)) counts[status] = (int)n;
        return counts;
    }

    private const string CountSql = "SELECT COUNT(*) FROM targets t";

    /// How many targets the filter keeps.
    public static long Count(DbConnection c, Filter f)
    {
        var (where, args) = Where(f);
        return c.ExecuteScalar<long>(string.Concat(CountSql, where.Count > 0 ? " WHERE " + string.Join(" AND ", where) : ""), new DynamicParameters(args));
    }

    private static (List<string> Where, Dictionary<string, object?> Args) Where(Filter f)
    {
        var where = new List<string>();
        var args = new Dictionary<string, object?>();
        if (f.Pairs.Count > 0) where.Add($"t.pair_key IN ({SqlLists.In("@p", f.Pairs, args)})");
        if (f.Countries.Count > 0) where.Add($"t.pair_key IN ({SqlLists.PairsOf(f.Countries, args)})");
        if (f.Statuses.Count > 0) where.Add($"t.status IN ({SqlLists.In("@s", f.Statuses, args)})");
        if (f.ByYear is { } y)
        {
            where.Add("t.by_year = @byYear");
            args["@byYear"] = y;
        }
        where.AddRange(ReviewFilter.SqlTerms("t.", f.Reviews, f.MinConfidence, args));
        return (where, args);
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
        public string? Judgement { get; init; }

        public TargetView ToView() => TargetJudgements.View(ToTarget(), Judgement);

        public StatedTarget ToTarget() => new(Id, Pair, Reporter, Partner, Flow, Kind, Value, Currency, Multiplier, BaseValue,
            (int?)BaseYear, (int?)ByYear, Horizon, Qualifier, Speaker, StatedAsReached != 0,
            Provenance.FromRow(DocumentId, Title, PublishedOn, SpanStart, SpanEnd, Quote), VolumesStore.Restated(RestatedValue, RestatedCurrency),
            Confidence, new TargetReview(Review, ReviewReason, Orphaned != 0, (int)Revision, ReviewJson.Target(Original)));
    }
}

using System.Data.Common;
using System.Globalization;
using Dapper;
using TradeApi.Documents;
using TradeApi.Extraction;
using TradeApi.Facts;
using TradeApi.Infrastructure;
using TradeApi.Pairs;
using TradeApi.Storage;

namespace TradeApi.Reviews;

/// What a re-extraction did.
public sealed record ReextractSummary(
    int Documents,
    [property: System.ComponentModel.Description("Facts the current extractor finds that were not stored; they arrive unreviewed.")] int Added,
    [property: System.ComponentModel.Description("Unreviewed facts the extractor no longer finds; removed.")] int Removed,
    [property: System.ComponentModel.Description("Facts found again (reviewed ones as the analysts left them).")] int Kept,
    [property: System.ComponentModel.Description("Reviewed facts the extractor no longer finds; kept and flagged orphaned.")] int Orphaned);

// The current extractor run again on stored texts. A stored fact is found again when the extractor gives the same sentence span and
// the same attributes as it gave then (for a corrected fact: its original). Confirmed and corrected facts stay as they are; new
// facts arrive unreviewed; an unreviewed fact no longer found is removed; a reviewed fact no longer found is kept, orphaned.
public static class Reextraction
{
    private const string DocumentSql = "SELECT id AS Id, text AS Text, published_on AS PublishedOn, source AS Source FROM documents WHERE id = @id";
    private const string AllDocumentsSql = "SELECT id FROM documents ORDER BY id";
    private const string VolumesSql = """
        SELECT id AS Id, reporter AS Reporter, partner AS Partner, pair_key AS Pair, flow AS Flow, year AS Year, value AS Value, currency AS Currency,
               qualifier AS Qualifier, span_start AS SpanStart, span_end AS SpanEnd, review AS Review, original AS Original, orphaned AS Orphaned,
               NULL AS Kind, NULL AS Multiplier, NULL AS ByYear, confidence AS Confidence
        FROM volumes WHERE document_id = @id
        """;
    private const string TargetsSql = """
        SELECT id AS Id, reporter AS Reporter, partner AS Partner, pair_key AS Pair, flow AS Flow, 0 AS Year, value AS Value, currency AS Currency,
               qualifier AS Qualifier, span_start AS SpanStart, span_end AS SpanEnd, review AS Review, original AS Original, orphaned AS Orphaned,
               kind AS Kind, multiplier AS Multiplier, by_year AS ByYear, confidence AS Confidence
        FROM targets WHERE document_id = @id
        """;
    private const string DeleteVolumeSql = "DELETE FROM volumes WHERE id = @id";
    private const string DeleteTargetSql = "DELETE FROM targets WHERE id = @id";
    private const string VolumeOrphanSql = "UPDATE volumes SET orphaned = @orphaned, revision = revision + 1 WHERE id = @id";
    private const string TargetOrphanSql = "UPDATE targets SET orphaned = @orphaned, revision = revision + 1 WHERE id = @id";
    private const string VolumeConfidenceSql = "UPDATE volumes SET confidence = @confidence WHERE id = @id";
    private const string TargetConfidenceSql = "UPDATE targets SET confidence = @confidence WHERE id = @id";
    private const string VolumeCoverageSql = "UPDATE volumes SET coverage = @coverage WHERE id = @id";

    public static List<string> DocumentIds(DbConnection c) => c.Query<string>(AllDocumentsSql).ToList();

    /// Schema step 6: facts stored before confidence existed get it from the extractor run again on their text (matched as a
    /// re-extraction matches; nothing else changes).
    public static void FillConfidence(DbConnection c, DbTransaction tx)
    {
        foreach (var id in c.Query<string>(AllDocumentsSql, transaction: tx).ToList())
        {
            var (volumes, targets, _) = Read(c, tx, id);
            var facts = Extract(c, tx, id);
            if (facts is null) continue;
            Match(volumes, facts.Volumes.Select(Key).ToList(), (row, i) => c.Execute(VolumeConfidenceSql, new { id = row.Id, confidence = c.Money(facts.Volumes[i].Confidence) }, tx));
            Match(targets, facts.Targets.Select(Key).ToList(), (row, i) => c.Execute(TargetConfidenceSql, new { id = row.Id, confidence = c.Money(facts.Targets[i].Confidence) }, tx));
        }
    }

    /// Schema step 7: what each stored figure counts (goods, goods and services), from the extractor run again on its text, matched
    /// as a re-extraction matches; nothing else changes.
    public static void FillCoverage(DbConnection c, DbTransaction tx)
    {
        foreach (var id in c.Query<string>(AllDocumentsSql, transaction: tx).ToList())
        {
            var (volumes, _, _) = Read(c, tx, id);
            if (volumes.Count == 0 || Extract(c, tx, id) is not { } facts) continue;
            Match(volumes, facts.Volumes.Select(Key).ToList(), (row, i) => c.Execute(VolumeCoverageSql, new { id = row.Id, coverage = facts.Volumes[i].Coverage }, tx));
        }
    }

    /// Re-extracts one document in the caller's write transaction; null when there is no such document.
    public static ReextractSummary? Document(DbConnection c, DbTransaction tx, Upkeep upkeep, string id, string by)
    {
        var facts = Extract(c, tx, id);
        if (facts is null) return null;
        var (volumes, targets, pairs) = Read(c, tx, id);
        // changed: kept facts whose confidence moved or that were found again (not in the summary, but what readers see changes).
        int added = 0, removed = 0, kept = 0, orphaned = 0, changed = 0;
        var now = DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture);

        void Reconcile(List<Row> rows, List<string> found, string fact, string delete, string orphan, string confidence, Func<int, decimal> confidenceOf, Action<int> insert)
        {
            var matched = Match(rows, found, (row, i) =>
            {
                kept++;
                if (row.Review == ReviewState.Unreviewed && row.Confidence != confidenceOf(i))
                {
                    c.Execute(confidence, new { id = row.Id, confidence = c.Money(confidenceOf(i)) }, tx);
                    changed++;
                }
                if (row.Orphaned != 0)
                {
                    changed++;
                    c.Execute(orphan, new { id = row.Id, orphaned = 0 }, tx);
                    History(c, tx, fact, row.Id, by, now, "restore", "found again by a re-extraction", row);
                }
            });
            foreach (var row in rows.Where(r => !matched.Rows.Contains(r.Id)))
            {
                if (row.Review == ReviewState.Unreviewed)
                {
                    c.Execute(delete, new { id = row.Id }, tx);
                    removed++;
                }
                else if (row.Orphaned == 0)
                {
                    c.Execute(orphan, new { id = row.Id, orphaned = 1 }, tx);
                    History(c, tx, fact, row.Id, by, now, "orphan", "the current extractor no longer finds this fact", row);
                    orphaned++;
                }
                else orphaned++;
            }
            for (var i = 0; i < found.Count; i++)
                if (!matched.Found.Contains(i))
                {
                    insert(i);
                    added++;
                }
        }

        // What a figure counts is the extractor's, not a reviewed attribute: every figure found again takes today's reading.
        Match(volumes, facts.Volumes.Select(Key).ToList(), (row, i) => c.Execute(VolumeCoverageSql, new { id = row.Id, coverage = facts.Volumes[i].Coverage }, tx));
        Reconcile(volumes, facts.Volumes.Select(Key).ToList(), "volume", DeleteVolumeSql, VolumeOrphanSql, VolumeConfidenceSql, i => facts.Volumes[i].Confidence,
            i => DocumentsStore.InsertVolume(c, tx, id, facts.Volumes[i]));
        Reconcile(targets, facts.Targets.Select(Key).ToList(), "target", DeleteTargetSql, TargetOrphanSql, TargetConfidenceSql, i => facts.Targets[i].Confidence,
            i => DocumentsStore.InsertTarget(c, tx, id, facts.Targets[i]));
        if (added + removed + orphaned + changed > 0)
        {
            upkeep.PairsChanged(c, tx, pairs.Concat(facts.Volumes.Select(v => Gazetteer.PairKey(v.Reporter, v.Partner)))
                .Concat(facts.Targets.Select(t => Gazetteer.PairKey(t.Reporter, t.Partner))));
        }
        return new ReextractSummary(1, added, removed, kept, orphaned);
    }

    private static void History(DbConnection c, DbTransaction tx, string fact, long id, string by, string at, string action, string reason, Row row)
    {
        // The whole fact as it stands (the same shape every history entry of its kind has).
        var snapshot = fact == "volume"
            ? ReviewJson.Snapshot(Volumes.VolumesStore.ById(c, id, tx)!.Attributes(), row.Review, null)
            : ReviewJson.Snapshot(Targets.TargetsStore.ById(c, id, tx)!.Attributes(), row.Review, null);
        ReviewsStore.AddHistory(c, tx, fact, id, by, at, action, reason, snapshot, snapshot);
    }

    private static ExtractionResult? Extract(DbConnection c, DbTransaction tx, string id)
    {
        var doc = c.QuerySingleOrDefault<DocumentRow>(DocumentSql, new { id }, tx);
        if (doc is null) return null;
        DateOnly? published = doc.PublishedOn is null ? null : DateOnly.Parse(doc.PublishedOn, CultureInfo.InvariantCulture);
        return Extractor.Extract(doc.Text, published, source: doc.Source);
    }

    private static (List<Row> Volumes, List<Row> Targets, List<string> Pairs) Read(DbConnection c, DbTransaction tx, string id)
    {
        var volumes = c.Query<Row>(VolumesSql, new { id }, tx).ToList();
        var targets = c.Query<Row>(TargetsSql, new { id }, tx).ToList();
        return (volumes, targets, volumes.Concat(targets).Select(r => r.Pair).Distinct().ToList());
    }

    // Each stored row to at most one extracted fact with the same key (the extraction it came from: its original when corrected).
    private static (HashSet<long> Rows, HashSet<int> Found) Match(List<Row> rows, List<string> found, Action<Row, int> onMatch)
    {
        var free = new Dictionary<string, Queue<int>>();
        for (var i = 0; i < found.Count; i++)
        {
            if (!free.TryGetValue(found[i], out var q)) free[found[i]] = q = new Queue<int>();
            q.Enqueue(i);
        }
        var matchedRows = new HashSet<long>();
        var matchedFound = new HashSet<int>();
        foreach (var row in rows)
            if (free.TryGetValue(row.Key, out var q) && q.Count > 0)
            {
                var i = q.Dequeue();
                matchedRows.Add(row.Id);
                matchedFound.Add(i);
                onMatch(row, i);
            }
        return (matchedRows, matchedFound);
    }

    private static string Num(decimal? d) => d is null ? "" : decimal.Round(d.Value, 6).ToString("G29", CultureInfo.InvariantCulture);

    private static string Key(VolumeFact v) =>
        $"{v.Evidence.Start}|{v.Evidence.End}|{v.Reporter}|{v.Partner}|{v.Flow}|{v.Year}|{Num(v.Value)}|{v.Currency}|{v.Qualifier}";

    private static string Key(TargetFact t) =>
        $"{t.Evidence.Start}|{t.Evidence.End}|{t.Reporter}|{t.Partner}|{t.Flow}|{t.Kind}|{Num(t.Value)}|{Num(t.Multiplier)}|{t.ByYear}";

    private sealed class DocumentRow
    {
        public string Id { get; init; } = "";
        public string Text { get; init; } = "";
        public string? PublishedOn { get; init; }
        public string? Source { get; init; }
    }

    private sealed class Row
    {
        public long Id { get; init; }
        public string Reporter { get; init; } = "";
        public string Partner { get; init; } = "";
        public string Pair { get; init; } = "";
        public string Flow { get; init; } = "";
        public long Year { get; init; }
        public decimal? Value { get; init; }
        public string? Currency { get; init; }
        public string Qualifier { get; init; } = "";
        public long SpanStart { get; init; }
        public long SpanEnd { get; init; }
        public string Review { get; init; } = ReviewState.Unreviewed;
        public string? Original { get; init; }
        public long Orphaned { get; init; }
        public string? Kind { get; init; }
        public decimal? Multiplier { get; init; }
        public long? ByYear { get; init; }
        public decimal? Confidence { get; init; }

        // What the extractor gave: the row itself, or for a corrected fact the original kept beside the correction.
        public string Key
        {
            get
            {
                if (Kind is null)
                {
                    var o = ReviewJson.Volume(Original);
                    return o is null
                        ? $"{SpanStart}|{SpanEnd}|{Reporter}|{Partner}|{Flow}|{Year}|{Num(Value)}|{Currency}|{Qualifier}"
                        : $"{SpanStart}|{SpanEnd}|{o.Reporter}|{o.Partner}|{o.Flow}|{o.Year}|{Num(o.Value)}|{o.Currency}|{o.Qualifier}";
                }
                var t = ReviewJson.Target(Original);
                return t is null
                    ? $"{SpanStart}|{SpanEnd}|{Reporter}|{Partner}|{Flow}|{Kind}|{Num(Value)}|{Num(Multiplier)}|{ByYear}"
                    : $"{SpanStart}|{SpanEnd}|{t.Reporter}|{t.Partner}|{t.Flow}|{t.Kind}|{Num(t.Value)}|{Num(t.Multiplier)}|{t.ByYear}";
            }
        }
    }
}

using System.Data.Common;
using System.Text.Json;
using Dapper;
using TradeApi.Storage;

namespace TradeApi.Targets;

/// Each target's judgement (TargetEvaluator's status and evaluation, and its level in dollars) stored on its row, kept by the writes
/// that change what it is judged on: the pair's official figures, the pair's stated figures of its direction, the target itself, the
/// rates. Readers page and filter on the stored status instead of judging every target per request.
///
/// A target is judged by the first stated figure of each year in its direction (TargetEvaluator.StatedSeries), so those are kept per
/// pair in stated_firsts. A new document's figure that is not the first of its year and direction changes no judgement; one that is
/// re-judges its direction's targets. A new document therefore costs its own targets and, rarely, one direction of one pair, however
/// much the store holds; a change to stored facts (review, delete, re-extraction, import) rebuilds its pairs.
public static class TargetJudgements
{
    private const string ClearFirstsSql = "DELETE FROM stated_firsts WHERE pair_key IN ({0})";
    // exporter: '' for a two-way total, else the country the goods leave (the reporter of exports, the partner of imports).
    private const string BuildFirstsSql = """
        INSERT INTO stated_firsts (pair_key, exporter, year, volume_id, reporter, flow, value, currency)
        SELECT pair_key, exporter, year, id, reporter, flow, value, currency FROM (
            SELECT pair_key, CASE flow WHEN 'total' THEN '' WHEN 'exports' THEN reporter ELSE partner END AS exporter, year, id, reporter, flow, value, currency,
                   ROW_NUMBER() OVER (PARTITION BY pair_key, CASE flow WHEN 'total' THEN '' WHEN 'exports' THEN reporter ELSE partner END, year ORDER BY id) AS n
            FROM volumes WHERE pair_key IN ({0}) AND review <> 'rejected') f
        WHERE n = 1
        """;
    private const string AddFirstSql = """
        INSERT INTO stated_firsts (pair_key, exporter, year, volume_id, reporter, flow, value, currency)
        VALUES (@pair, @exporter, @year, @id, @reporter, @flow, @value, @currency)
        ON CONFLICT (pair_key, exporter, year) DO NOTHING
        """;
    private const string FirstsSql = """
        SELECT year AS Year, value AS Value, currency AS Currency, flow AS Flow, reporter AS Reporter FROM stated_firsts
        WHERE pair_key = @pair ORDER BY exporter, year
        """;
    private const string PairsWithTargetsSql = "SELECT DISTINCT pair_key FROM targets WHERE pair_key IN ({0})";
    private const string ForeignPairsSql = "SELECT DISTINCT pair_key FROM targets WHERE currency IS NOT NULL AND currency <> 'USD'";
    private const string AllPairsSql = "SELECT pair_key FROM volumes UNION SELECT pair_key FROM targets";
    private const string StoreSql = "UPDATE targets SET status = @status, judgement = @judgement WHERE id = @id";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// What is stored in targets.judgement.
    private sealed record Judged(Rates.UsdValue? Usd, Evaluation Evaluation);

    /// A stored target with its stored judgement, as readers serve it.
    public static TargetView View(StatedTarget t, string? judgement)
    {
        if (judgement is not null && JsonSerializer.Deserialize<Judged>(judgement, Json) is { } j) return new TargetView(t with { Usd = j.Usd }, j.Evaluation);
        // Every write judges the targets it adds or changes in its own transaction; a row without a judgement is a bug, shown as such.
        return new TargetView(t, new Evaluation("no_data", Infrastructure.Sources.Stated, null, false, null, null, null, "not judged yet"));
    }

    /// The direction a figure or a target belongs to within its pair.
    private static string ExporterOf(string flow, string reporter, string partner) =>
        flow == Extraction.Flows.Total ? "" : flow == Extraction.Flows.Exports ? reporter : partner;

    /// Pairs whose facts or figures changed in any way: their first figures rebuilt and every target judged again.
    public static void Refresh(DbConnection c, DbTransaction tx, IReadOnlyCollection<string> pairs)
    {
        var rates = new Lazy<Rates.RateTable>(() => Rates.RatesStore.Table(c, tx));
        foreach (var batch in KeyedSql.Batches(c, pairs))
        {
            KeyedSql.Each(c, tx, ClearFirstsSql, batch, null);
            KeyedSql.Each(c, tx, BuildFirstsSql, batch, null);
            var judged = new List<string>();
            KeyedSql.Each(c, tx, PairsWithTargetsSql, batch, r => judged.Add(r.GetString(0)));
            foreach (var pair in judged) Judge(c, tx, pair, TargetsStore.Stored(c, pair, tx), rates);
        }
    }

    /// Every pair (the schema step that adds the judgements).
    public static void RefreshAll(DbConnection c, DbTransaction tx) => Refresh(c, tx, c.Query<string>(AllPairsSql, transaction: tx).ToList());

    /// New documents (one, or a batch stored in one transaction): their figures that open a year of their direction are kept as
    /// firsts; their targets are judged, and so are the targets a new first can change: the pair's targets of that direction and
    /// currency that read its year (a target reads figures from the year before its statement on). Each pair is judged once, with
    /// the batch's final figures, whatever number of the batch's documents touched it.
    public static void Add(DbConnection c, DbTransaction tx, IReadOnlyList<NewFacts> documents)
    {
        var opened = new Dictionary<(string Pair, string Exporter, string Currency), int>();
        var fresh = new List<TargetsStore.StoredTarget>();
        foreach (var facts in documents)
        {
            for (var i = 0; i < facts.Facts.Volumes.Count; i++)
            {
                var v = facts.Facts.Volumes[i];
                var pair = Extraction.Gazetteer.PairKey(v.Reporter, v.Partner);
                var exporter = ExporterOf(v.Flow, v.Reporter, v.Partner);
                var added = c.Execute(AddFirstSql, new { pair, exporter, year = v.Year, id = facts.VolumeIds[i], reporter = v.Reporter, flow = v.Flow, value = c.Money(v.Value), currency = v.Currency }, tx);
                if (added == 1) opened[(pair, exporter, v.Currency)] = opened.TryGetValue((pair, exporter, v.Currency), out var y) ? Math.Min(y, v.Year) : v.Year;
            }
            // The new targets as extracted: nothing to read back.
            for (var i = 0; i < facts.Facts.Targets.Count; i++)
                fresh.Add(new TargetsStore.StoredTarget(TargetsStore.Extracted(facts.TargetIds[i], facts.Facts.Targets[i], facts.DocumentId, facts.PublishedOn), null));
        }
        var ids = fresh.Select(s => s.Target.Id).ToHashSet();
        var rates = new Lazy<Rates.RateTable>(() => Rates.RatesStore.Table(c, tx));
        var freshByPair = fresh.ToLookup(s => s.Target.Pair, StringComparer.Ordinal);
        var openedByPair = opened.ToLookup(o => o.Key.Pair, StringComparer.Ordinal);
        foreach (var pair in freshByPair.Select(g => g.Key).Concat(openedByPair.Select(g => g.Key)).Distinct(StringComparer.Ordinal))
        {
            var targets = freshByPair[pair].ToList();
            foreach (var ((_, exporter, currency), year) in openedByPair[pair])
                targets.AddRange(TargetsStore.Stored(c, pair, exporter, currency, year, tx).Where(s => !ids.Contains(s.Target.Id)));
            Judge(c, tx, pair, targets, rates);
        }
    }

    /// New rates: every target in a currency other than dollars is judged again (its official figures are set in its currency at
    /// each year's rate, and its level in dollars at its deadline's).
    public static void RatesChanged(DbConnection c, DbTransaction tx)
    {
        var rates = new Lazy<Rates.RateTable>(() => Rates.RatesStore.Table(c, tx));
        foreach (var pair in c.Query<string>(ForeignPairsSql, transaction: tx).ToList())
            Judge(c, tx, pair, TargetsStore.Stored(c, pair, tx).Where(s => s.Target.Currency is not (null or Rates.RateTable.Usd)).ToList(), rates);
    }

    // The targets of one pair judged against its official figures and its first stated figures; a row is written only when its
    // judgement changed.
    private static void Judge(DbConnection c, DbTransaction tx, string pair, List<TargetsStore.StoredTarget> targets, Lazy<Rates.RateTable> rates)
    {
        if (targets.Count == 0) return;
        var official = Official.OfficialFigures.ByPair(c, pair, tx: tx);
        var stated = c.Query<FirstRow>(FirstsSql, new { pair }, tx).Select(r => new Volumes.StatedFigure((int)r.Year, r.Value, r.Currency, r.Flow, r.Reporter)).ToList();
        var inputs = new Dictionary<(string, string, string, string?), TargetEvaluator.Inputs>();
        foreach (var (t, stored) in targets)
        {
            var foreign = t.Currency is not (null or Rates.RateTable.Usd);
            var table = foreign ? rates.Value : Rates.RateTable.Empty;
            var key = TargetEvaluator.Inputs.KeyOf(t);
            if (!inputs.TryGetValue(key, out var these)) inputs[key] = these = TargetEvaluator.Inputs.Of(t, official, stated, table);
            var evaluation = TargetEvaluator.Judge(t, these);
            var judgement = JsonSerializer.Serialize(new Judged(foreign ? TargetEvaluator.UsdOf(t, table) : null, evaluation), Json);
            if (judgement != stored) c.Execute(StoreSql, new { status = evaluation.Status, judgement, id = t.Id }, tx);
        }
    }

    private sealed class FirstRow
    {
        public long Year { get; init; }
        public decimal Value { get; init; }
        public string Currency { get; init; } = "";
        public string Flow { get; init; } = "";
        public string Reporter { get; init; } = "";
    }
}

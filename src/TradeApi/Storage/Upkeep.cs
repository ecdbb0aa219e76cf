using System.Data.Common;
using TradeApi.Extraction;

namespace TradeApi.Storage;

/// A new document's facts as stored: what the extractor found, the document, and the ids the rows were given, in the same order.
public sealed record NewFacts(ExtractionResult Facts, string DocumentId, DateOnly? PublishedOn, IReadOnlyList<long> VolumeIds, IReadOnlyList<long> TargetIds);

/// What every write keeps in step with the facts it changed, inside the write's own transaction: the pairs' summaries, their targets'
/// stored judgements and the data version that ETags and caches follow. Every write path calls one of these three and nothing else,
/// so none can forget a part. The composition root says who keeps each part, so a writer in any folder calls this without knowing
/// the pairs' or the targets' rooms.
public sealed class Upkeep(Upkeep.Keeper summaries, Upkeep.Keeper judgements)
{
    /// One derived part: rebuilt for pairs whose facts changed in any way, added to for a new document, refreshed after new rates.
    public sealed record Keeper(
        Action<DbConnection, DbTransaction, IReadOnlyCollection<string>> Refresh,
        Action<DbConnection, DbTransaction, IReadOnlyList<NewFacts>> Add,
        Action<DbConnection, DbTransaction>? RatesChanged = null);

    /// Facts or official figures of these pairs were changed or removed (a review, a delete, a re-extraction, an import).
    public void PairsChanged(DbConnection c, DbTransaction tx, IEnumerable<string> pairs)
    {
        var keys = pairs.Distinct(StringComparer.Ordinal).ToList();
        summaries.Refresh(c, tx, keys);
        judgements.Refresh(c, tx, keys);
        DataVersion.Bump(c, tx);
    }

    /// New documents and their facts were stored (one, or a batch in one transaction): the parts grow by them, in time that does
    /// not depend on what the pairs hold.
    public void DocumentsAdded(DbConnection c, DbTransaction tx, IReadOnlyList<NewFacts> documents)
    {
        if (documents.Count == 0) return;
        summaries.Add(c, tx, documents);
        judgements.Add(c, tx, documents);
        DataVersion.Bump(c, tx);
    }

    /// Exchange rates were imported: what was set in dollars or in another currency is judged again.
    public void RatesChanged(DbConnection c, DbTransaction tx)
    {
        summaries.RatesChanged?.Invoke(c, tx);
        judgements.RatesChanged?.Invoke(c, tx);
        DataVersion.Bump(c, tx);
    }
}

using System.Data.Common;
using TradeApi.Extraction;

namespace TradeApi.Storage;

/// Keeps what is held per pair (its summary, and through the summary's version what derives from it) for the pairs a write
/// touched, inside the write's transaction: refreshed from the stored facts, or added to by a new document's facts. The composition
/// root says who keeps it, so a writer in any folder does this without knowing the pairs' room.
public sealed class PairRefresh(Action<DbConnection, DbTransaction, IEnumerable<string>> refresh, Action<DbConnection, DbTransaction, ExtractionResult> add)
{
    public void Refresh(DbConnection c, DbTransaction tx, IEnumerable<string> keys) => refresh(c, tx, keys);

    /// A new document's facts added to the summaries of their pairs (no pair's facts are read again).
    public void Add(DbConnection c, DbTransaction tx, ExtractionResult facts) => add(c, tx, facts);
}

using System.Data.Common;

namespace TradeApi.Storage;

/// Refreshes what is kept per pair (its summary, and through the summary's version what derives from it) for the pairs a write
/// touched, inside the write's transaction. The composition root says who keeps it, so a writer in any folder refreshes without
/// knowing the pairs' room.
public sealed class PairRefresh(Action<DbConnection, DbTransaction, IEnumerable<string>> refresh)
{
    public void Refresh(DbConnection c, DbTransaction tx, IEnumerable<string> keys) => refresh(c, tx, keys);
}

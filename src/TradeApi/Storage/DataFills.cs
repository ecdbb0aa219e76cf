using System.Data.Common;

namespace TradeApi.Storage;

/// The steps of a schema migration that fill new columns by the service's own rules (the extractor's confidence and coverage, the
/// pair summaries, the targets' judgements). The composition root hands them in, so storage names no resource; each runs inside its migration's transaction.
public sealed record DataFills(
    Action<DbConnection, DbTransaction> Confidence,
    Action<DbConnection, DbTransaction> PairSummaries,
    Action<DbConnection, DbTransaction> Coverage,
    Action<DbConnection, DbTransaction> Judgements);

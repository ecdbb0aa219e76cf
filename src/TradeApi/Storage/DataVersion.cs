using System.Data.Common;
using Dapper;

namespace TradeApi.Storage;

// A counter every write bumps inside its own transaction; GET responses derive their ETag from it. It lives in the database, so
// every process on it (replicas, the command-line verbs) sees the same version.
public static class DataVersion
{
    private const string BumpSql = """
        INSERT INTO meta (key, value) VALUES ('data_version', '1')
        ON CONFLICT (key) DO UPDATE SET value = CAST(CAST(meta.value AS BIGINT) + 1 AS TEXT)
        """;

    private const string ReadSql = "SELECT value FROM meta WHERE key = 'data_version'";

    public static void Bump(DbConnection c, DbTransaction tx) => c.Execute(BumpSql, transaction: tx);

    public static string Read(DbConnection c) => c.ExecuteScalar<string?>(ReadSql) ?? "0";
}

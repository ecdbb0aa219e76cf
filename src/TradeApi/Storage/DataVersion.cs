using Dapper;
using Microsoft.Data.Sqlite;

namespace TradeApi.Storage;

// A counter every write bumps inside its own transaction; GET responses derive their ETag from it.
public static class DataVersion
{
    private const string BumpSql = """
        INSERT INTO meta (key, value) VALUES ('data_version', '1')
        ON CONFLICT (key) DO UPDATE SET value = CAST(CAST(value AS INTEGER) + 1 AS TEXT)
        """;

    private const string ReadSql = "SELECT value FROM meta WHERE key = 'data_version'";

    public static void Bump(SqliteConnection c, SqliteTransaction tx) => c.Execute(BumpSql, transaction: tx);

    public static string Read(SqliteConnection c) => c.ExecuteScalar<string?>(ReadSql) ?? "0";
}

using System.Data.Common;
using System.Globalization;

namespace TradeApi.Storage;

/// Statements over a list of pair keys: the keys as @k0..@kN in the {0} slot of a constant SQL text, in batches the store takes
/// (SqlDialect.SummaryBatch), so a write touching thousands of pairs runs a handful of statements, never one per pair.
public static class KeyedSql
{
    /// One statement for these keys; rows read as they come (none for a statement that returns none).
    public static void Each(DbConnection c, DbTransaction? tx, string sql, string[] keys, Action<DbDataReader>? row)
    {
        using var cmd = c.CreateCommand();
        cmd.Transaction = tx;
        var names = new string[keys.Length];
        for (var i = 0; i < keys.Length; i++)
        {
            names[i] = string.Concat("@k", i.ToString(CultureInfo.InvariantCulture));
            cmd.Add(names[i], keys[i]);
        }
        cmd.CommandText = string.Format(CultureInfo.InvariantCulture, sql, string.Join(',', names));
        if (row is null)
        {
            cmd.ExecuteNonQuery();
            return;
        }
        using var r = cmd.ExecuteReader();
        while (r.Read()) row(r);
    }

    /// The distinct keys in batches of the store's size.
    public static IEnumerable<string[]> Batches(DbConnection c, IEnumerable<string> keys) =>
        keys.Distinct(StringComparer.Ordinal).Chunk(SqlDialect.Of(c).SummaryBatch);
}

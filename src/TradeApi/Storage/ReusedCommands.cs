using System.Data.Common;
using System.Runtime.CompilerServices;

namespace TradeApi.Storage;

// Commands kept on a connection the store keeps open between reads (SqliteStore's read connections), so a hot read's SQL is
// compiled once per connection instead of once per request: Microsoft.Data.Sqlite keeps a prepared statement only as long as its
// command. Any other connection gets a new command each time, disposed by the use. SQL must be one of the code's constants, so the
// commands kept per connection are bounded by the queries the code has.
public static class ReusedCommands
{
    private static readonly ConditionalWeakTable<DbConnection, Dictionary<string, DbCommand>> Kept = new();

    /// Marks a connection its store keeps open: commands used on it are kept with it (and go with it when it closes).
    public static void Keep(DbConnection c) => Kept.AddOrUpdate(c, new Dictionary<string, DbCommand>(StringComparer.Ordinal));

    /// A command for the SQL with no parameters bound: kept on a kept connection, otherwise new (disposed with the use).
    public static Use Command(this DbConnection c, string sql)
    {
        if (!Kept.TryGetValue(c, out var commands))
        {
            var fresh = c.CreateCommand();
            fresh.CommandText = sql;
            return new Use(fresh, owned: true);
        }
        if (!commands.TryGetValue(sql, out var command))
        {
            command = c.CreateCommand();
            command.CommandText = sql;
            commands[sql] = command;
        }
        command.Parameters.Clear();
        command.Transaction = null;
        return new Use(command, owned: false);
    }

    public readonly struct Use(DbCommand command, bool owned) : IDisposable
    {
        public DbCommand Command => command;

        public void Dispose()
        {
            if (owned) command.Dispose();
        }
    }
}

using Dapper;
using Microsoft.Data.Sqlite;

namespace TradeApi.Storage.Sqlite;

// The data version without a query per request. One connection of its own asks SQLite's PRAGMA data_version, which changes whenever
// any other connection (this process's writers, an `import` run from the command line) has committed; only then is the version row
// read again. Cheap enough for every request, and never stale: a commit is seen by the next call.
internal sealed class SqliteVersionWatch(SqliteStore store) : IDisposable
{
    private readonly Lock _gate = new();
    private SqliteConnection? _connection;
    private SqliteCommand? _changes;
    private long _seen = -1;
    private string _version = "0";

    public string Current()
    {
        lock (_gate)
        {
            try
            {
                if (_connection is null)
                {
                    _connection = (SqliteConnection)store.Open();
                    _changes = _connection.CreateCommand();
                    _changes.CommandText = "PRAGMA data_version";
                    _changes.Prepare();
                }
                // One prepared statement stepped once: well under a microsecond.
                var changes = (long)_changes!.ExecuteScalar()!;
                if (changes != _seen)
                {
                    _version = DataVersion.Read(_connection);
                    _seen = changes;
                }
                return _version;
            }
            catch (SqliteException)
            {
                // A fault (a moved or locked file): start over with a new connection next time, and let the caller see the fault.
                _changes?.Dispose();
                _connection?.Dispose();
                _changes = null;
                _connection = null;
                _seen = -1;
                throw;
            }
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _changes?.Dispose();
            _connection?.Dispose();
        }
    }
}

using Microsoft.Data.Sqlite;

namespace TradeApi.Storage.Sqlite;

// The data version without a query per request. A probe is a connection of its own asking SQLite's PRAGMA data_version, which
// changes whenever any other connection (this process's writers, an `import` run from the command line) has committed since that
// connection last asked; only then is the version row read again. Cheap enough for every request, and never stale: a commit is
// seen by the next call. Each call takes an idle probe (or opens one; at most 32 wait idle), so concurrent requests do not queue
// behind one lock: with one shared probe, 32 connections spent 6 % of the service's CPU waiting for it.
internal sealed class SqliteVersionWatch(SqliteStore store) : IDisposable
{
    private readonly IdlePool<Probe> _idle = new(32);

    public string Current()
    {
        var probe = _idle.Take() ?? new Probe(store);
        try
        {
            var version = probe.Read();
            _idle.Return(probe);
            return version;
        }
        catch (SqliteException)
        {
            // A fault (a moved or locked file): this probe is dropped, the next call opens a new one, and the caller sees the fault.
            probe.Dispose();
            throw;
        }
    }

    public void Dispose() => _idle.Clear();

    private sealed class Probe(SqliteStore store) : IDisposable
    {
        private SqliteConnection? _connection;
        private SqliteCommand? _changes;
        private long _seen = -1;
        private string _version = "0";

        public string Read()
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

        public void Dispose()
        {
            _changes?.Dispose();
            _connection?.Dispose();
        }
    }
}

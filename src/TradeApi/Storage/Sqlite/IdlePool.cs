using System.Collections.Concurrent;

namespace TradeApi.Storage.Sqlite;

// Things kept open between uses (read connections, version probes), at most `keep` of them idle; one given back past that is closed.
internal sealed class IdlePool<T>(int keep) where T : class, IDisposable
{
    private readonly ConcurrentBag<T> _idle = [];
    private int _count;

    /// An idle one, or null when none waits.
    public T? Take()
    {
        if (!_idle.TryTake(out var item)) return null;
        Interlocked.Decrement(ref _count);
        return item;
    }

    public void Return(T item)
    {
        if (Interlocked.Increment(ref _count) <= keep)
        {
            _idle.Add(item);
            return;
        }
        Interlocked.Decrement(ref _count);
        item.Dispose();
    }

    public void Clear()
    {
        while (Take() is { } item) item.Dispose();
    }
}

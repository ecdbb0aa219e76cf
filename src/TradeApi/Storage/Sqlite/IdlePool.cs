using System.Collections.Concurrent;

namespace TradeApi.Storage.Sqlite;

// Things kept open between uses (read connections, version probes), at most `keep` of them idle; one given back past that is closed.
// A lock-free stack, not a ConcurrentBag: a bag keeps a queue per thread and locks when one is given back on a thread other than the
// one that took it, which under 32 connections is most of the time. Last in, first out keeps the most recently used in use.
internal sealed class IdlePool<T>(int keep) where T : class, IDisposable
{
    private readonly ConcurrentStack<T> _idle = new();
    private int _count;

    /// An idle one, or null when none waits.
    public T? Take()
    {
        if (!_idle.TryPop(out var item)) return null;
        Interlocked.Decrement(ref _count);
        return item;
    }

    public void Return(T item)
    {
        if (Interlocked.Increment(ref _count) <= keep)
        {
            _idle.Push(item);
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

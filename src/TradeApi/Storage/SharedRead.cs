using System.Diagnostics;

namespace TradeApi.Storage;

// One read shared by callers that arrive together, never one that started before a caller arrived: a caller joins the read in flight
// only if it began after the caller came, else the next read, which starts when the one in flight ends. At most one read runs and one
// waits, however many callers there are, and every caller's answer reflects the database at some moment after it asked.
public sealed class SharedRead<T>(Func<Task<T>> read)
{
    private readonly Lock _gate = new();
    private Task<T>? _running;
    private long _runningStarted;
    private Task<T>? _next;

    public Task<T> GetAsync()
    {
        var arrived = Stopwatch.GetTimestamp();
        lock (_gate)
        {
            if (_running is { IsCompleted: false } running && _runningStarted >= arrived) return running;
            if (_next is { } next) return next;
            if (_running is null || _running.IsCompleted) return StartLocked();
            return _next = After(_running);
        }
    }

    private Task<T> StartLocked()
    {
        _runningStarted = Stopwatch.GetTimestamp();
        return _running = read();
    }

    private async Task<T> After(Task<T> running)
    {
        try { await running.ConfigureAwait(false); }
        catch (Exception) { /* its callers see its fault; this read is a new one */ }
        Task<T> mine;
        lock (_gate)
        {
            mine = StartLocked();
            _next = null;
        }
        return await mine.ConfigureAwait(false);
    }
}

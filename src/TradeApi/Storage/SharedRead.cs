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
    private TaskCompletionSource<T>? _next;

    public Task<T> GetAsync()
    {
        var arrived = Stopwatch.GetTimestamp();
        lock (_gate)
        {
            if (_running is { IsCompleted: false } running && _runningStarted >= arrived) return running;
            if (_next is { } next) return next.Task;
            if (_running is null || _running.IsCompleted) return StartLocked();
            // A read is in flight that began before this caller: the next one starts when it ends (never inline, never under the lock).
            var waiting = new TaskCompletionSource<T>(TaskCreationOptions.RunContinuationsAsynchronously);
            _next = waiting;
            _running.ContinueWith(_ => StartNext(waiting), CancellationToken.None, TaskContinuationOptions.RunContinuationsAsynchronously, TaskScheduler.Default);
            return waiting.Task;
        }
    }

    private Task<T> StartLocked()
    {
        _runningStarted = Stopwatch.GetTimestamp();
        try { return _running = read(); }
        catch (Exception e) { return _running = Task.FromException<T>(e); }
    }

    private void StartNext(TaskCompletionSource<T> waiting)
    {
        Task<T> mine;
        lock (_gate)
        {
            // From here on, callers that arrive join a read that began after them (mine) or wait for the one after it.
            _next = null;
            mine = StartLocked();
        }
        mine.ContinueWith(t =>
        {
            if (t.IsFaulted) waiting.SetException(t.Exception!.InnerExceptions);
            else if (t.IsCanceled) waiting.SetCanceled();
            else waiting.SetResult(t.Result);
        }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
    }
}

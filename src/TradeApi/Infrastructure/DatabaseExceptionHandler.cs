using Microsoft.AspNetCore.Diagnostics;
using Polly.Timeout;
using TradeApi.Storage;

namespace TradeApi.Infrastructure;

// Database faults answer as what they are: busy (503 with Retry-After), a full disk (507), damaged data (500 that says so), a
// read-only or unopenable store (503). What each provider's error codes mean is the provider's (StoreProvider.Classify); the
// resilience pipeline retries only its transient errors and opens its circuit on the rest.
public sealed class DatabaseExceptionHandler(ILogger<DatabaseExceptionHandler> log, Db db) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken ct)
    {
        if (!IsDatabaseFault(db.Store, exception)) return false;
        log.LogWarning("Database fault: {Message}", exception.Message);
        var (kind, detail) = Kind(db.Store, exception, db.LastFault);
        if (kind == Problems.Busy) context.Response.Headers.RetryAfter = "2";
        await Problems.WriteAsync(context, kind, detail);
        return true;
    }

    public static bool IsDatabaseFault(StoreProvider store, Exception e) =>
        store.IsDatabaseError(e) || e is TimeoutRejectedException or Polly.CircuitBreaker.BrokenCircuitException;

    public static (int Status, string Title, string Detail) Describe(StoreProvider store, Exception e, Exception? lastFault = null)
    {
        var (kind, detail) = Kind(store, e, lastFault);
        return (kind.Status, kind.Title, detail);
    }

    // While the circuit is open, a request is answered as the fault that opened it (a full disk stays 507), unless that was only busy.
    public static (ProblemKind Kind, string Detail) Kind(StoreProvider store, Exception e, Exception? lastFault = null) =>
        (e is Polly.CircuitBreaker.BrokenCircuitException && lastFault is not null ? store.Classify(lastFault) : store.Classify(e)) switch
        {
            (StoreFault.Full, var detail) => (Problems.InsufficientStorage, detail),
            (StoreFault.Damaged, var detail) => (Problems.DatabaseDamaged, detail),
            (StoreFault.NotWritable, var detail) => (Problems.NotWritable, detail),
            _ => (Problems.Busy, "the database is busy or unavailable; retry after the number of seconds in Retry-After"),
        };
}

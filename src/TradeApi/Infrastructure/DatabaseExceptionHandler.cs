using Microsoft.AspNetCore.Diagnostics;
using Microsoft.Data.Sqlite;
using Polly.Timeout;

namespace TradeApi.Infrastructure;

// Database faults answer as what they are: busy (503 with Retry-After), a full disk (507), a damaged file (500 that says so), a
// read-only or unopenable file (503). The resilience pipeline retries only busy/locked errors and opens its circuit on the rest.
public sealed class DatabaseExceptionHandler(ILogger<DatabaseExceptionHandler> log) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken ct)
    {
        if (exception is not (SqliteException or TimeoutRejectedException or Polly.CircuitBreaker.BrokenCircuitException)) return false;
        log.LogWarning("Database fault: {Message}", exception.Message);
        var (kind, detail) = Kind(exception, context.RequestServices.GetService<Storage.Db>()?.LastFault);
        if (kind == Problems.Busy) context.Response.Headers.RetryAfter = "2";
        await Problems.WriteAsync(context, kind, detail);
        return true;
    }

    public static (int Status, string Title, string Detail) Describe(Exception e, Exception? lastFault = null)
    {
        var (kind, detail) = Kind(e, lastFault);
        return (kind.Status, kind.Title, detail);
    }

    public static (ProblemKind Kind, string Detail) Kind(Exception e, Exception? lastFault = null) => e switch
    {
        Polly.CircuitBreaker.BrokenCircuitException when lastFault is SqliteException { SqliteErrorCode: not (5 or 6) } fault => Kind(fault),
        SqliteException { SqliteErrorCode: 13 } => (Problems.InsufficientStorage, "the disk holding the database is full; nothing was stored"),
        SqliteException { SqliteErrorCode: 11 or 26 } => (Problems.DatabaseDamaged,
            "the database file is damaged or is not a database; the operator must restore it from a backup (README, Backup and restore)"),
        SqliteException { SqliteErrorCode: 8 or 14 or 23 } => (Problems.NotWritable,
            "the database file or its folder cannot be opened or written (read-only, immutable or missing); nothing was stored"),
        _ => (Problems.Busy, "the database is busy or unavailable; retry after the number of seconds in Retry-After"),
    };
}

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
        var (status, title, detail) = Describe(exception, context.RequestServices.GetService<Storage.Db>()?.LastFault);
        if (status == 503) context.Response.Headers.RetryAfter = "2";
        await Problems.WriteAsync(context, status, title, detail);
        return true;
    }

    public static (int Status, string Title, string Detail) Describe(Exception e, Exception? lastFault = null) => e switch
    {
        Polly.CircuitBreaker.BrokenCircuitException when lastFault is SqliteException { SqliteErrorCode: not (5 or 6) } fault => Describe(fault),
        SqliteException { SqliteErrorCode: 13 } => (507, "Insufficient storage", "the disk holding the database is full; nothing was stored"),
        SqliteException { SqliteErrorCode: 11 or 26 } => (500, "Database damaged",
            "the database file is damaged or is not a database; the operator must restore it from a backup (README, Backup and restore)"),
        SqliteException { SqliteErrorCode: 8 or 14 or 23 } => (503, "Database not writable",
            "the database file or its folder cannot be opened or written (read-only, immutable or missing); nothing was stored"),
        _ => (503, "Database busy", "the database is busy or unavailable; retry after the number of seconds in Retry-After"),
    };
}

using Microsoft.AspNetCore.Diagnostics;
using Microsoft.Data.Sqlite;
using Polly.Timeout;

namespace TradeApi.Infrastructure;

// A busy or unavailable database answers 503 with Retry-After, never 500.
public sealed class DatabaseExceptionHandler(ILogger<DatabaseExceptionHandler> log) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken ct)
    {
        if (exception is not (SqliteException or TimeoutRejectedException or Polly.CircuitBreaker.BrokenCircuitException)) return false;
        log.LogWarning("Database unavailable: {Message}", exception.Message);
        context.Response.Headers.RetryAfter = "2";
        await Problems.WriteAsync(context, 503, "Database busy", "the database is busy or unavailable; retry after the number of seconds in Retry-After");
        return true;
    }
}

using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using TradeApi.Storage;

namespace TradeApi.Health;

/// Health status.
public sealed record HealthStatus(string Status, string? Detail = null);

public static class HealthEndpoints
{
    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/health").WithTags("Health").ProducesProblem(StatusCodes.Status414RequestUriTooLong);
        group.MapGet("/live", () => TypedResults.Ok(new HealthStatus("live"))).WithName("Live")
            .WithSummary("Liveness").WithDescription("200 while the process serves requests.");
        group.MapGet("/ready", Ready).WithName("Ready")
            .WithSummary("Readiness").WithDescription("200 when the database can be opened, read and written; 503 otherwise.")
            .Produces<HealthStatus>(StatusCodes.Status503ServiceUnavailable);
        return app;
    }

    private static async Task<Results<Ok<HealthStatus>, JsonHttpResult<HealthStatus>>> Ready(Db db, CancellationToken ct)
    {
        try
        {
            var version = await db.ReadAsync(c => c.ExecuteScalar<long>("SELECT MAX(version) FROM schema_version"), ct);
            // A write that rolls back proves the file is writable without changing it.
            using var c = db.Open();
            using var tx = c.BeginTransaction(deferred: false);
            c.Execute("UPDATE meta SET value = value WHERE key = 'seeded_at'", transaction: tx);
            tx.Rollback();
            return TypedResults.Ok(new HealthStatus("ready", $"schema version {version}"));
        }
        catch (Exception e) when (e is Microsoft.Data.Sqlite.SqliteException or Polly.Timeout.TimeoutRejectedException or InvalidOperationException)
        {
            return TypedResults.Json(new HealthStatus("unavailable", "the database cannot be opened or written"), statusCode: StatusCodes.Status503ServiceUnavailable);
        }
    }
}

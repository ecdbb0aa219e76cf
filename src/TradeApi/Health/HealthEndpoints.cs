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
        var group = app.MapGroup("/health").WithTags("Health").ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status406NotAcceptable)
            .ProducesProblem(StatusCodes.Status414RequestUriTooLong);
        group.MapGet("/live", () => TypedResults.Ok(new HealthStatus("live"))).WithName("Live")
            .WithSummary("Liveness").WithDescription("200 while the process serves requests.");
        group.MapGet("/ready", Ready).WithName("Ready")
            .WithSummary("Readiness").WithDescription("200 when a write to the database was committed (at most every 3 seconds); 503 when it is busy, not writable or not open, 507 on a full disk, 500 when the database is damaged.")
            .Produces<HealthStatus>(StatusCodes.Status503ServiceUnavailable).Produces<HealthStatus>(StatusCodes.Status507InsufficientStorage)
            .Produces<HealthStatus>(StatusCodes.Status500InternalServerError);
        return app;
    }

    private static Results<Ok<HealthStatus>, JsonHttpResult<HealthStatus>> Ready(ReadinessProbe probe)
    {
        var (status, body) = probe.Check();
        return status == 200 ? TypedResults.Ok(body) : TypedResults.Json(body, statusCode: status);
    }
}

// Readiness is a real committed write to the health table (a rolled-back one never touches the disk, so it passed on a full disk
// or a damaged page); a success is reused for a few seconds so probes do not become a write load, a failure is probed again.
public sealed class ReadinessProbe(Db db, TimeProvider clock)
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(3);

    private const string ProbeSql = """
        INSERT INTO health (id, checked_at) VALUES (1, @now)
        ON CONFLICT (id) DO UPDATE SET checked_at = excluded.checked_at
        """;

    private (DateTimeOffset At, HealthStatus Body)? _lastReady;

    public (int Status, HealthStatus Body) Check()
    {
        var now = clock.GetUtcNow();
        if (_lastReady is { } last && now - last.At < Interval && now >= last.At) return (200, last.Body);
        try
        {
            // One attempt on its own connection, bounded by the driver's busy timeout: a probe must answer fast, not retry.
            using var c = db.Open();
            using var tx = db.Store.BeginWrite(c);
            c.Execute(ProbeSql, new { now = now.ToString("O") }, tx);
            var version = c.ExecuteScalar<long>("SELECT MAX(version) FROM schema_version", transaction: tx);
            tx.Commit();
            var body = new HealthStatus("ready", $"schema version {version}; a write was committed at {now:O}");
            _lastReady = (now, body);
            return (200, body);
        }
        catch (Exception e) when (Infrastructure.DatabaseExceptionHandler.IsDatabaseFault(db.Store, e) || e is InvalidOperationException)
        {
            _lastReady = null;
            var (status, _, detail) = Infrastructure.DatabaseExceptionHandler.Describe(db.Store, e, db.LastFault);
            return (status, new HealthStatus("unavailable", detail));
        }
    }
}

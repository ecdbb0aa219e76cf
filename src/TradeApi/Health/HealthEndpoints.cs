using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using TradeApi.Infrastructure;
using TradeApi.Storage;

namespace TradeApi.Health;

/// Health status.
[FreeWords]
public sealed record HealthStatus(string Status, string? Detail = null);

public static class HealthEndpoints
{
    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/health").WithTags("Health").ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status406NotAcceptable)
            .ProducesProblem(StatusCodes.Status414RequestUriTooLong);
        group.MapGet("/live", () => TypedResults.Ok(new HealthStatus("live"))).WithName("Live").WithExamples(new() { Success = () => new HealthStatus("live") })
            .WithSummary("Liveness").WithDescription("200 while the process serves requests.");
        group.MapGet("/ready", Ready).WithName("Ready").WithExamples(ReadyExamples)
            .WithSummary("Readiness").WithDescription("200 when a write to the database was committed; the answer is the last probe's, at most a few seconds old, and never waits on the database. Busy because another write holds the database (an import moving its rows) is still ready for 30 seconds after the last commit; 503 when the database is busy for longer, not writable, missing or not open, 507 on a full disk, 500 when it is damaged (the check of every page runs once in the background after the start).")
            .Produces<HealthStatus>(StatusCodes.Status503ServiceUnavailable).Produces<HealthStatus>(StatusCodes.Status507InsufficientStorage)
            .Produces<HealthStatus>(StatusCodes.Status500InternalServerError);
        return app;
    }

    private static readonly OperationExamples ReadyExamples = new()
    {
        Success = () => new HealthStatus("ready", "schema version 5; a write was committed at 2026-12-01T12:00:00.0000000+00:00"),
        ByStatus = new Dictionary<string, Func<object?>>
        {
            ["500"] = Unavailable, ["503"] = Unavailable,
            ["507"] = () => new HealthStatus("unavailable", "the disk holding the database is full; nothing was stored"),
        },
    };

    private static HealthStatus Unavailable() =>
        new("unavailable", "the database file or its folder cannot be opened or written (read-only, immutable or missing); nothing was stored");

    private static Results<Ok<HealthStatus>, JsonHttpResult<HealthStatus>> Ready(ReadinessProbe probe)
    {
        var (status, body) = probe.Check();
        return status == 200 ? TypedResults.Ok(body) : TypedResults.Json(body, statusCode: status);
    }
}

// Readiness is a real committed write to the health table (a rolled-back one never touches the disk, so it passed on a full disk
// or a damaged page). A request never runs the probe itself once a state exists: it reads the last state, and a state older than
// Interval starts one probe in the background, so a flood of probes costs nothing and no request waits on the write lock. A probe
// that waited for another writer's lock (an import moving its rows, a long write) keeps "ready" for LockGrace after the last
// commit: the database is healthy, only busy. The first request, at start, probes in line.
public sealed class ReadinessProbe(Db db, TimeProvider clock, IntegrityCheck integrity)
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(2);
    public static readonly TimeSpan LockGrace = TimeSpan.FromSeconds(30);

    private const string ProbeSql = """
        INSERT INTO health (id, checked_at) VALUES (1, @now)
        ON CONFLICT (id) DO UPDATE SET checked_at = excluded.checked_at
        """;

    private sealed record State(DateTimeOffset At, int Status, HealthStatus Body, DateTimeOffset? LastCommit);

    private volatile State? _state;
    private int _probing;

    public (int Status, HealthStatus Body) Check()
    {
        // A damaged file found by the check after the start: not ready, whatever a write to the health row says.
        if (integrity.Failure is { } damaged) return (StatusCodes.Status500InternalServerError, new HealthStatus("unavailable", damaged));
        var state = _state;
        if (state is null)
        {
            Probe();
            state = _state!;
        }
        else if (clock.GetUtcNow() - state.At >= Interval && Interlocked.CompareExchange(ref _probing, 1, 0) == 0)
            _ = Task.Run(() =>
            {
                try { Probe(); }
                finally { Volatile.Write(ref _probing, 0); }
            });
        return (state.Status, state.Body);
    }

    private void Probe()
    {
        var now = clock.GetUtcNow();
        var last = _state;
        try
        {
            // One attempt on its own connection, bounded by the driver's busy timeout, off the request path.
            using var c = db.Open();
            using var tx = db.Store.BeginWrite(c);
            c.Execute(ProbeSql, new { now = now.ToString("O") }, tx);
            var version = c.ExecuteScalar<long>("SELECT MAX(version) FROM schema_version", transaction: tx);
            tx.Commit();
            _state = new State(now, 200, new HealthStatus("ready", $"schema version {version}; a write was committed at {now:O}"), now);
        }
        catch (Exception e) when (db.Store.IsLockWait(e) && last?.LastCommit is { } commit && now - commit < LockGrace)
        {
            _state = new State(now, 200, new HealthStatus("ready", $"another write holds the database (an import or a long write); the last probe committed at {commit:O}"), commit);
        }
        catch (Exception e) when (Infrastructure.DatabaseExceptionHandler.IsDatabaseFault(db.Store, e) || e is InvalidOperationException)
        {
            var (status, _, detail) = Infrastructure.DatabaseExceptionHandler.Describe(db.Store, e, db.LastFault);
            _state = new State(now, status, new HealthStatus("unavailable", detail), last?.LastCommit);
        }
    }
}

/// The database's full integrity check, once, in the background after the service has started: on a large SQLite file it reads
/// every page (3.4 s for 179 MB), which used to delay readiness by as much. A failure makes /health/ready answer 500 with the
/// check's words, so a balancer stops sending traffic and the operator restores from a backup.
public sealed class IntegrityCheck(Db db, ILogger<IntegrityCheck> log) : BackgroundService
{
    private volatile string? _failure;

    public string? Failure => _failure;

    /// Set once the check has run (tests and the benchmark wait on it).
    public Task Done => _done.Task;

    private readonly TaskCompletionSource _done = new(TaskCreationOptions.RunContinuationsAsynchronously);

    protected override Task ExecuteAsync(CancellationToken stoppingToken) => Task.Run(() =>
    {
        try
        {
            using var c = db.Open();
            _failure = db.Store.CheckIntegrity(c);
            if (_failure is not null) log.LogError("Integrity check failed: {Failure}", _failure);
        }
        catch (Exception e) when (db.Store.IsDatabaseError(e) || e is IOException)
        {
            _failure = $"the integrity check could not read the database ({e.Message}); restore it from a backup (README, Backup and restore)";
            log.LogError(e, "Integrity check failed");
        }
        finally { _done.TrySetResult(); }
    }, stoppingToken);
}

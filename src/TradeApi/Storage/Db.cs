using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;
using Polly.Timeout;

namespace TradeApi.Storage;

// Connections and the one resilience pipeline every database call goes through.
public sealed class Db
{
    private readonly string _connectionString;
    private readonly ResiliencePipeline _pipeline;
    private readonly SemaphoreSlim _writer = new(1, 1);

    public Db(IConfiguration configuration, IOptions<StorageOptions> options, DataPaths paths)
    {
        var o = options.Value;
        var configured = configuration.GetConnectionString("Trade");
        var builder = new SqliteConnectionStringBuilder(string.IsNullOrWhiteSpace(configured) ? $"Data Source={paths.DefaultDatabase}" : configured)
        {
            DefaultTimeout = o.BusyTimeoutSeconds,
            Pooling = true,
            ForeignKeys = true,
        };
        if (builder.DataSource is { Length: > 0 } file && file != ":memory:" && Path.GetDirectoryName(Path.GetFullPath(file)) is { } dir)
            Directory.CreateDirectory(dir);
        _connectionString = builder.ToString();
        _pipeline = BuildPipeline(o.MaxRetries, TimeSpan.FromSeconds(o.TotalTimeoutSeconds), onOpened: e => LastFault = e);
    }

    public string DataSource => new SqliteConnectionStringBuilder(_connectionString).DataSource;

    // Retry only what waiting can cure: SQLITE_BUSY (5), SQLITE_LOCKED (6), SQLITE_BUSY_SNAPSHOT (517). Never constraints (19).
    public static bool IsTransient(Exception e) => e is SqliteException { SqliteErrorCode: 5 or 6 } or SqliteException { SqliteExtendedErrorCode: 517 };

    // A database that cannot be opened, read or written at all: worth breaking the circuit for, not worth retrying.
    public static bool IsUnavailable(Exception e) =>
        IsTransient(e) || e is SqliteException { SqliteErrorCode: 10 or 11 or 13 or 14 or 26 } or TimeoutRejectedException;

    // Timeout outermost bounds everything; the breaker sees the outcome after retries and, when open, answers at once.
    /// <summary>The fault that last opened the circuit: while it is open, requests are answered as that fault (a full disk stays 507).</summary>
    public Exception? LastFault { get; private set; }

    public static ResiliencePipeline BuildPipeline(int maxRetries, TimeSpan total, TimeSpan? baseDelay = null, TimeSpan? breakFor = null,
        Action<Exception?>? onOpened = null) =>
        new ResiliencePipelineBuilder()
            .AddTimeout(new TimeoutStrategyOptions { Timeout = total })
            .AddCircuitBreaker(new CircuitBreakerStrategyOptions
            {
                ShouldHandle = new PredicateBuilder().Handle<Exception>(IsUnavailable),
                FailureRatio = 0.5,
                MinimumThroughput = 10,
                SamplingDuration = TimeSpan.FromSeconds(30),
                BreakDuration = breakFor ?? TimeSpan.FromSeconds(5),
                OnOpened = args =>
                {
                    onOpened?.Invoke(args.Outcome.Exception);
                    return ValueTask.CompletedTask;
                },
            })
            .AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = new PredicateBuilder().Handle<SqliteException>(IsTransient),
                MaxRetryAttempts = Math.Max(1, maxRetries),
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = baseDelay ?? TimeSpan.FromMilliseconds(100),
            })
            .Build();

    public SqliteConnection Open()
    {
        var c = new SqliteConnection(_connectionString);
        c.Open();
        return c;
    }

    public ValueTask<T> ReadAsync<T>(Func<SqliteConnection, T> work, CancellationToken ct = default) =>
        _pipeline.ExecuteAsync(static (state, _) =>
        {
            using var c = state.self.Open();
            return ValueTask.FromResult(state.work(c));
        }, (self: this, work), ct);

    // One writer at a time inside the process; BEGIN IMMEDIATE takes the write lock up front so no transaction dies half-way.
    public ValueTask<T> WriteAsync<T>(Func<SqliteConnection, SqliteTransaction, T> work, CancellationToken ct = default) =>
        WriteAsync(work, null, ct);

    /// A write with a step on the connection before its transaction begins and undone after it ends (ATTACH cannot run inside one).
    public ValueTask<T> WriteAsync<T>(Func<SqliteConnection, SqliteTransaction, T> work, (Action<SqliteConnection> Before, Action<SqliteConnection> After)? around,
        CancellationToken ct = default) =>
        _pipeline.ExecuteAsync(static async (state, token) =>
        {
            await state.self._writer.WaitAsync(token);
            try
            {
                using var c = state.self.Open();
                state.around?.Before(c);
                try
                {
                    using var tx = c.BeginTransaction(deferred: false);
                    var result = state.work(c, tx);
                    tx.Commit();
                    DatabaseIdentity.Committed(c, state.self.DataSource);
                    return result;
                }
                finally
                {
                    state.around?.After(c);
                }
            }
            finally
            {
                state.self._writer.Release();
            }
        }, (self: this, work, around), ct);
}

using System.Data.Common;
using Microsoft.Extensions.Options;
using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;
using Polly.Timeout;

namespace TradeApi.Storage;

// Connections and the one resilience pipeline every database call goes through, whichever store Storage:Provider names.
public sealed class Db : IDisposable
{
    private readonly ResiliencePipeline _pipeline;
    private readonly SemaphoreSlim _writer = new(1, 1);

    public Db(IConfiguration configuration, IOptions<StorageOptions> options, DataPaths paths)
    {
        var o = options.Value;
        var configured = configuration.GetConnectionString("Trade");
        Store = string.Equals(o.Provider, StorageOptions.Postgres, StringComparison.OrdinalIgnoreCase)
            ? new Postgres.PostgresStore(configured, o)
            : new Sqlite.SqliteStore(configured, paths.DefaultDatabase, o.BusyTimeoutSeconds);
        _pipeline = BuildPipeline(Store.IsTransient, Store.IsUnavailable, o.MaxRetries, TimeSpan.FromSeconds(o.TotalTimeoutSeconds), onOpened: e => LastFault = e);
    }

    public StoreProvider Store { get; }

    /// Where the data lives, for messages.
    public string DataSource => Store.Describe;

    /// <summary>The fault that last opened the circuit: while it is open, requests are answered as that fault (a full disk stays 507).</summary>
    public Exception? LastFault { get; private set; }

    // Timeout outermost bounds everything; the breaker sees the outcome after retries and, when open, answers at once.
    public static ResiliencePipeline BuildPipeline(Func<Exception, bool> transient, Func<Exception, bool> unavailable, int maxRetries, TimeSpan total,
        TimeSpan? baseDelay = null, TimeSpan? breakFor = null, Action<Exception?>? onOpened = null) =>
        new ResiliencePipelineBuilder()
            .AddTimeout(new TimeoutStrategyOptions { Timeout = total })
            .AddCircuitBreaker(new CircuitBreakerStrategyOptions
            {
                ShouldHandle = new PredicateBuilder().Handle<Exception>(e => unavailable(e) || e is TimeoutRejectedException),
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
                ShouldHandle = new PredicateBuilder().Handle<Exception>(transient),
                MaxRetryAttempts = Math.Max(1, maxRetries),
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = baseDelay ?? TimeSpan.FromMilliseconds(100),
            })
            .Build();

    public DbConnection Open() => Store.Open();

    public ValueTask<T> ReadAsync<T>(Func<DbConnection, T> work, CancellationToken ct = default) =>
        _pipeline.ExecuteAsync(static (state, _) =>
        {
            var c = state.self.Store.OpenRead();
            var failed = true;
            try
            {
                var result = state.work(c);
                failed = false;
                return ValueTask.FromResult(result);
            }
            finally
            {
                state.self.Store.Release(c, failed);
            }
        }, (self: this, work), ct);

    // One writer at a time inside the process; the store's write transaction takes its writer lock up front (BEGIN IMMEDIATE, or
    // PostgreSQL's transaction advisory lock shared by every replica) so no transaction dies half-way.
    public ValueTask<T> WriteAsync<T>(Func<DbConnection, DbTransaction, T> work, CancellationToken ct = default) =>
        WriteAsync(work, null, ct);

    /// A write with a step on the connection before its transaction begins and undone after it ends (SQLite's ATTACH cannot run inside one).
    public ValueTask<T> WriteAsync<T>(Func<DbConnection, DbTransaction, T> work, (Action<DbConnection> Before, Action<DbConnection> After)? around,
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
                    using var tx = state.self.Store.BeginWrite(c);
                    var result = state.work(c, tx);
                    tx.Commit();
                    state.self.Store.Committed(c);
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

    public void Dispose() => Store.Dispose();
}

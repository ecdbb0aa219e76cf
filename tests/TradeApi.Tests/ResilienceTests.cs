using Microsoft.Data.Sqlite;
using Polly.CircuitBreaker;
using TradeApi.Storage;

namespace TradeApi.Tests;

// The database pipeline retries only what waiting can cure, and stops asking a broken database.
public class ResilienceTests
{
    private static readonly Polly.ResiliencePipeline Pipeline = Db.BuildPipeline(TradeApi.Storage.Sqlite.SqliteStore.Transient, TradeApi.Storage.Sqlite.SqliteStore.Unavailable, 3, TimeSpan.FromSeconds(5), TimeSpan.FromMilliseconds(1));

    private static int Attempts(Exception error, Polly.ResiliencePipeline? pipeline = null)
    {
        var attempts = 0;
        try
        {
            (pipeline ?? Db.BuildPipeline(TradeApi.Storage.Sqlite.SqliteStore.Transient, TradeApi.Storage.Sqlite.SqliteStore.Unavailable, 3, TimeSpan.FromSeconds(5), TimeSpan.FromMilliseconds(1))).Execute(() => { attempts++; throw error; });
        }
        catch (Exception e) when (e.GetType() == error.GetType()) { }
        return attempts;
    }

    [Theory]
    [InlineData(5, 5)]    // SQLITE_BUSY
    [InlineData(6, 6)]    // SQLITE_LOCKED
    [InlineData(5, 517)]  // SQLITE_BUSY_SNAPSHOT
    public void BusyAndLockedAreRetried(int code, int extended) =>
        Assert.Equal(4, Attempts(new SqliteException("database is locked", code, extended)));

    [Theory]
    [InlineData(19, 2067)] // SQLITE_CONSTRAINT_UNIQUE
    [InlineData(1, 1)]     // SQLITE_ERROR
    [InlineData(11, 11)]   // SQLITE_CORRUPT
    public void OtherErrorsAreNotRetried(int code, int extended) =>
        Assert.Equal(1, Attempts(new SqliteException("no", code, extended)));

    [Fact]
    public void NonDatabaseErrorsAreNotRetried() => Assert.Equal(1, Attempts(new InvalidOperationException("bug")));

    [Fact]
    public void SucceedsWhenTheLockClearsWithinTheRetries()
    {
        var attempts = 0;
        var result = Pipeline.Execute(() => ++attempts < 3 ? throw new SqliteException("busy", 5) : "done");
        Assert.Equal(("done", 3), (result, attempts));
    }

    [Fact]
    public void BrokenDatabaseOpensTheCircuitAndAnswersWithoutTrying()
    {
        var pipeline = Db.BuildPipeline(TradeApi.Storage.Sqlite.SqliteStore.Transient, TradeApi.Storage.Sqlite.SqliteStore.Unavailable, 0, TimeSpan.FromSeconds(5), TimeSpan.FromMilliseconds(1), TimeSpan.FromSeconds(30));
        var cantOpen = new SqliteException("unable to open database file", 14);
        var calls = 0;
        for (var i = 0; i < 20; i++)
        {
            try { pipeline.Execute(() => { calls++; throw cantOpen; }); }
            catch (SqliteException) { }
            catch (BrokenCircuitException) { }
        }
        Assert.True(calls < 20, $"the circuit never opened: {calls} calls reached the database");
        Assert.Throws<BrokenCircuitException>(() => pipeline.Execute(() => { calls++; return 1; }));
    }

    [Fact]
    public void TotalTimeoutBoundsRetries()
    {
        var pipeline = Db.BuildPipeline(TradeApi.Storage.Sqlite.SqliteStore.Transient, TradeApi.Storage.Sqlite.SqliteStore.Unavailable, 10, TimeSpan.FromMilliseconds(300), TimeSpan.FromMilliseconds(200));
        // Ten retries with exponential backoff from 200 ms need well over a minute; the 300 ms total cuts them short, which shows as the
        // timeout's own exception and far fewer attempts than allowed (counted, not timed: a stopwatch fails on a busy machine).
        var attempts = 0;
        Assert.Throws<Polly.Timeout.TimeoutRejectedException>(() => pipeline.Execute(ct => { attempts++; ct.ThrowIfCancellationRequested(); throw new SqliteException("busy", 5); }));
        Assert.InRange(attempts, 1, 10);
    }
}

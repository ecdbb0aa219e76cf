namespace TradeApi.Storage;

/// <summary>The database was written by a newer build; starting would risk its data.</summary>
public sealed class SchemaTooNewException(string message) : Exception(message)
{
    public static void ThrowIfNewer(int current, int latest)
    {
        // A newer build wrote this database: writing to it with an older schema could lose what that build stores.
        if (current > latest)
            throw new SchemaTooNewException($"the database has schema version {current}, but this build knows versions up to {latest}; "
                + $"run a build that knows schema version {current} or newer (or point ConnectionStrings:Trade at another database)");
    }
}

/// <summary>The database is not the one this service last wrote: another file, one that lost committed writes (a deleted -wal), or a
/// store the configuration cannot use.</summary>
public sealed class DatabaseMismatchException(string message) : Exception(message);

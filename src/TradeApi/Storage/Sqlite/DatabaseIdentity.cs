using System.Globalization;
using Dapper;
using System.Data.Common;

namespace TradeApi.Storage.Sqlite;

// Tells the database from a stand-in. The database keeps an id in its meta table; a sidecar file beside it (<database>.id) keeps
// the same id and the data version of the last committed write. On start a database with no id, another id or an older data
// version than its sidecar's is refused, so a lost -wal or a bad restore is seen instead of silently re-created and re-seeded.
public static class DatabaseIdentity
{
    public static string? SidecarOf(string dataSource) =>
        dataSource is { Length: > 0 } and not ":memory:" && !dataSource.StartsWith("file::memory:", StringComparison.Ordinal) ? Path.GetFullPath(dataSource) + ".id" : null;

    private const string IdSql = "SELECT value FROM meta WHERE key = 'database_id'";
    private const string CreateIdSql = "INSERT INTO meta (key, value) VALUES ('database_id', @id)";

    private const string HasMetaSql = "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'meta'";

    /// <summary>Before anything is written on start: refuses a database that is not the one its sidecar describes.</summary>
    public static void Check(DbConnection c, string dataSource)
    {
        if (SidecarOf(dataSource) is not { } sidecar || !File.Exists(sidecar)) return;
        var hasMeta = c.ExecuteScalar<long>(HasMetaSql) > 0;
        var id = hasMeta ? c.ExecuteScalar<string?>(IdSql) : null;
        var version = hasMeta ? long.Parse(DataVersion.Read(c), CultureInfo.InvariantCulture) : 0;
        var (knownId, knownVersion) = Parse(File.ReadAllText(sidecar));
        var advice = $"restore it from a backup (see README, Backup and restore), or, to start over on purpose, delete {sidecar}";
        if (id is null)
            throw new DatabaseMismatchException($"{dataSource} has no data, but {sidecar} says it held database {knownId} at data version {knownVersion}: "
                + $"the file was replaced or lost its -wal; {advice}");
        if (id != knownId)
            throw new DatabaseMismatchException($"{dataSource} is database {id}, but {sidecar} belongs to database {knownId}; {advice}");
        if (version < knownVersion)
            throw new DatabaseMismatchException($"{dataSource} is at data version {version}, but writes up to version {knownVersion} were acknowledged: "
                + $"committed data was lost (a deleted -wal or an old copy); {advice}");
    }

    /// <summary>After the schema is in place: gives a new database its id and writes the sidecar.</summary>
    public static void Ensure(DbConnection c, string dataSource)
    {
        if (SidecarOf(dataSource) is not { } sidecar) return;
        var id = c.ExecuteScalar<string?>(IdSql);
        if (id is null)
        {
            id = Guid.NewGuid().ToString("N");
            c.Execute(CreateIdSql, new { id });
        }
        Write(sidecar, id, long.Parse(DataVersion.Read(c), CultureInfo.InvariantCulture));
    }

    /// <summary>Records the data version a write just committed. A sidecar that cannot be written (a read-only folder) only
    /// weakens the next start's check; the committed write still answers as committed.</summary>
    public static void Committed(DbConnection c, string dataSource)
    {
        if (SidecarOf(dataSource) is not { } sidecar) return;
        try
        {
            var id = c.ExecuteScalar<string?>(IdSql);
            if (id is not null) Write(sidecar, id, long.Parse(DataVersion.Read(c), CultureInfo.InvariantCulture));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { }
    }

    private static (string Id, long Version) Parse(string text)
    {
        var parts = text.Split(' ', '\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return parts.Length >= 2 && long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? (parts[0], v)
            : throw new DatabaseMismatchException($"the sidecar file is not '<id> <data version>'; it may be damaged");
    }

    // Written beside and renamed over, so a crash leaves the old sidecar or the new one, never half of one.
    private static void Write(string sidecar, string id, long version)
    {
        var temp = sidecar + ".tmp";
        File.WriteAllText(temp, $"{id} {version}\n");
        File.Move(temp, sidecar, overwrite: true);
    }
}

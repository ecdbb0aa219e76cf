using System.ComponentModel.DataAnnotations;

namespace TradeApi.Storage;

public sealed class StorageOptions
{
    public const string Section = "Storage";
    public const string Sqlite = "Sqlite";
    public const string Postgres = "Postgres";

    /// Sqlite (the embedded default: ConnectionStrings:Trade is "Data Source=FILE", .data/trade.db when empty) or Postgres
    /// (ConnectionStrings:Trade is an Npgsql connection string: Host, Port, Database, Username, Password, pool sizes).
    [RegularExpression("^(?i)(sqlite|postgres)$", ErrorMessage = "Storage:Provider is Sqlite or Postgres")]
    public string Provider { get; set; } = Sqlite;

    /// Folder with data/documents, data/official; found by walking up from the content root when empty.
    public string? DataPath { get; set; }

    /// Seed documents and official figures on the first start with an empty database.
    public bool SeedOnStart { get; set; } = true;

    /// The driver's own wait on a locked database (SQLite), or for a connection to open (PostgreSQL); retries come on top, bounded by TotalTimeoutSeconds.
    [Range(1, 60)]
    public int BusyTimeoutSeconds { get; set; } = 2;

    [Range(1, 120)]
    public int TotalTimeoutSeconds { get; set; } = 10;

    [Range(0, 10)]
    public int MaxRetries { get; set; } = 3;
}

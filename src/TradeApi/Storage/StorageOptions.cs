using System.ComponentModel.DataAnnotations;

namespace TradeApi.Storage;

public sealed class StorageOptions
{
    public const string Section = "Storage";

    /// Folder with data/documents, data/official; found by walking up from the content root when empty.
    public string? DataPath { get; set; }

    /// Seed documents and official figures on the first start with an empty database.
    public bool SeedOnStart { get; set; } = true;

    /// The driver's own wait on a locked database; retries come on top, bounded by TotalTimeoutSeconds.
    [Range(1, 60)]
    public int BusyTimeoutSeconds { get; set; } = 2;

    [Range(1, 120)]
    public int TotalTimeoutSeconds { get; set; } = 10;

    [Range(0, 10)]
    public int MaxRetries { get; set; } = 3;
}

using Microsoft.Extensions.Options;

namespace TradeApi.Storage;

// Where data/ lives: configured, or the nearest folder upwards that holds data/documents.
public sealed class DataPaths
{
    public DataPaths(IOptions<StorageOptions> options, IHostEnvironment env)
    {
        Root = options.Value.DataPath is { Length: > 0 } p ? Path.GetFullPath(p) : Find(env.ContentRootPath) ?? Find(AppContext.BaseDirectory)
            ?? Path.Combine(env.ContentRootPath, "data");
        var repo = Path.GetDirectoryName(Root) ?? env.ContentRootPath;
        DefaultDatabase = Path.Combine(repo, ".data", "trade.db");
    }

    public string Root { get; }
    public string Documents => Path.Combine(Root, "documents");
    public string Official => Path.Combine(Root, "official");
    public string DefaultDatabase { get; }

    private static string? Find(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "data");
            if (Directory.Exists(Path.Combine(candidate, "documents"))) return candidate;
        }
        return null;
    }
}

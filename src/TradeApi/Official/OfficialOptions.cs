namespace TradeApi.Official;

/// <summary>Where official statistics are imported from on the first start: folders (every *.csv and *.csv.gz in them) or files.</summary>
public sealed class OfficialOptions
{
    public const string Section = "Official";

    /// Relative paths are taken from the folder that holds data/ (the repository); default data/official, which ships only a README.
    public string[] Paths { get; set; } = [];

    /// The files the paths name, in order: a folder's *.csv and *.csv.gz sorted by name; missing paths are left out.
    public static IEnumerable<string> Files(IEnumerable<string> paths, string baseDir)
    {
        foreach (var p in paths)
        {
            var full = Path.GetFullPath(p, baseDir);
            if (File.Exists(full)) yield return full;
            else if (Directory.Exists(full))
                foreach (var f in Directory.GetFiles(full).Where(IsOfficialFile).Order(StringComparer.Ordinal)) yield return f;
        }
    }

    public static bool IsOfficialFile(string path) =>
        path.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".csv.gz", StringComparison.OrdinalIgnoreCase);

    /// The dataset a file is imported as: its name without .csv or .csv.gz.
    public static string DatasetOf(string path)
    {
        var name = Path.GetFileName(path);
        foreach (var ext in (ReadOnlySpan<string>)[".csv.gz", ".csv"])
            if (name.EndsWith(ext, StringComparison.OrdinalIgnoreCase)) return name[..^ext.Length];
        return name;
    }
}

namespace TradeApi.Tests;

// Third-party data beside the clone (../shared/data/official): CI and every developer machine have it, a user's fresh clone does not.
// Tests that need it skip there with the reason, and fail instead when CI=true, so CI never skips them silently.
public static class SharedData
{
    public const string TenPairs = "imf-dots-2000-2020.csv";
    public const string FullMatrix = "imf-dots-1960-2020.csv.gz";

    public static string? Official(string file)
    {
        var path = Path.GetFullPath(Path.Combine(TradeApiFactory.RepoRoot(), "..", "shared", "data", "official", file));
        return File.Exists(path) ? path : null;
    }

    /// <summary>The Federal Reserve's annual average rates (../shared/data/fx), when beside the clone.</summary>
    public static string? Rates()
    {
        var path = Path.GetFullPath(Path.Combine(TradeApiFactory.RepoRoot(), "..", "shared", "data", "fx", "usd-annual-average.csv"));
        return File.Exists(path) ? path : null;
    }

    public static string RequireOfficial(string file) =>
        Official(file) ?? throw new FileNotFoundException($"../shared/data/official/{file} is not beside the repository; CI lays it there");

    public static string? SkipReason(string file) =>
        Official(file) is null && Environment.GetEnvironmentVariable("CI") != "true"
            ? $"../shared/data/official/{file} is not beside this clone (third-party data, not shipped); CI fails instead of skipping"
            : null;
}

/// <summary>A test that needs the IMF ten-pair file from ../shared.</summary>
public sealed class OfficialDataFactAttribute : FactAttribute
{
    public OfficialDataFactAttribute(string file = SharedData.TenPairs) => Skip = SharedData.SkipReason(file);
}

/// <summary>A theory that needs the IMF ten-pair file from ../shared.</summary>
public sealed class OfficialDataTheoryAttribute : TheoryAttribute
{
    public OfficialDataTheoryAttribute(string file = SharedData.TenPairs) => Skip = SharedData.SkipReason(file);
}

/// <summary>A test that needs an IMF file and the Federal Reserve rates from ../shared.</summary>
public sealed class OfficialAndRatesFactAttribute : FactAttribute
{
    public OfficialAndRatesFactAttribute(string file = SharedData.TenPairs) =>
        Skip = SharedData.SkipReason(file) ?? (SharedData.Rates() is null && Environment.GetEnvironmentVariable("CI") != "true"
            ? "../shared/data/fx/usd-annual-average.csv is not beside this clone (third-party data, not shipped); CI fails instead of skipping"
            : null);
}

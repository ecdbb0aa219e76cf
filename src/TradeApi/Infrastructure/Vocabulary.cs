using TradeApi.Extraction;

namespace TradeApi.Infrastructure;

/// Where a figure comes from: a document (stated) or a statistics office (official).
public static class Sources
{
    public const string Stated = "stated";
    public const string Official = "official";
}

/// Where a stated fact stands with the analysts.
public static class ReviewState
{
    public const string Unreviewed = "unreviewed";
    public const string Confirmed = "confirmed";
    public const string Corrected = "corrected";
    public const string Rejected = "rejected";
}

/// The fixed words of the API. Each list feeds validation, the OpenAPI enum and normalisation, so a value has one spelling.
public static class Vocabulary
{
    public static readonly string[] Formats = ["json", "csv"];
    public static readonly string[] Sources = [TradeApi.Infrastructure.Sources.Stated, TradeApi.Infrastructure.Sources.Official];
    public static readonly string[] Statuses = ["achieved", "on_track", "behind", "missed", "no_data"];
    public static readonly string[] Verdicts = ["consistent", "overstated", "understated", "not_comparable", "no_data"];
    public static readonly string[] Bases = [TradeApi.Infrastructure.Sources.Official, TradeApi.Infrastructure.Sources.Stated, "statement"];
    public static readonly string[] Kinds = ["absolute", "relative"];
    public static readonly string[] MirrorFlows = [Flows.Exports, Flows.Imports];
    public static readonly string[] CountrySorts = ["iso3", "-iso3", "name", "-name"];
    public static readonly string[] PairSorts = ["key", "-key", "latestValue", "-latestValue"];
    public static readonly string[] DocumentSorts = ["id", "-id", "ingestedAt", "-ingestedAt"];
    public static readonly string[] TargetSorts = ["id", "-id", "byYear", "-byYear"];
    public static readonly string[] VolumeSorts = ["year", "-year"];
    public static readonly string[] ReviewStates = [ReviewState.Unreviewed, ReviewState.Confirmed, ReviewState.Corrected, ReviewState.Rejected];
    /// Which side of a row the countries of a country= filter are.
    public static readonly string[] Sides = ["reporter", "partner", "both"];
    /// A review filter: states, or all (rejected facts included).
    public static readonly string[] ReviewFilters = [.. ReviewStates, "all"];

    /// The list a vocabulary name stands for (names as used in [OneOf]).
    public static string[] Of(string name) => name switch
    {
        nameof(Formats) => Formats,
        nameof(Sources) => Sources,
        nameof(Statuses) => Statuses,
        nameof(Verdicts) => Verdicts,
        nameof(Bases) => Bases,
        nameof(Kinds) => Kinds,
        nameof(MirrorFlows) => MirrorFlows,
        nameof(CountrySorts) => CountrySorts,
        nameof(PairSorts) => PairSorts,
        nameof(DocumentSorts) => DocumentSorts,
        nameof(TargetSorts) => TargetSorts,
        nameof(VolumeSorts) => VolumeSorts,
        nameof(ReviewStates) => ReviewStates,
        nameof(Sides) => Sides,
        nameof(ReviewFilters) => ReviewFilters,
        "Flows" => Flows.All,
        "Qualifiers" => Qualifiers.All,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "no such vocabulary"),
    };

    /// The canonical spelling of a value given in any case; null when it is not one of the list.
    public static string? Canonical(string[] words, string? value) =>
        value is null ? null : Array.Find(words, w => string.Equals(w, value.Trim(), StringComparison.OrdinalIgnoreCase));

    /// Comma-separated values (the repeated form arrives joined the same way), blanks dropped.
    public static string[] Split(string? value) =>
        value is null ? [] : value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}

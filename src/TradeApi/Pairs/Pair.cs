using System.ComponentModel;
using TradeApi.Countries;

namespace TradeApi.Pairs;

/// The most recent two-way total held for a pair.
public sealed record LatestVolume(int Year, decimal Value, string Currency, [property: Description("stated or official.")] string Source);

/// A pair of countries that has facts.
public sealed record PairSummary(
    [property: Description("Canonical key: the two alpha-3 codes in alphabetical order, joined by '-'.")] string Key,
    CountryView A, CountryView B, int? FirstYear, int? LastYear, int StatedVolumes, int OfficialRows, int Targets, LatestVolume? Latest);

/// One year of a pair: what documents state beside what statistics offices report, and whether they disagree.
public sealed record YearComparison(int Year, IReadOnlyList<Volumes.VolumeRow> Stated, IReadOnlyList<Volumes.VolumeRow> Official,
    [property: Description("True when a stated figure of the year is overstated or understated against the official record (each stated row's `check`).")] bool Conflict);

/// A pair with its figures year by year.
public sealed record PairDetail(PairSummary Pair, IReadOnlyList<YearComparison> Years);

using System.ComponentModel;
using TradeApi.Countries;

namespace TradeApi.Pairs;

/// The most recent two-way total held for a pair.
public sealed record LatestVolume(int Year, decimal Value, string Currency, [property: Description("stated or official.")] string Source);

/// A pair of countries that has facts.
public sealed record PairSummary(
    [property: Description("Canonical key: the two alpha-3 codes in alphabetical order, joined by '-'.")] string Key,
    CountryView A, CountryView B, int? FirstYear, int? LastYear, int StatedVolumes, int OfficialRows, int Targets, LatestVolume? Latest);

/// Where a pair's figures and targets are, page by page.
public sealed record PairLinks(
    [property: Description("Stated and official figures year by year, each stated one with its claim check (ListPairVolumes).")] string Volumes,
    [property: Description("Targets with their status (ListPairTargets).")] string Targets,
    [property: Description("One series for a chart (GetPairSeries).")] string Series,
    [property: Description("What each side reports for the same goods (GetPairMirror).")] string Mirror,
    [property: Description("The chart as SVG (GetPairChart).")] string Chart);

/// A pair's overview: its summary, how its targets stand, and links to its figures and targets, which page.
public sealed record PairDetail(PairSummary Pair,
    [property: Description("Its targets (rejected ones left out) by status: every status of ListPairTargets, 0 when none has it.")] IReadOnlyDictionary<string, int> TargetStatuses,
    PairLinks Links);

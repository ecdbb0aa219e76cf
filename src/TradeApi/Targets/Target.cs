using System.ComponentModel;
using TradeApi.Facts;
using TradeApi.Volumes;

namespace TradeApi.Targets;

/// A trade target stated in a document, as extracted.
public sealed record StatedTarget(
    long Id, string Pair, string Reporter, string Partner, string Flow,
    [property: Description("absolute (a level) or relative (a multiple of a base figure).")] string Kind,
    [property: Description("The level to reach; for a relative target the base times the multiplier, null when the text gives no base.")] decimal? Value,
    string? Currency, decimal? Multiplier, decimal? BaseValue, int? BaseYear,
    [property: Description("Year the target names or implies; null for vague horizons.")] int? ByYear,
    [property: Description("The horizon in the text's own words (\"by 2030\", \"in the next few years\").")] string? Horizon,
    string Qualifier, string? Speaker,
    [property: Description("True when the text itself says the goal has been reached.")] bool StatedAsReached,
    Provenance Provenance,
    [property: Description(RestatedDescription.Text)] TradeApi.Extraction.Amount? Restated,
    [property: Description(ConfidenceDescription.Text)] decimal? Confidence,
    TargetReview Review,
    [property: Description("A level in another currency in US dollars at the average rate of its deadline year, or of the latest year with a rate when the deadline has none yet (latestRate); null for dollars or without a rate.")] Rates.UsdValue? Usd = null)
{
    /// What an analyst can correct, as it stands.
    public TargetAttributes Attributes() => new(Reporter, Partner, Flow, Kind, Value, Currency, Multiplier, BaseValue, BaseYear, ByYear, Horizon, Qualifier, Speaker);
}

/// A figure a target was measured against.
public sealed record Actual(int Year, decimal Value, string Currency, string Source, string? Reporter,
    [property: Description("For an official figure set in the target's currency: the figure as reported in US dollars and the year's average rate used; null when no conversion was needed.")] Rates.UsdValue? Usd = null);

/// How a target stands against the figures.
public sealed record Evaluation(
    [property: Description("achieved, on_track, behind, missed or no_data.")] string Status,
    [property: Description("official (imported statistics), stated (figures in documents) or statement (the text says it was reached).")] string Basis,
    [property: Description("byYear, or for a vague horizon the statement year plus five.")] int? Deadline,
    bool DeadlineAssumed,
    Actual? Latest,
    [property: Description("Latest figure divided by the target level.")] decimal? Progress,
    int? AchievedIn,
    string Explanation);

/// A stated target with its evaluation.
public sealed record TargetView(StatedTarget Target, Evaluation Evaluation);

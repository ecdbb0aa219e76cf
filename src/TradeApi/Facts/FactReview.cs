using System.ComponentModel;
using TradeApi.Infrastructure;

namespace TradeApi.Facts;

// Where a stated fact stands with the analysts, as every view of the fact shows it (the review endpoints change it).

/// The attributes of a stated volume an analyst can correct.
public sealed record VolumeAttributes(string Reporter, string Partner, [property: OneOf("Flows")] string Flow, int Year, decimal Value, string Currency,
    [property: OneOf("Qualifiers")] string Qualifier);

/// The attributes of a stated target an analyst can correct.
public sealed record TargetAttributes(string Reporter, string Partner, [property: OneOf("Flows")] string Flow, [property: OneOf(nameof(Vocabulary.Kinds))] string Kind,
    decimal? Value, string? Currency, decimal? Multiplier, decimal? BaseValue, int? BaseYear, int? ByYear, string? Horizon,
    [property: OneOf("Qualifiers")] string Qualifier, string? Speaker);

/// Where a volume stands with the analysts.
public sealed record VolumeReview(
    [property: Description("unreviewed (as extracted), confirmed, corrected or rejected.")] [property: OneOf(nameof(Vocabulary.ReviewStates))] string State,
    [property: Description("Why it was rejected or corrected, as the reviewer wrote it.")] string? Reason,
    [property: Description("True when a re-extraction no longer finds this reviewed fact; it is kept as reviewed.")] bool Orphaned,
    [property: Description("Increases with every change; the fact's ETag is derived from it.")] int Revision,
    [property: Description("The fact as the extractor gave it, kept beside a correction; null unless corrected.")] VolumeAttributes? Original);

/// Where a target stands with the analysts.
public sealed record TargetReview(
    [property: Description("unreviewed (as extracted), confirmed, corrected or rejected.")] [property: OneOf(nameof(Vocabulary.ReviewStates))] string State,
    [property: Description("Why it was rejected or corrected, as the reviewer wrote it.")] string? Reason,
    [property: Description("True when a re-extraction no longer finds this reviewed fact; it is kept as reviewed.")] bool Orphaned,
    [property: Description("Increases with every change; the fact's ETag is derived from it.")] int Revision,
    [property: Description("The target as the extractor gave it, kept beside a correction; null unless corrected.")] TargetAttributes? Original);

using System.ComponentModel;
using TradeApi.Infrastructure;

namespace TradeApi.Reviews;

/// A stated volume as it stood before or after a change: its attributes and review. Entries written by re-extractions before
/// snapshots were complete hold only reporter, partner, flow and review; the other attributes are null there.
public sealed record VolumeSnapshot(string Reporter, string Partner, [property: OneOf("Flows")] string Flow, int? Year, decimal? Value, string? Currency,
    [property: OneOf("Qualifiers")] string? Qualifier,
    [property: OneOf(nameof(Vocabulary.ReviewStates))] string Review,
    [property: Description("The reviewer's reason in force, if any.")] string? Reason);

/// A stated target as it stood before or after a change (entries of early re-extractions: reporter, partner, flow and review only).
public sealed record TargetSnapshot(string Reporter, string Partner, [property: OneOf("Flows")] string Flow, [property: OneOf(nameof(Vocabulary.Kinds))] string? Kind,
    decimal? Value, string? Currency, decimal? Multiplier, decimal? BaseValue, int? BaseYear, int? ByYear, string? Horizon,
    [property: OneOf("Qualifiers")] string? Qualifier, string? Speaker,
    [property: OneOf(nameof(Vocabulary.ReviewStates))] string Review,
    [property: Description("The reviewer's reason in force, if any.")] string? Reason);

/// One change to a fact; `before` and `after` are VolumeSnapshot or TargetSnapshot.
public sealed record HistoryEntry<TSnapshot>(
    long Id,
    [property: Description("When, ISO 8601 UTC.")] DateTimeOffset At,
    [property: Description("The name of the API key that made the change (Auth:ApiKeys:N:Name); never the key.")] string By,
    [property: Description("confirm, reject, correct, or orphan / restore by a re-extraction.")] string Action,
    string? Reason,
    [property: Description("The fact's attributes and review state before the change.")] TSnapshot Before,
    [property: Description("The same after it.")] TSnapshot After) where TSnapshot : class;

/// A fact's changes, oldest first.
public sealed record FactHistory<TSnapshot>([property: Description("volume or target.")] string Fact, long Id, IReadOnlyList<HistoryEntry<TSnapshot>> Items) where TSnapshot : class;

using System.ComponentModel;
using TradeApi.Extraction;
using TradeApi.Infrastructure;

namespace TradeApi.Documents;

/// A stored source text, without its body.
[FreeWords]
public sealed record DocumentSummary(
    [property: Description("Content hash of the text (first 16 hex digits of SHA-256).")] string Id,
    string Title,
    [property: Description("Date as given at ingestion, else of the dateline or of the source address, ISO 8601.")] DateOnly? PublishedOn,
    string? Source,
    DateTimeOffset IngestedAt,
    int Volumes,
    int Targets);

/// A stored source text with the facts taken from it.
[FreeWords]
public sealed record DocumentDetail(
    string Id, string Title, DateOnly? PublishedOn, string? Source, DateTimeOffset IngestedAt, string Text,
    IReadOnlyList<Volumes.StatedVolume> Volumes, IReadOnlyList<Targets.StatedTarget> Targets);

/// The facts found in a text; the shape of the `extract` verb and of POST /api/v1/extract.
public sealed record ExtractedFacts(
    string? Id, string Title, DateOnly? PublishedOn,
    IReadOnlyList<VolumeFact> Volumes, IReadOnlyList<TargetFact> Targets);

using System.ComponentModel;
using System.Text.Json.Serialization;

namespace TradeApi.Extraction;

/// <summary>Trade flow direction: two-way total, or one side's exports or imports.</summary>
public static class Flows
{
    /// <summary>Two-way trade (turnover).</summary>
    public const string Total = "total";
    /// <summary>Reporter sells to partner.</summary>
    public const string Exports = "exports";
    /// <summary>Reporter buys from partner.</summary>
    public const string Imports = "imports";

    /// <summary>All flows in their canonical spelling.</summary>
    public static readonly string[] All = [Total, Exports, Imports];
}

/// <summary>How a stated figure relates to the true value.</summary>
public static class Qualifiers
{
    /// <summary>Stated as is.</summary>
    public const string Exact = "exact";
    /// <summary>About, around, roughly, close to, nearly.</summary>
    public const string Approximately = "approximately";
    /// <summary>Over, more than, exceeded.</summary>
    public const string MoreThan = "more_than";
    /// <summary>Under, less than, below.</summary>
    public const string LessThan = "less_than";
    /// <summary>At least, no less than.</summary>
    public const string AtLeast = "at_least";
    /// <summary>Up to, at most, no more than.</summary>
    public const string AtMost = "at_most";

    /// <summary>All qualifiers.</summary>
    public static readonly string[] All = [Exact, Approximately, MoreThan, LessThan, AtLeast, AtMost];
}

/// <summary>What a stated volume counts: goods only, or goods and services; official customs figures are goods.</summary>
public static class Coverages
{
    /// <summary>Merchandise trade only ("goods trade", "merchandise exports").</summary>
    public const string Goods = "goods";
    /// <summary>Goods and services together.</summary>
    public const string GoodsAndServices = "goodsAndServices";
}

/// <summary>The sentence a fact was taken from: UTF-16 offsets into the document text, end exclusive.</summary>
public sealed record Evidence(int Start, int End, string Quote);

/// <summary>An amount in an ISO 4217 currency.</summary>
public sealed record Amount(decimal Value, string Currency);

/// <summary>A yearly trade figure stated in a document; <paramref name="Restated"/> is the same figure as the text restates it in another currency;
/// <paramref name="Confidence"/> the probability that it is right, 0 to 1; <paramref name="Features"/> what the confidence model saw
/// (<see cref="Extractor.FeatureNames"/>); <paramref name="Coverage"/> one of <see cref="Coverages"/>, or null when the text does not say;
/// <paramref name="Id"/> is the stored fact's, once a document is stored. It is what `extract`, POST /api/v1/extract and the answer to a stored
/// document give, as is (features only on request).</summary>
public sealed record VolumeFact(
    string Reporter, string Partner, string Flow, int Year, decimal Value, string Currency,
    string Qualifier, Evidence Evidence, Amount? Restated = null,
    [property: Description(FactDescriptions.Confidence)] decimal Confidence = 0,
    [property: JsonIgnore] IReadOnlyList<double>? Features = null,
    [property: Description("What the figure counts: goods, goodsAndServices, or null when the text does not say. Official customs figures are goods.")] string? Coverage = null,
    [property: Description("The stored fact's id (GET or PATCH /api/v1/volumes/{id}); null where nothing is stored (extract, check).")] long? Id = null);

/// <summary>A stated trade target: an absolute level or a multiple of a base figure; confidence and features as for a volume.</summary>
public sealed record TargetFact(
    string Reporter, string Partner, string Flow, string Kind, decimal? Value, string? Currency,
    decimal? Multiplier, decimal? BaseValue, int? BaseYear, int? ByYear, string? Horizon,
    string Qualifier, string? Speaker, bool StatedAsReached, Evidence Evidence, Amount? Restated = null,
    [property: Description(FactDescriptions.Confidence)] decimal Confidence = 0,
    [property: JsonIgnore] IReadOnlyList<double>? Features = null,
    [property: Description("The stored fact's id (GET or PATCH /api/v1/targets/{id}); null where nothing is stored (extract, check).")] long? Id = null);

/// <summary>The words that describe a fact's confidence, wherever it is served.</summary>
public static class FactDescriptions
{
    /// <summary>What the confidence says.</summary>
    public const string Confidence = "The probability that the fact is right, 0.01 to 0.99, from the extractor's confidence model (README, Reviewing facts): a logistic regression over what the rules saw near the figure, fitted on facts judged on real texts nobody had read; on publishers held out of its fit, facts at 0.8 or above were right 86 % of the time and facts below 0.5 37 %. Null only for a fact stored before confidence existed that no re-extraction has reached.";
}

/// <summary>Everything the extractor found in one document.</summary>
public sealed record ExtractionResult(
    string Title, DateOnly? PublishedOn, IReadOnlyList<VolumeFact> Volumes, IReadOnlyList<TargetFact> Targets)
{
    /// <summary>An empty result for text with nothing to extract.</summary>
    public static readonly ExtractionResult Empty = new("", null, [], []);
}

using System.ComponentModel;
using TradeApi.Facts;

namespace TradeApi.Volumes;

/// A yearly figure stated in a document.
public sealed record StatedVolume(
    long Id, string Pair, string Reporter, string Partner,
    [property: Description("total, exports (reporter to partner) or imports (reporter from partner).")] string Flow,
    int Year, decimal Value,
    [property: Description("ISO 4217 code of the figure as stated; `value` is never converted (`usd` gives it in US dollars at its year's rate).")] string Currency,
    [property: Description("exact, approximately, more_than, less_than, at_least or at_most.")] string Qualifier,
    Provenance Provenance,
    [property: Description(RestatedDescription.Text)] TradeApi.Extraction.Amount? Restated,
    [property: Description(ConfidenceDescription.Text)] decimal? Confidence,
    VolumeReview Review,
    [property: Description("In another currency, the figure in US dollars at its year's average rate; null for dollars or without a rate.")] Rates.UsdValue? Usd = null,
    [property: Description("What the figure counts: goods, goodsAndServices, or null when the text does not say. Official customs figures are goods, so a goods-and-services figure is not compared with them.")] string? Coverage = null)
{
    /// What an analyst can correct, as it stands.
    public VolumeAttributes Attributes() => new(Reporter, Partner, Flow, Year, Value, Currency, Qualifier);
}

/// One row of the pair's yearly figures: stated in a document or reported by a customs office.
public sealed record VolumeRow(
    string Pair, string Reporter, string Partner, string Flow, int Year, decimal Value, string Currency,
    [property: Description("stated (from a document) or official (from an imported statistics dataset).")] string Source,
    string? Qualifier, string? Dataset, Provenance? Provenance, long? Id,
    [property: Description(RestatedDescription.Text)] TradeApi.Extraction.Amount? Restated,
    [property: Description(ConfidenceDescription.Text + " Null for official rows.")] decimal? Confidence = null,
    [property: Description("A stated row's review state (unreviewed rows are flagged so); null for official rows.")] [property: Infrastructure.OneOf(nameof(Infrastructure.Vocabulary.ReviewStates))] string? Review = null,
    [property: Description("A stated row in another currency in US dollars at its year's average rate; null for dollars, official rows, or without a rate.")] Rates.UsdValue? Usd = null,
    [property: Description("A stated row's verdict against the pair's official figures for its year (GET /api/v1/documents/{id}/check gives both sides in full); null for official rows and in the flat list.")] FigureCheck? Check = null,
    [property: Description("With country= in the flat list: which side of the row the named countries are, reporter (their own figure), partner (the other side's report of trade with them) or both; null without country=.")] [property: Infrastructure.OneOf(nameof(Infrastructure.Vocabulary.Sides))] string? Side = null);

/// What a target's evaluation reads of a stated figure.
public sealed record StatedFigure(int Year, decimal Value, string Currency, string Flow, string Reporter);

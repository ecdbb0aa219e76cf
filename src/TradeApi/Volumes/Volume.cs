using System.ComponentModel;

namespace TradeApi.Volumes;

/// Where a stated fact came from: the document, and the sentence as a character span of its text.
public sealed record Provenance(
    string DocumentId, string Title, DateOnly? PublishedOn,
    [property: Description("UTF-16 offset of the sentence's first character in the document text.")] int Start,
    [property: Description("UTF-16 offset after the sentence's last character.")] int End,
    string Quote)
{
    /// From the columns every fact row carries (dates are stored as yyyy-MM-dd text).
    public static Provenance FromRow(string documentId, string title, string? publishedOn, long start, long end, string quote) =>
        new(documentId, title, publishedOn is null ? null : DateOnly.Parse(publishedOn, System.Globalization.CultureInfo.InvariantCulture), (int)start, (int)end, quote);
}

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
    Reviews.VolumeReview Review,
    [property: Description("In another currency, the figure in US dollars at its year's average rate; null for dollars or without a rate.")] Rates.UsdValue? Usd = null,
    [property: Description("What the figure counts: goods, goodsAndServices, or null when the text does not say. Official customs figures are goods, so a goods-and-services figure is not compared with them.")] string? Coverage = null);

/// One wording for the confidence, on every fact that carries it.
public static class ConfidenceDescription
{
    public const string Text = "The probability that the fact is right, 0.3 to 0.99, from the extractor's confidence model (README, Reviewing facts); while too few wrong facts are known to fit it on, every fact gets the share of facts found right on real texts nobody had read (0.62). Null only for a fact stored before confidence existed that no re-extraction has reached.";
}

/// One wording for the restated amount, on every fact that carries it.
public static class RestatedDescription
{
    public const string Text = "The same figure as the text restates it in another currency (\"150 billion euros ($163 billion)\"); null when it does not.";
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
    [property: Description("A stated row's verdict against the pair's official figures for its year (GET /api/v1/documents/{id}/check gives both sides in full); null for official rows and in the flat list.")] Checks.FigureCheck? Check = null,
    [property: Description("With country= in the flat list: which side of the row the named countries are, reporter (their own figure), partner (the other side's report of trade with them) or both; null without country=.")] [property: Infrastructure.OneOf(nameof(Infrastructure.Vocabulary.Sides))] string? Side = null);

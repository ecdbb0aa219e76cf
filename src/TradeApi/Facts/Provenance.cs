using System.ComponentModel;

namespace TradeApi.Facts;

// What every stated fact carries, volume or target, whichever resource serves it: where it came from and the words that describe
// its confidence and its restated amount.

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

/// One wording for the confidence, on every fact that carries it.
public static class ConfidenceDescription
{
    public const string Text = Extraction.FactDescriptions.Confidence;
}

/// One wording for the restated amount, on every fact that carries it.
public static class RestatedDescription
{
    public const string Text = "The same figure as the text restates it in another currency (\"150 billion euros ($163 billion)\"); null when it does not.";
}

using TradeApi.Facts;
using System.Text.Json.Nodes;
using TradeApi.Infrastructure;
using TradeApi.Targets;
using TradeApi.Volumes;

namespace TradeApi.Documents;

// The examples of the document operations: the founding document as the seeded service holds it, and a short text in its words
// that the extractor really reads (an example cannot claim a fact the rules do not find).
public static class DocumentsExamples
{
    public const string ExtractText = "Belarus and Kazakhstan\nIn 2012 Belarus-Kazakhstan trade was close to $1 billion. \"We should at least double it in the next few years,\" said Serik Akhmetov.";

    private static readonly DocumentSummary Document = new(VolumesExamples.DocumentId, VolumesExamples.Title, null, "data/documents/00-belarus-kazakhstan-2013.txt",
        new DateTimeOffset(2026, 11, 27, 20, 0, 0, TimeSpan.Zero), 1, 2);

    /// What the extractor really returns for the example body.
    public static ExtractedFacts Extracted(bool stored) =>
        DocumentsEndpoints.Facts(stored ? DocumentsStore.IdOf(ExtractText) : null, null, Extraction.Extractor.Extract(ExtractText), null,
            stored ? [3] : null, stored ? [4] : null);

    /// The bodies a text is sent in: JSON with its fields, or the text itself.
    public static readonly IReadOnlyDictionary<string, RequestExample> TextBodies = new Dictionary<string, RequestExample>
    {
        ["application/json"] = new(() => OpenApiContract.Node(new DocumentBody("Belarus and Kazakhstan", ExtractText[(ExtractText.IndexOf('\n') + 1)..], "2013-04-15", "https://example.org/news/1"))),
        ["text/plain"] = new(() => JsonValue.Create(ExtractText), "The document text; its first line is the title."),
    };

    public static readonly OperationExamples ListDocuments = new()
    {
        Success = () => new Page<DocumentSummary>([Document], 100, null, false),
        Csv = () => (DocumentsEndpoints.CsvHeader, new[] { Document }.Select(DocumentsEndpoints.CsvRow)),
    };

    public static readonly OperationExamples GetDocument = new()
    {
        Success = () => new DocumentDetail(VolumesExamples.DocumentId, VolumesExamples.Title, null, Document.Source, Document.IngestedAt, "Aleksandr Lukashenko meets with …",
            [VolumesExamples.StatedVolume(0.93m, new VolumeReview("unreviewed", null, false, 1, null))], [TargetsExamples.Target.Target]),
        TryIt = new Dictionary<string, object> { ["id"] = VolumesExamples.DocumentId },
    };

    public static readonly OperationExamples DeleteDocument = new() { TryIt = new Dictionary<string, object> { ["id"] = VolumesExamples.DocumentId } };

    public static readonly OperationExamples ExtractFacts = new() { Success = () => Extracted(false), Requests = TextBodies };

    public static readonly OperationExamples IngestDocument = new()
    {
        Success = () => Extracted(true),
        // An NDJSON batch's answer: a line stored, a line already held, a line refused.
        ByStatus = new Dictionary<string, Func<object?>>
        {
            ["207"] = () => new BatchAnswer(1, 1, 1,
            [
                new(1, 201, "3f0c2a9d41b7e865", [7], [], null),
                new(2, 200, VolumesExamples.DocumentId, [], [], null),
                new(3, 400, null, [], [], "publishedOn '2021-13-01' is not an ISO 8601 date (yyyy-MM-dd)"),
            ]),
        },
        Requests = new Dictionary<string, RequestExample>(TextBodies)
        {
            [DocumentsEndpoints.Ndjson] = new(() => JsonValue.Create(string.Concat(
                System.Text.Json.JsonSerializer.Serialize(new DocumentBody("Belarus and Kazakhstan", "Trade between Belarus and Kazakhstan was close to $1 billion in 2012.", "2013-04-15", "https://example.org/news/1"), OpenApiContract.Json), "\n",
                System.Text.Json.JsonSerializer.Serialize(new DocumentBody("Armenia and Georgia", "Trade between Armenia and Georgia reached $1.2 billion in 2019.", "2020-02-01", null), OpenApiContract.Json), "\n")),
                "One JSON document {title, text, publishedOn, source} per line."),
        },
    };
}

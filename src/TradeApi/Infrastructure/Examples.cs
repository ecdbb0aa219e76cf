using TradeApi.Countries;
using TradeApi.Documents;
using TradeApi.Health;
using TradeApi.Official;
using TradeApi.Pairs;
using TradeApi.Targets;
using TradeApi.Volumes;

namespace TradeApi.Infrastructure;

// The examples of the contract, built from the records the endpoints return (a renamed or retyped field fails the build, not a
// client), with the figures the seeded service serves for the founding document and the IMF ten-pair file.
public static class Examples
{
    public const string DocumentId = "e635c6167558418a";
    private const string Title = "Aleksandr Lukashenko meets with Kazakhstan Prime Minister Serik Akhmetov";
    private const string Quote = "In 2012 Belarus-Kazakhstan trade was close to $1 billion.";
    private const string TargetQuote = "“We have a huge potential and we should at least double it in the next few years,” believes Serik Akhmetov.";
    public const string ExtractText = "Belarus and Kazakhstan\nIn 2012 Belarus-Kazakhstan trade was close to $1 billion. \"We should at least double it in the next few years,\" said Serik Akhmetov.";

    public static readonly CountryView Belarus = new("BLR", "BY", 112, "Belarus", ["Republic of Belarus", "Byelorussia"], ["Belarusian"]);
    public static readonly CountryView Kazakhstan = new("KAZ", "KZ", 398, "Kazakhstan", ["Republic of Kazakhstan"], ["Kazakh", "Kazakhstani"]);

    private static readonly Provenance Provenance = new(DocumentId, Title, null, 1084, 1141, Quote);

    public static readonly VolumeRow Stated = new("BLR-KAZ", "BLR", "KAZ", "total", 2012, 1_000_000_000m, "USD", "stated", "approximately", null, Provenance, 1, null, 0.93m, "unreviewed");
    public static readonly VolumeRow Official = new("BLR-KAZ", "BLR", "KAZ", "total", 2012, 925_922_000m, "USD", "official", null, "imf-dots-2000-2020", null, null, null);

    public static readonly PairSummary Summary = new("BLR-KAZ", Belarus, Kazakhstan, 2000, 2020, 1, 84, 2, new LatestVolume(2020, 828_198_000m, "USD", "official"));

    public static readonly TargetView Target = new(
        new StatedTarget(2, "BLR-KAZ", "BLR", "KAZ", "total", "relative", 2_000_000_000m, "USD", 2m, 1_000_000_000m, 2012, null, "in the next few years", "at_least",
            "Serik Akhmetov", false, new Provenance(DocumentId, Title, null, 2593, 2700, TargetQuote), null, 0.83m,
            new Reviews.TargetReview("unreviewed", null, false, 1, null)),
        new Evaluation("missed", "official", 2018, true, new Actual(2020, 828_198_000m, "USD", "official", "BLR"), 0.4141m, null,
            "official figure for 2018 was below the target at its deadline"));

    public static readonly DocumentSummary Document = new(DocumentId, Title, null, "data/documents/00-belarus-kazakhstan-2013.txt",
        new DateTimeOffset(2026, 11, 27, 20, 0, 0, TimeSpan.Zero), 1, 2);

    public static readonly PairSeries Series = new("BLR-KAZ", "BLR", "KAZ", "total", "official", "USD", 2011, 2013,
    [
        new SeriesPoint(2011, 810_982_000m, null, null, "imf-dots-2000-2020"),
        new SeriesPoint(2012, 925_922_000m, null, null, "imf-dots-2000-2020"),
        new SeriesPoint(2013, 952_780_000m, null, null, "imf-dots-2000-2020"),
    ]);

    public static readonly PairMirror Mirror = new("BLR-KAZ", "exports",
        [new MirrorYear(2010, "BLR", "KAZ", "exports", 464_779_000m, 224_601_000m, -51.7m), new MirrorYear(2010, "KAZ", "BLR", "exports", 35_264_000m, 405_811_000m, 1050.8m)]);

    /// What the extractor really returns for the example body (ExtractText): the example cannot claim a fact the rules do not find.
    public static ExtractedFacts Extracted(bool stored) =>
        DocumentsWriteEndpoints.Facts(stored ? DocumentsStore.IdOf(ExtractText) : null, null, Extraction.Extractor.Extract(ExtractText), null,
            stored ? [3] : null, stored ? [4] : null);

    /// The check of the example text, judged by the endpoint's own rule against the IMF's 2012 figures for the pair.
    public static Checks.CheckReport Check()
    {
        var facts = Extracted(false);
        IReadOnlyList<OfficialFigure> figures =
        [
            new("imf-dots-2000-2020", "BLR", "KAZ", "BLR-KAZ", "total", 2012, 925_922_000m),
            new("imf-dots-2000-2020", "KAZ", "BLR", "BLR-KAZ", "total", 2012, 765_884_000m),
        ];
        var volumes = facts.Volumes.Select(v => Checks.ClaimCheck.Judge(v, figures, Rates.RateTable.Empty)).ToList();
        return new Checks.CheckReport(null, facts.Title, facts.PublishedOn, volumes,
            facts.Targets.Select(t => new Checks.TargetCheck(t, Target.Evaluation)).ToList(), Checks.ClaimCheck.Count(volumes));
    }

    private static VolumeRow StatedChecked() => Stated with { Check = Checks.ClaimCheck.Brief(Check().Volumes[0]) };

    /// Kazakhstan's partners in 2020 as the seeded service ranks them on the IMF ten-pair file (the example shows the first and last).
    public static readonly CountryPartners KazakhstanPartners = new(Kazakhstan, 2020, 18_980_260_000m,
    [
        new Partner(new("CHN", "CN", 156, "China", ["People's Republic of China", "PRC"], ["Chinese"]), "CHN-KAZ", 15_350_503_000m, 80.88m,
            9_004_007_000m, 6_346_496_000m, 2_657_511_000m, 6.7m, "own", 0),
        new Partner(Belarus, "BLR-KAZ", 716_276_000m, 3.77m, 69_579_000m, 646_697_000m, -577_118_000m, -5.3m, "own", 2),
    ]);

    public static readonly Reviews.QueuedFact Queued = new("volume", 1, "BLR-KAZ", 0.62m, 3, 1_000_000_000m, "USD", 2012, DocumentId, Quote);

    public static readonly OfficialDataset Dataset = new("imf-dots-2000-2020", "imf-dots-2000-2020.csv", new DateTimeOffset(2026, 11, 27, 20, 0, 0, TimeSpan.Zero), 832, 2000, 2020,
        "sha256:2e3559e0d64c01458d47171a5b7f3e1556367cc2dfdc1681a0c72c9d18890eec");

    public static readonly Rates.Rate Rate = new("NZD", 2019, 1.517792m, "usd-annual-average.csv");

    /// The success body of an operation, by operationId.
    /// An NDJSON batch's answer: a line stored, a line already held, a line refused.
    public static readonly Documents.BatchAnswer Batch = new(1, 1, 1,
    [
        new(1, 201, "3f0c2a9d41b7e865", [7], [], null),
        new(2, 200, DocumentId, [], [], null),
        new(3, 400, null, [], [], "publishedOn '2021-13-01' is not an ISO 8601 date (yyyy-MM-dd)"),
    ]);

    public static object? Success(string operationId) => operationId switch
    {
        "ListCountries" => new Page<CountryView>([Belarus], 1, "QkxS", true),
        "GetCountry" => Belarus,
        "ListPairs" => new Page<PairSummary>([Summary], 100, null, false),
        "GetPair" => new PairDetail(Summary, [new YearComparison(2012, [StatedChecked()], [Official], false)]),
        "ListPairVolumes" => new PairVolumes("BLR-KAZ", [Official, StatedChecked()], 100, null, false),
        "GetPairSeries" => Series,
        "GetPairMirror" => Mirror,
        "ListPairTargets" => new PairTargets("BLR-KAZ", [Target], 100, null, false),
        "ListVolumes" => new Page<VolumeRow>([Official, Stated], 100, null, false),
        "ListTargets" => new Page<TargetView>([Target], 100, null, false, 1),
        "ListDocuments" => new Page<DocumentSummary>([Document], 100, null, false),
        "GetDocument" => new DocumentDetail(DocumentId, Title, null, Document.Source, Document.IngestedAt, "Aleksandr Lukashenko meets with …",
            [new StatedVolume(1, "BLR-KAZ", "BLR", "KAZ", "total", 2012, 1_000_000_000m, "USD", "approximately", Provenance, null, 0.93m,
                new Reviews.VolumeReview("unreviewed", null, false, 1, null))], [Target.Target]),
        "IngestDocument" => Extracted(true),
        "ExtractFacts" => Extracted(false),
        "ImportOfficial" => new ImportSummary("imf-dots-2000-2020", 832, 0),
        "CheckText" or "CheckDocument" => Check(),
        "ListRates" => new Page<Rates.Rate>([Rate], 1, "TlpEfDIwMTk", true),
        "ImportRates" => new Rates.RatesImportSummary(1423, 34),
        "ListOfficialDatasets" => new Page<OfficialDataset>([Dataset], 1, null, false),
        "ListCountryPartners" => KazakhstanPartners,
        "ListReviewQueue" => new Page<Reviews.QueuedFact>([Queued], 1, "MC42MXwzfHRhcmdldHwy", true, 3),
        "GetMeta" => new Meta.MetaView(2000, 2020, Extraction.Flows.All, ["USD"], Vocabulary.Sources, Vocabulary.Statuses, ["imf-dots-2000-2020"], 1, 1, 2, 832, 10, "7", 1423, ["AUD", "CAD", "EUR", "GBP", "NZD"]),
        "GetApiIndex" => LandingEndpoints.Index,
        "ListProblemTypes" => Problems.All.Take(2).ToList(),
        "GetProblemType" => Problems.UnknownCountry,
        "GetVolume" or "PatchVolume" => StatedVolumeExample(operationId == "PatchVolume"),
        "GetTarget" or "PatchTarget" => Target.Target with { Review = new Reviews.TargetReview("confirmed", null, false, 2, null) },
        "GetVolumeHistory" => new Reviews.FactHistory<Reviews.VolumeSnapshot>("volume", 1, [VolumeCorrection]),
        "GetTargetHistory" => new Reviews.FactHistory<Reviews.TargetSnapshot>("target", 2, []),
        "ReextractDocument" => new Reviews.ReextractSummary(1, 0, 0, 3, 0),
        "ReextractDocuments" => new Reviews.ReextractSummary(12, 2, 1, 40, 1),
        "Live" => new HealthStatus("live"),
        "Ready" => new HealthStatus("ready", "schema version 5; a write was committed at 2026-12-01T12:00:00.0000000+00:00"),
        _ => null,
    };

    /// The CSV rows of an operation's example, through the same row functions the endpoint uses.
    public static (IReadOnlyList<string> Header, IEnumerable<IReadOnlyList<object?>> Rows)? Csv(string operationId) => operationId switch
    {
        "ListVolumes" => (FlatVolumes.CsvHeader, new[] { Official, Stated }.Select(FlatVolumes.CsvRow)),
        "ListPairVolumes" => (FlatVolumes.CsvHeader, new[] { Official, Stated }.Select(FlatVolumes.CsvRow)),
        "ListTargets" or "ListPairTargets" => (TargetsEndpoints.CsvHeader, new[] { Target }.Select(TargetsEndpoints.CsvRow)),
        "ListCountries" => (CountriesEndpoints.CsvHeader, new[] { Belarus }.Select(CountriesEndpoints.CsvRow)),
        "GetPairSeries" => (PairsEndpoints.SeriesCsvHeader, Series.Points.Select(p => PairsEndpoints.SeriesCsvRow(Series, p))),
        "GetPairMirror" => (PairsEndpoints.MirrorCsvHeader, Mirror.Items.Select(PairsEndpoints.MirrorCsvRow)),
        "ListPairs" => (PairsEndpoints.PairsCsvHeader, new[] { Summary }.Select(PairsEndpoints.PairsCsvRow)),
        "ListDocuments" => (DocumentsEndpoints.CsvHeader, new[] { Document }.Select(DocumentsEndpoints.CsvRow)),
        "CheckText" or "CheckDocument" => (Checks.CheckEndpoints.CsvHeader, Check().Volumes.Select(v => Checks.CheckEndpoints.CsvRow(Check(), v))),
        "ListRates" => (Rates.RatesEndpoints.CsvHeader, new[] { Rate }.Select(Rates.RatesEndpoints.CsvRow)),
        "ListReviewQueue" => (Reviews.ReviewQueue.CsvHeader, new[] { Queued }.Select(Reviews.ReviewQueue.CsvRow)),
        "ListCountryPartners" => (CountriesEndpoints.PartnersCsvHeader, CountriesEndpoints.PartnersCsvRows(KazakhstanPartners)),
        "ListOfficialDatasets" => (OfficialEndpoints.DatasetsCsvHeader, new[] { Dataset }.Select(OfficialEndpoints.DatasetsCsvRow)),
        _ => null,
    };

    private static readonly Reviews.VolumeAttributes Extracted2012 = new("BLR", "KAZ", "total", 2012, 1_000_000_000m, "USD", "approximately");

    private static StatedVolume StatedVolumeExample(bool corrected) =>
        new(1, "BLR-KAZ", "BLR", "KAZ", "total", 2012, corrected ? 925_922_000m : 1_000_000_000m, "USD", corrected ? "exact" : "approximately", Provenance, null, 0.95m,
            corrected ? new Reviews.VolumeReview("corrected", "IMF DOTS gives 925.9 million for 2012", false, 2, Extracted2012) : new Reviews.VolumeReview("unreviewed", null, false, 1, null));

    private static readonly Reviews.HistoryEntry<Reviews.VolumeSnapshot> VolumeCorrection = new(1, new DateTimeOffset(2026, 12, 1, 9, 30, 0, TimeSpan.Zero), "alice", "correct",
        "IMF DOTS gives 925.9 million for 2012",
        Reviews.ReviewJson.Read<Reviews.VolumeSnapshot>(Reviews.ReviewJson.Snapshot(Extracted2012, "unreviewed", null)),
        Reviews.ReviewJson.Read<Reviews.VolumeSnapshot>(Reviews.ReviewJson.Snapshot(Extracted2012 with { Value = 925_922_000m, Qualifier = "exact" }, "corrected", "IMF DOTS gives 925.9 million for 2012")));

    /// The chart of the example series and target, drawn by the endpoint's own renderer, small.
    public static string ChartSvg() => PairChart.Svg(new ChartData("BLR-KAZ", "BLR", "KAZ", "USD", Series.Points,
        [new SeriesPoint(2012, 1_000_000_000m, "approximately", DocumentId, null)], [Target], [false]), 400, 220);

    public static readonly Microsoft.AspNetCore.Mvc.ProblemDetails UnknownCountryInPair =
        Problems.Details(Problems.UnknownCountry, "unknown country 'XYZ' in pair 'BLR-XYZ'; use ISO 3166-1 alpha-2 or alpha-3 codes, or English names");

    /// A problem an operation really answers with for a status, with the detail the service writes.
    public static Microsoft.AspNetCore.Mvc.ProblemDetails Problem(string operationId, string status)
    {
        var (kind, detail, errors) = (operationId, status) switch
        {
            (_, "400") when operationId.StartsWith("Patch", StringComparison.Ordinal) => (Problems.InvalidBody, "review: a rejection needs a reason",
                new Dictionary<string, string[]> { ["review"] = ["a rejection needs a reason"] }),
            (_, "400") when operationId is "IngestDocument" or "ExtractFacts" or "CheckText" => (Problems.InvalidBody, "text is required and must not be empty", null),
            ("ImportOfficial" or "ImportRates", "400") => (Problems.InvalidBody, "2 bad row(s); nothing was imported", null),
            (_, "400") when operationId.Contains("Pair") => (Problems.InvalidParameter, "flow: 'export' is not one of total, exports, imports",
                new Dictionary<string, string[]> { ["flow"] = ["'export' is not one of total, exports, imports"] }),
            ("GetDocument" or "DeleteDocument" or "CheckDocument", "400") => (Problems.InvalidParameter, "id: 'abc' is not a document id; ids are 16 lowercase hex digits, as listed by GET /api/v1/documents",
                new Dictionary<string, string[]> { ["id"] = ["'abc' is not a document id; ids are 16 lowercase hex digits, as listed by GET /api/v1/documents"] }),
            (_, "400") => (Problems.InvalidParameter, "limit: must be between 1 and 1000", new Dictionary<string, string[]> { ["limit"] = ["must be between 1 and 1000"] }),
            (_, "401") => (Problems.Unauthorized, "the X-Api-Key header is missing; writes need an API key", null),
            (_, "404") when operationId.Contains("Pair") => (Problems.UnknownPairData,
                "no facts for pair BLR-FRA: no document and no official dataset has any; GET /api/v1/pairs lists the pairs that have", null),
            ("GetCountry" or "ListCountryPartners", "404") => (Problems.UnknownCountry, $"unknown country 'XYZ'; {CountryAttribute.Accepted}", null),
            ("DeleteOfficialDataset", "404") => (Problems.NotFound, "no official dataset named 'imf-2019'", null),
            ("GetProblemType", "404") => (Problems.NotFound, "no problem type 'oops'; GET /problems lists them", null),
            (_, "404") => (Problems.NotFound, "no document with id 0123456789abcdef", null),
            (_, "412") => (Problems.PreconditionFailed, "the volume changed since that ETag (it is at revision 3 now); GET it again and reapply the change", null),
            (_, "428") => (Problems.PreconditionRequired, "send If-Match with the fact's ETag (from GET of the fact), so a change made meanwhile is not overwritten", null),
            (_, "406") => (Problems.NotAcceptable, "cannot answer 'application/xml'; this operation produces application/json and text/csv (or format=csv)", null),
            (_, "413") => (Problems.PayloadTooLarge, "the body is 2097152 bytes; the limit is 1048576 bytes", null),
            (_, "414") => (Problems.UriTooLong, "the query string is 9000 characters; the limit is 8192", null),
            (_, "415") => (Problems.UnsupportedMediaType,
                "Content-Type 'application/x-www-form-urlencoded' is not accepted; send the document as text/plain (first line is the title) or application/json {title, text, publishedOn, source}", null),
            (_, "429") => (Problems.RateLimited, "the rate limit for this client is reached; retry after 12 second(s)", null),
            _ => (Problems.Busy, "the database is busy or unavailable; retry after the number of seconds in Retry-After", (Dictionary<string, string[]>?)null),
        };
        var problem = Problems.Details(kind, detail);
        if (errors is not null) problem.Extensions["errors"] = errors;
        if (operationId is "ImportOfficial" or "ImportRates" && status == "400")
        {
            problem.Extensions["errors"] = operationId == "ImportRates"
                ? new[] { new { line = 3, problem = "unitsPerUsd '-1' is not a number from 0.000001 to below 10^12" }, new { line = 4, problem = "USD needs no rate (it is 1 by definition)" } }
                : new[] { new { line = 3, problem = "refYear '20x9' is not a year between 1900 and 2100" }, new { line = 7, problem = "reporterISO 'XXX' is not an ISO 3166-1 country code" } };
            problem.Extensions["errorCount"] = 2;
        }
        problem.Extensions["traceId"] = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-00";
        return problem;
    }
}

using TradeApi.Facts;
using TradeApi.Infrastructure;
using TradeApi.Volumes;

namespace TradeApi.Targets;

// The examples of the target operations: the founding document's goal as the seeded service judges it.
public static class TargetsExamples
{
    private const string TargetQuote = "“We have a huge potential and we should at least double it in the next few years,” believes Serik Akhmetov.";

    public static readonly TargetView Target = new(
        new StatedTarget(2, "BLR-KAZ", "BLR", "KAZ", "total", "relative", 2_000_000_000m, "USD", 2m, 1_000_000_000m, 2012, null, "in the next few years", "at_least",
            "Serik Akhmetov", false, new Provenance(VolumesExamples.DocumentId, VolumesExamples.Title, null, 2593, 2700, TargetQuote), null, 0.32m,
            new TargetReview("unreviewed", null, false, 1, null)),
        new Evaluation("missed", "official", 2018, true, new Actual(2020, 828_198_000m, "USD", "official", "BLR"), 0.4141m, null,
            "official figure for 2018 was below the target at its deadline"));

    public static readonly OperationExamples ListTargets = new()
    {
        Success = () => new Page<TargetView>([Target], 100, null, false, 1),
        Csv = () => (TargetsEndpoints.CsvHeader, new[] { Target }.Select(TargetsEndpoints.CsvRow)),
        TryIt = new Dictionary<string, object> { ["country"] = "KAZ" },
    };
}

using TradeApi.Facts;
using System.Text.Json.Nodes;
using TradeApi.Infrastructure;
using TradeApi.Targets;
using TradeApi.Volumes;

namespace TradeApi.Reviews;

// The examples of the review operations: the founding document's figure corrected by an analyst to the IMF's, its goal confirmed,
// and the queue that leads to them.
public static class ReviewsExamples
{
    private const string Reason = "IMF DOTS gives 925.9 million for 2012";

    private static readonly QueuedFact Queued = new("volume", 1, "BLR-KAZ", 0.82m, 3, 1_000_000_000m, "USD", 2012, VolumesExamples.DocumentId, VolumesExamples.Quote);

    private static readonly VolumeAttributes Extracted2012 = new("BLR", "KAZ", "total", 2012, 1_000_000_000m, "USD", "approximately");

    // Built when the contract is (its snapshots go through the review JSON), not when the routes are mapped: 50 ms of the start.
    private static HistoryEntry<VolumeSnapshot> VolumeCorrection() => new(1, new DateTimeOffset(2026, 12, 1, 9, 30, 0, TimeSpan.Zero), "alice", "correct", Reason,
        ReviewJson.Read<VolumeSnapshot>(ReviewJson.Snapshot(Extracted2012, "unreviewed", null)),
        ReviewJson.Read<VolumeSnapshot>(ReviewJson.Snapshot(Extracted2012 with { Value = 925_922_000m, Qualifier = "exact" }, "corrected", Reason)));

    public static readonly OperationExamples ListReviewQueue = new()
    {
        Success = () => new Page<QueuedFact>([Queued], 1, "MC42MXwzfHRhcmdldHwy", true, 3),
        Csv = () => (ReviewQueue.CsvHeader, new[] { Queued }.Select(ReviewQueue.CsvRow)),
    };

    public static readonly OperationExamples GetVolume = new()
    {
        Success = () => VolumesExamples.StatedVolume(0.95m, new VolumeReview("unreviewed", null, false, 1, null)),
    };

    public static readonly OperationExamples PatchVolume = new()
    {
        Success = () => VolumesExamples.StatedVolume(0.95m, new VolumeReview("corrected", Reason, false, 2, Extracted2012), 925_922_000m, "exact"),
        Requests = new Dictionary<string, RequestExample>
        {
            [ReviewsEndpoints.MergePatch] = new(() => new JsonObject { ["value"] = 925922000, ["qualifier"] = "exact", ["reason"] = Reason }),
        },
    };

    public static readonly OperationExamples GetTarget = new()
    {
        Success = () => TargetsExamples.Target.Target with { Review = new TargetReview("confirmed", null, false, 2, null) },
    };

    public static readonly OperationExamples PatchTarget = new()
    {
        Success = GetTarget.Success,
        Requests = new Dictionary<string, RequestExample> { [ReviewsEndpoints.MergePatch] = new(() => new JsonObject { ["review"] = "confirmed" }) },
    };

    public static readonly OperationExamples GetVolumeHistory = new() { Success = () => new FactHistory<VolumeSnapshot>("volume", 1, [VolumeCorrection()]) };

    public static readonly OperationExamples GetTargetHistory = new() { Success = () => new FactHistory<TargetSnapshot>("target", 2, []) };

    public static readonly OperationExamples ReextractDocument = new() { Success = () => new ReextractSummary(1, 0, 0, 3, 0) };

    public static readonly OperationExamples ReextractDocuments = new() { Success = () => new ReextractSummary(12, 2, 1, 40, 1) };
}

using TradeApi.Facts;
using TradeApi.Infrastructure;

namespace TradeApi.Volumes;

// The examples of the volume operations, with the figures the seeded service serves for the founding document and the IMF ten-pair
// file; other resources' examples build on these rows.
public static class VolumesExamples
{
    public const string DocumentId = "e635c6167558418a";
    public const string Title = "Aleksandr Lukashenko meets with Kazakhstan Prime Minister Serik Akhmetov";
    public const string Quote = "In 2012 Belarus-Kazakhstan trade was close to $1 billion.";

    public static readonly Provenance Provenance = new(DocumentId, Title, null, 1084, 1141, Quote);

    public static readonly VolumeRow Stated = new("BLR-KAZ", "BLR", "KAZ", "total", 2012, 1_000_000_000m, "USD", "stated", "approximately", null, Provenance, 1, null, 0.93m, "unreviewed");
    public static readonly VolumeRow Official = new("BLR-KAZ", "BLR", "KAZ", "total", 2012, 925_922_000m, "USD", "official", null, "imf-dots-2000-2020", null, null, null);

    /// The founding document's figure as a single stated volume, as extracted (review unreviewed) or as an analyst corrected it.
    public static StatedVolume StatedVolume(decimal confidence, VolumeReview review, decimal value = 1_000_000_000m, string qualifier = "approximately") =>
        new(1, "BLR-KAZ", "BLR", "KAZ", "total", 2012, value, "USD", qualifier, Provenance, null, confidence, review);

    public static readonly OperationExamples ListVolumes = new()
    {
        Success = () => new Page<VolumeRow>([Official, Stated], 100, null, false),
        Csv = () => (FlatVolumes.CsvHeader, new[] { Official, Stated }.Select(FlatVolumes.CsvRow)),
        TryIt = new Dictionary<string, object> { ["country"] = "BLR", ["year"] = 2012 },
    };
}

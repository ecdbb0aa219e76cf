using TradeApi.Countries;
using TradeApi.Infrastructure;
using TradeApi.Official;
using TradeApi.Targets;
using TradeApi.Volumes;

namespace TradeApi.Pairs;

// The examples of the pair operations: Belarus and Kazakhstan as the seeded service serves them.
public static class PairsExamples
{
    private static readonly PairSummary Summary = new("BLR-KAZ", CountriesExamples.Belarus, CountriesExamples.Kazakhstan, 2000, 2020, 1, 84, 2,
        new LatestVolume(2020, 828_198_000m, "USD", "official"));

    private static readonly PairSeries Series = new("BLR-KAZ", "BLR", "KAZ", "total", "official", "USD", 2011, 2013,
    [
        new SeriesPoint(2011, 810_982_000m, null, null, "imf-dots-2000-2020"),
        new SeriesPoint(2012, 925_922_000m, null, null, "imf-dots-2000-2020"),
        new SeriesPoint(2013, 952_780_000m, null, null, "imf-dots-2000-2020"),
    ]);

    private static readonly PairMirror Mirror = new("BLR-KAZ", "exports",
        [new MirrorYear(2010, "BLR", "KAZ", "exports", 464_779_000m, 224_601_000m, -51.7m), new MirrorYear(2010, "KAZ", "BLR", "exports", 35_264_000m, 405_811_000m, 1050.8m)]);

    // The stated row with the claim check the pair views give it.
    private static VolumeRow StatedChecked() => VolumesExamples.Stated with { Check = Checks.ClaimCheck.Brief(Checks.ChecksExamples.Check().Volumes[0]) };

    public static readonly OperationExamples ListPairs = new()
    {
        Success = () => new Page<PairSummary>([Summary], 100, null, false),
        Csv = () => (PairsEndpoints.PairsCsvHeader, new[] { Summary }.Select(PairsEndpoints.PairsCsvRow)),
    };

    public static readonly OperationExamples GetPair = new()
    {
        Success = () => new PairDetail(Summary, new Dictionary<string, int> { ["achieved"] = 1, ["on_track"] = 0, ["behind"] = 0, ["missed"] = 1, ["no_data"] = 0 }, PairsEndpoints.LinksOf("BLR-KAZ")),
        TryIt = new Dictionary<string, object> { ["pair"] = "BLR-KAZ" },
    };

    public static readonly OperationExamples ListPairVolumes = new()
    {
        Success = () => new PairVolumes("BLR-KAZ", [VolumesExamples.Official, StatedChecked()], 100, null, false),
        Csv = () => (FlatVolumes.CsvHeader, new[] { VolumesExamples.Official, VolumesExamples.Stated }.Select(FlatVolumes.CsvRow)),
        TryIt = new Dictionary<string, object> { ["pair"] = "BLR-KAZ", ["from"] = 2010, ["to"] = 2015 },
    };

    public static readonly OperationExamples GetPairSeries = new()
    {
        Success = () => Series,
        Csv = () => (PairsEndpoints.SeriesCsvHeader, Series.Points.Select(p => PairsEndpoints.SeriesCsvRow(Series, p))),
        TryIt = new Dictionary<string, object> { ["pair"] = "BLR-KAZ", ["flow"] = "total", ["source"] = "official", ["reporter"] = "BLR" },
    };

    public static readonly OperationExamples GetPairMirror = new()
    {
        Success = () => Mirror,
        Csv = () => (PairsEndpoints.MirrorCsvHeader, Mirror.Items.Select(PairsEndpoints.MirrorCsvRow)),
        TryIt = new Dictionary<string, object> { ["pair"] = "BLR-KAZ", ["flow"] = "exports" },
    };

    public static readonly OperationExamples ListPairTargets = new()
    {
        Success = () => new PairTargets("BLR-KAZ", [TargetsExamples.Target], 100, null, false),
        Csv = TargetsExamples.ListTargets.Csv,
        TryIt = new Dictionary<string, object> { ["pair"] = "BLR-KAZ" },
    };

    /// The chart of the example series and target, drawn by the endpoint's own renderer, small.
    public static readonly OperationExamples GetPairChart = new()
    {
        Svg = () => PairChart.Svg(new ChartData("BLR-KAZ", "BLR", "KAZ", "USD", Series.Points,
            [new SeriesPoint(2012, 1_000_000_000m, "approximately", VolumesExamples.DocumentId, null)], [TargetsExamples.Target], [false]), 400, 220),
    };
}

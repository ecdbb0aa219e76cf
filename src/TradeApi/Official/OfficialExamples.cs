using TradeApi.Infrastructure;

namespace TradeApi.Official;

// The examples of the official-statistics operations: the IMF ten-pair file the seeded service imports.
public static class OfficialExamples
{
    private static readonly OfficialDataset Dataset = new("imf-dots-2000-2020", "imf-dots-2000-2020.csv", new DateTimeOffset(2026, 11, 27, 20, 0, 0, TimeSpan.Zero), 832, 2000, 2020,
        "sha256:2e3559e0d64c01458d47171a5b7f3e1556367cc2dfdc1681a0c72c9d18890eec");

    public static readonly OperationExamples ListOfficialDatasets = new()
    {
        Success = () => new Page<OfficialDataset>([Dataset], 1, null, false),
        Csv = () => (OfficialEndpoints.DatasetsCsvHeader, new[] { Dataset }.Select(OfficialEndpoints.DatasetsCsvRow)),
    };

    public static readonly OperationExamples ImportOfficial = new()
    {
        Success = () => new ImportSummary("imf-dots-2000-2020", 832, 0),
        Requests = new Dictionary<string, RequestExample>
        {
            ["text/csv"] = new(() => System.Text.Json.Nodes.JsonValue.Create("refYear,reporterISO,partnerISO,flowCode,primaryValue\n2012,BLR,KAZ,X,691700000\n2012,BLR,KAZ,M,234222000\n"),
                "UN Comtrade-layout CSV with a header row."),
            ["application/gzip"] = new(null, "The same CSV, gzipped.", Binary: true),
        },
        TryIt = new Dictionary<string, object> { ["dataset"] = "my-figures" },
    };

    public static readonly OperationExamples DeleteOfficialDataset = new() { TryIt = new Dictionary<string, object> { ["dataset"] = "my-figures" } };
}

using TradeApi.Infrastructure;

namespace TradeApi.Rates;

// The examples of the exchange-rate operations: the Federal Reserve's annual averages the seeded service imports.
public static class RatesExamples
{
    private static readonly Rate Rate = new("NZD", 2019, 1.517792m, "usd-annual-average.csv");

    public static readonly OperationExamples ListRates = new()
    {
        Success = () => new Page<Rate>([Rate], 1, "TlpEfDIwMTk", true),
        Csv = () => (RatesEndpoints.CsvHeader, new[] { Rate }.Select(RatesEndpoints.CsvRow)),
    };

    public static readonly OperationExamples ImportRates = new()
    {
        Success = () => new RatesImportSummary(1423, 34),
        Requests = new Dictionary<string, RequestExample>
        {
            ["text/csv"] = new(() => System.Text.Json.Nodes.JsonValue.Create("currency,year,unitsPerUsd\nNZD,2019,1.517792\nEUR,2019,0.893283\n"),
                $"CSV with a header row: {RatesStore.Layout}."),
        },
    };
}

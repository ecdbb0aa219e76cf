using TradeApi.Infrastructure;

namespace TradeApi.Countries;

// The examples of the country operations, from the gazetteer and the IMF ten-pair file the seeded service holds.
public static class CountriesExamples
{
    public static readonly CountryView Belarus = new("BLR", "BY", 112, "Belarus", ["Republic of Belarus", "Byelorussia"], ["Belarusian"]);
    public static readonly CountryView Kazakhstan = new("KAZ", "KZ", 398, "Kazakhstan", ["Republic of Kazakhstan"], ["Kazakh", "Kazakhstani"]);

    /// Kazakhstan's partners in 2020 as the seeded service ranks them on the IMF ten-pair file (the example shows the first and last).
    private static readonly CountryPartners KazakhstanPartners = new(Kazakhstan, 2020, 18_980_260_000m,
    [
        new Partner(new("CHN", "CN", 156, "China", ["People's Republic of China", "PRC"], ["Chinese"]), "CHN-KAZ", 15_350_503_000m, 80.88m,
            9_004_007_000m, 6_346_496_000m, 2_657_511_000m, 6.7m, "own", 0),
        new Partner(Belarus, "BLR-KAZ", 716_276_000m, 3.77m, 69_579_000m, 646_697_000m, -577_118_000m, -5.3m, "own", 2),
    ]);

    public static readonly OperationExamples ListCountries = new()
    {
        Success = () => new Page<CountryView>([Belarus], 1, "QkxS", true),
        Csv = () => (CountriesEndpoints.CsvHeader, new[] { Belarus }.Select(CountriesEndpoints.CsvRow)),
    };

    public static readonly OperationExamples GetCountry = new() { Success = () => Belarus, TryIt = new Dictionary<string, object> { ["code"] = "BY" } };

    public static readonly OperationExamples ListCountryPartners = new()
    {
        Success = () => KazakhstanPartners,
        Csv = () => (CountriesEndpoints.PartnersCsvHeader, CountriesEndpoints.PartnersCsvRows(KazakhstanPartners)),
    };
}

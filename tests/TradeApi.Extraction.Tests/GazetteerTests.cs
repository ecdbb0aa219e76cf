using TradeApi.Extraction;

namespace TradeApi.Extraction.Tests;

public class GazetteerTests
{
    [Theory]
    [InlineData("112", "BLR")]
    [InlineData("398", "KAZ")]
    [InlineData("040", "AUT")]
    [InlineData("40", "AUT")]
    [InlineData("840", "USA")]
    [InlineData("842", "USA")] // UN Comtrade's own code for the United States
    [InlineData("699", "IND")]
    [InlineData("XKX", "XKX")]
    [InlineData("xk", "XKX")]
    [InlineData("Kosovo", "XKX")]
    public void CodesAndNamesResolve(string input, string iso3) => Assert.Equal(iso3, Gazetteer.Default.Resolve(input)?.Iso3);

    [Theory]
    [InlineData("0")]    // the World in Comtrade
    [InlineData("899")]  // areas not elsewhere specified
    [InlineData("1000")]
    [InlineData("12a")]
    public void OtherNumbersAreNoCountry(string input) => Assert.Null(Gazetteer.Default.Resolve(input));

    [Fact]
    public void EveryCountryButKosovoHasItsIsoNumericCode()
    {
        var without = Gazetteer.Default.Countries.Where(c => c.M49.Count == 0).Select(c => c.Iso3).ToList();
        Assert.Equal(["XKX"], without);
        Assert.Equal(250, Gazetteer.Default.Countries.Count);
    }

    [Fact]
    public void KosovoInATextIsACountry()
    {
        var r = Extractor.Extract("Trade between Serbia and Kosovo reached $450 million in 2019.", new DateOnly(2020, 3, 1));
        var v = Assert.Single(r.Volumes);
        Assert.Equal(("SRB", "XKX"), (v.Reporter, v.Partner));
    }
}

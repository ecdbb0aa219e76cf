using TradeApi.Extraction;

namespace TradeApi.Extraction.Tests;

// Phenomena that the hundred-and-nineteenth round of unseen pages showed (bench/judged): a country named in the source a figure is
// attributed to, and an expected movement with a percentage and a year between the infinitive and the figure. Sentences of our own.
public class AttributionsAndLongForecastsTests
{
    private static ExtractionResult Doc(string body, string dateline = "") => PhenomenaTests.Doc(body, "Trade news", dateline);

    // "with Indian exports accounting for $503 million, according to the Indian embassy in Peru": the embassy's country is the source, no
    // partner of the flow.
    [Theory]
    [InlineData("according to the Ghanaian embassy in Peru")]
    [InlineData("said the Ghanaian embassy")]
    public void ACountryInTheFiguresSourceIsNoPartner(string source) =>
        Assert.Equal([("GHA", "PER", "exports", 2008, 503_000_000m), ("GHA", "PER", "total", 2008, 785_000_000m)],
            Doc($"Trade between Ghana and Peru totalled $785 million in 2008, with Ghanaian exports accounting for $503 million, {source}.").Volumes
                .Select(v => (v.Reporter, v.Partner, v.Flow, v.Year, v.Value)).OrderBy(v => v.Value));

    // "is expected to grow at least 30 per cent in 2018 to about USD 11 billion": up to ten words between the infinitive and the figure.
    [Fact]
    public void AnExpectedMovementWithItsRateAndYearIsAForecast()
    {
        var r = Doc("Bilateral trade between Ghana and Peru is expected to grow at least 30 per cent in 2018 to about USD 11 billion.");
        Assert.Empty(r.Volumes);
        Assert.Empty(r.Targets);
    }
}

using TradeApi.Extraction;

namespace TradeApi.Extraction.Tests;

// A phenomenon that the hundredth round of unseen pages showed (bench/judged): a title that states again a figure the body reads as
// one country's trade with the world or as a part of a year, shortened into a pair's level of a whole year. Sentences of our own.
public class TitlesTheBodyReadsOtherwiseTests
{
    private static ExtractionResult Doc(string title, string body) => PhenomenaTests.Doc(body, title, "");

    // "Montenegro's Trade with Serbia Tops €3.88 Billion in 2023" over "From January to October, Montenegro's total foreign trade
    // amounted to €3.88 billion": the body says what the title shortened.
    [Theory]
    [InlineData("Montenegro's trade with Serbia tops €3.88 billion in 2023", "From January to October 2023, Montenegro's total foreign trade amounted to €3.88 billion, with Serbia its leading partner.")]
    [InlineData("Vietnam-Cambodia trade hits $3 billion in 2023", "In the first 11 months of 2023, trade between Vietnam and Cambodia reached $3 billion.")]
    [InlineData("Vietnam-Cambodia trade hits $3 billion in 2023", "Trade between Vietnam and Cambodia reached $3 billion in the first half of 2023, the customs office said.")]
    public void ATitleRestatingWhatTheBodyReadsAsNoLevelAddsNothing(string title, string body) =>
        Assert.Empty(Doc(title, body).Volumes);

    // The title stands when the body gives the same figure as the pair's year, or another figure for the part of the year.
    [Theory]
    [InlineData("Trade between Vietnam and Cambodia reached $3 billion in 2023, up 10 percent.")]
    [InlineData("In the first 11 months of 2023, trade between Vietnam and Cambodia reached $2.7 billion.")]
    [InlineData("Vietnam's foreign trade amounted to $600 billion in 2023, with Cambodia among its partners.")]
    public void ATitleTheBodyDoesNotReadOtherwiseStands(string body)
    {
        var v = Assert.Single(Doc("Vietnam-Cambodia trade hits $3 billion in 2023", body).Volumes);
        Assert.Equal(("VNM", "KHM", "total", 2023, 3_000_000_000m), (v.Reporter, v.Partner, v.Flow, v.Year, v.Value));
    }

    // The same number in another currency is another amount; and a body's level stands beside a part of a year that names the same amount.
    [Fact]
    public void OnlyTheSameAmountIsTheTitlesOwn()
    {
        var v = Assert.Single(Doc("Serbia-Montenegro trade tops €1 billion in 2022", "In the first half of 2023, Montenegro's trade with Serbia reached $1 billion, the statistics office said.").Volumes);
        Assert.Equal(("SRB", "MNE", 2022, 1_000_000_000m, "EUR"), (v.Reporter, v.Partner, v.Year, v.Value, v.Currency));
    }

    [Fact]
    public void ABodyLevelStandsBesideAPartOfAYearOfTheSameAmount()
    {
        var v = Assert.Single(Doc("Trade news", "Trade between Vietnam and Cambodia reached $3 billion in 2022. In the first half of 2023, trade between the two countries again reached $3 billion.").Volumes);
        Assert.Equal(("VNM", "KHM", 2022, 3_000_000_000m), (v.Reporter, v.Partner, v.Year, v.Value));
    }
}

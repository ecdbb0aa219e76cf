using TradeApi.Extraction;

namespace TradeApi.Extraction.Tests;

// Phenomena that the seventy-eighth round of unseen pages showed (bench/judged): the goods that lead a flow, a sentence about a part of a
// year whose only dated figure is its base, a country named as the one overtaken, and "between the countries" for the pair under
// discussion. Each on sentences of our own.
public class LedGoodsPartsOfYearsAndOvertakenCountriesTests
{
    private static ExtractionResult Doc(string body, string title = "Egypt and Greece", string dateline = "") =>
        PhenomenaTests.Doc(body, title, dateline);

    // The goods that lead a flow are one item of it.
    [Theory]
    [InlineData("In 2023, Egypt's exports to Greece were led by fuels and mineral oils, valued at $610 million.")]
    [InlineData("In 2023, Egypt's exports to Greece were dominated by fertilizers worth $610 million.")]
    [InlineData("In 2023, imports from Greece were again headed by machinery at $610 million.")]
    public void TheGoodsThatLeadAFlowAreAnItem(string body) => Assert.Empty(Doc(body).Volumes);

    [Fact]
    public void AFlowLedByGoodsKeepsItsOwnLevel()
    {
        var v = Assert.Single(Doc("In 2023, Egypt's exports to Greece reached $1.3 billion and were led by fuels.").Volumes);
        Assert.Equal(1_300_000_000m, v.Value);
    }

    // A sentence with a level of a part of a year carries no year to the sentences after it, whatever year its base names.
    [Theory]
    [InlineData("Egyptian exports to Greece reached $1.3 billion in 2023, while in the first half of 2024 they were $0.6 billion. Egyptian imports from Greece totaled $530 million.")]
    [InlineData("Egyptian exports to Greece stood at $1 billion for the first 11 months of 2024, down from $1.3 billion in 2023. Meanwhile, Egyptian imports from Greece totaled $530 million.")]
    [InlineData("Egyptian exports to Greece stood at $1 billion in January-June 2024, compared with $0.8 billion in 2023. Egyptian imports from Greece totaled $530 million.")]
    public void APartOfAYearCarriesNoYearForward(string body) =>
        Assert.DoesNotContain(Doc(body).Volumes, v => v.Value == 530_000_000m);

    [Fact]
    public void AWholeYearStillCarriesItsYear()
    {
        var r = Doc("Egyptian exports to Greece stood at $1 billion in 2024, down from $1.3 billion in 2023. Meanwhile, Egyptian imports from Greece totaled $530 million.");
        Assert.Equal(2024, Assert.Single(r.Volumes, v => v.Value == 530_000_000m).Year);
    }

    // A country named as the one overtaken is no side of the text's pair.
    [Theory]
    [InlineData("has overtaken")]
    [InlineData("overtook")]
    [InlineData("outpaced")]
    [InlineData("has displaced")]
    [InlineData("outstripped")]
    public void TheCountryOvertakenIsNoSide(string verb)
    {
        var v = Assert.Single(Doc($"Poland {verb} Russia, becoming one of Ukraine's three largest trade partners. In 2020, the total trade turnover between the countries amounted to $7.36 billion.",
            $"Poland {verb} Russia in trade with Ukraine").Volumes);
        Assert.Equal(("POL", "UKR"), (v.Reporter, v.Partner));
    }

    // "between the countries" points to the pair under discussion, as "between the two countries" does.
    [Theory]
    [InlineData("between the countries")]
    [InlineData("between these countries")]
    [InlineData("between the nations")]
    public void BetweenTheCountriesIsThePair(string words)
    {
        var v = Assert.Single(Doc($"Poland and Ukraine signed a transport accord. In 2020, the total trade turnover {words} amounted to $7.36 billion.", "Trade news").Volumes);
        Assert.Equal(("POL", "UKR", 2020), (v.Reporter, v.Partner, v.Year));
    }
}

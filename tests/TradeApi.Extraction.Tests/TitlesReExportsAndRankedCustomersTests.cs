using TradeApi.Extraction;

namespace TradeApi.Extraction.Tests;

// Phenomena that the eighty-third round of unseen pages showed (bench/judged): a part of a year in a title written in capitals, domestic
// exports and re-exports named together, "Jan - Dec" as a whole year, a relative year that dates a whole sentence, ranked customers and
// suppliers, a market's later figures, and the trade of the border or of one zone. Each on sentences of our own.
public class TitlesReExportsAndRankedCustomersTests
{
    private static ExtractionResult Doc(string body, string title = "Trade news", string dateline = "") => PhenomenaTests.Doc(body, title, dateline);

    // A title in capitals names a part of a year as a sentence does.
    [Theory]
    [InlineData("Laos-Thailand Trade Crosses USD 5 Billion for First Eight Months of 2022")]
    [InlineData("Laos-Thailand Trade Tops USD 3 Billion In First Half Of 2022")]
    public void APartOfAYearInATitleIsNoYearsLevel(string title) =>
        Assert.Empty(Doc("The ministers of Laos and Thailand met in Vientiane.", title).Volumes);

    [Fact]
    public void AYearInATitleStillDates() =>
        Assert.Equal(2022, Assert.Single(Doc("The ministers of Laos and Thailand met in Vientiane.", "Laos-Thailand Trade Crosses USD 9 Billion In 2022").Volumes).Year);

    // Domestic exports and re-exports named together are all exports; domestic exports alone are a part.
    [Theory]
    [InlineData("(domestic and re-exports)", 1)]
    [InlineData("(domestic exports and re-exports)", 1)]
    [InlineData("(domestic)", 0)]
    public void DomesticAndReExportsAreAllExports(string aside, int volumes) =>
        Assert.Equal(volumes, Doc($"Cyprus trade with Greece in 2023 was at its highest. Exports of Cypriot products {aside} in 2023 decreased by 6.9% to €282 million.", "Cyprus and Greece").Volumes.Count);

    // "Jan - Dec 2023" is the calendar year, and "the same period last year" after it the year before.
    [Fact]
    public void JanuaryToDecemberAbbreviatedIsTheYear()
    {
        var r = Doc("In the same period (Jan - Dec 2023), the value of Greek products imported into Cyprus amounted to 2.84 billion euros, an increase of 5.6% compared to the same period last year (Jan - Dec 2022: 2.68 billion euros).", "Cyprus and Greece");
        Assert.Equal([(2022, 2_680_000_000m), (2023, 2_840_000_000m)], r.Volumes.Select(v => (v.Year, v.Value)).Order());
    }

    // In an undated text, "Last year" at the head of a sentence dates its later figures too ("while imports were"): no year the text named
    // before stands in.
    [Fact]
    public void ARelativeYearDatesTheWholeSentence()
    {
        var r = Doc("The two countries plan to double their bilateral trade to US$8 billion by 2015 from US$4 billion in 2011.\nLast year trade between Thailand and Laos reached US$4.826 billion. Thailand is the first trading partner of Laos. Last year, its exports to Laos were worth US$3.588 billion, while imports were worth US$1.238 billion.", "Laos and Thailand");
        Assert.Equal(4_000_000_000m, Assert.Single(r.Volumes).Value);
    }

    // A ranked customer buys the owner's exports; a ranked supplier sells the owner its imports.
    [Fact]
    public void ARankedCustomerTakesTheOwnersExports()
    {
        var r = Doc("In 2000, Israel was Greece's third best customer in the region with $180 million, followed by Lebanon with $145 million and Malta with $133 million.");
        Assert.Equal([("ISR", 180_000_000m), ("LBN", 145_000_000m), ("MLT", 133_000_000m)],
            r.Volumes.Select(v => (v.Partner, v.Value)).Order());
        Assert.All(r.Volumes, v => Assert.Equal(("GRC", "exports"), (v.Reporter, v.Flow)));
    }

    [Fact]
    public void ARankedSupplierSellsTheOwnersImports()
    {
        var v = Assert.Single(Doc("In 2000, Italy was Greece's largest supplier with $3 billion.").Volumes);
        Assert.Equal(("GRC", "ITA", "imports"), (v.Reporter, v.Partner, v.Flow));
    }

    // A market's own figure is the first after its noun; a later one, after another country, is not the market's.
    [Fact]
    public void AMarketsLaterFigureIsNotItsOwn()
    {
        var r = Doc("In 2000, Israel was the third largest market for Greek exports with $180 million, followed by Lebanon with $145 million.");
        Assert.Equal(180_000_000m, Assert.Single(r.Volumes, v => v.Partner == "ISR").Value);
    }

    // The trade that crosses at the border, or of one zone, is a part of the pair's trade: neither its level nor a goal for it is the pair's.
    [Theory]
    [InlineData("Thailand and Laos have agreed to increase cross-border trade by about 20 per cent over the next three years, from 151 billion baht now.", 0)]
    [InlineData("Thailand and Laos have agreed to boost trade in the special economic zone by about 20 per cent within three years, from 151 billion baht now.", 0)]
    [InlineData("Thailand and Laos have agreed to increase trade by about 20 per cent over the next three years, from 151 billion baht now.", 1)]
    public void BorderAndZoneTradeArePartsForGoals(string body, int targets) =>
        Assert.Equal(targets, Doc(body, "Thailand and Laos", "MUKDAHAN, March 7, 2015 - ").Targets.Count);

    [Fact]
    public void BorderTradeIsAPart() =>
        Assert.Empty(Doc("Border trade between Thailand and Laos reached 151 billion baht in 2014.").Volumes);
}

using TradeApi.Extraction;

namespace TradeApi.Extraction.Tests;

// Phenomena that the twenty-third round of unseen pages showed (bench/judged: real pages judged fact by fact with the refitted model,
// before any rule changed for them): which pair a sentence speaks of when the text names others in passing, and the spacing of pasted
// text. Each on sentences of our own.
public class PairsInContextTests
{
    private static ExtractionResult Doc(string body, string title = "Trade news", string dateline = "BAKU, March 3, 2021 - ", string? source = null) =>
        PhenomenaTests.Doc(body, title, dateline, source);

    // "Turkey and China are the only countries at G20 that may end the year with growth": two countries named for another reason do not
    // become the pair a later "the two countries" speaks of; a sentence about their ties does.
    [Fact]
    public void CountriesNamedInPassingAreNoPairUnderDiscussion()
    {
        var r = Doc("Georgia and Azerbaijan set a target of reaching a $3 billion trade volume by 2025. The minister stressed that Georgia and Armenia are the only "
            + "countries in the region that may end the year with growth. \"In order to achieve the $3 billion trade target, the two countries' business world must work with us,\" she added.");
        Assert.All(r.Targets, t => Assert.Equal(new[] { "AZE", "GEO" }, new[] { t.Reporter, t.Partner }.Order()));
    }

    [Fact]
    public void ASentenceAboutAnotherPairsTiesChangesThePair()
    {
        var r = Doc("Georgia and Azerbaijan set a target of reaching a $3 billion trade volume by 2025. Georgia and Armenia's ties have grown stronger since. "
            + "Bilateral trade stood at $1.1 billion in 2020, the minister said.");
        var v = Assert.Single(r.Volumes);
        Assert.Equal(new[] { "ARM", "GEO" }, new[] { v.Reporter, v.Partner }.Order());
    }

    // "was valued at $23.48  billion": a doubled space, as pasted text has, still joins the scale.
    [Fact]
    public void ADoubledSpaceStillJoinsTheScale()
    {
        var v = Assert.Single(Doc("In 2020, bilateral trade between Georgia and Azerbaijan was valued at $1.48  billion.").Volumes);
        Assert.Equal(1_480_000_000m, v.Value);
    }

    // "Tajikistan conducted more than $500 mln in trade operations with neighboring Uzbekistan in 2023, ..., and trade turnover with
    // Kyrgyzstan declined ... reaching around $11.7 mln": the partner follows the figure, and the next "with" keeps the same trader.
    [Fact]
    public void APartnerAfterTheFigureAndTheNextOne()
    {
        var r = Doc("Trade between Georgia and Russia grew. Georgia conducted more than $500 mln in trade operations with neighboring Azerbaijan in 2020, 9.2% less than in 2019, "
            + "and trade turnover with Armenia declined by 22.5% reaching around $11.7 mln.", dateline: "TBILISI, March 3, 2021 - ");
        Assert.Equal(new[] { ("GEO", "AZE", 500_000_000m), ("GEO", "ARM", 11_700_000m) },
            r.Volumes.Select(v => (v.Reporter, v.Partner, v.Value)));
    }

    [Fact]
    public void AnotherTraderBeforeTheNextWithKeepsIt()
    {
        var r = Doc("Trade between Georgia and Russia grew. Georgia conducted more than $500 mln in trade operations with Azerbaijan in 2020, "
            + "while Turkey's trade turnover with Armenia declined by 22.5% reaching around $11.7 mln.", dateline: "TBILISI, March 3, 2021 - ");
        Assert.Equal(new[] { "ARM", "TUR" }, new[] { r.Volumes[^1].Reporter, r.Volumes[^1].Partner }.Order());
    }

    // "Imports of these products to Russia amounted to more than $50 million" after a list of goods: the goods just named, one item.
    [Fact]
    public void TheseProductsAreTheGoodsJustNamed()
    {
        var r = Doc("In 2020, Georgia's main exports to Azerbaijan included wine, mineral water and clothing. Azerbaijan's imports of these products from Georgia amounted to more than $50 million in 2020.", dateline: "TBILISI, March 3, 2021 - ");
        Assert.Empty(r.Volumes);
    }
}

using TradeApi.Extraction;

namespace TradeApi.Extraction.Tests;

// Phenomena that the eighty-ninth round of unseen pages showed (bench/judged): the country an event was held in, named beside one side
// of the pair, and "added up to" as a verb of a level. Each on sentences of our own.
public class VenuesAndAddedUpTests
{
    private static ExtractionResult Doc(string body, string title = "Vietnam and New Zealand", string dateline = "HANOI, June 28, 2023 - ") => PhenomenaTests.Doc(body, title, dateline);

    // "During a meeting at the World Economic Forum conference in China, Prime Minister Chinh and his New Zealand counterpart ...": China
    // is where they met; the goal after it stays Vietnam's and New Zealand's.
    [Theory]
    [InlineData("the World Economic Forum conference in China")]
    [InlineData("a meeting in China")]
    [InlineData("a summit held in China")]
    [InlineData("a forum in China")]
    [InlineData("a session in China")]
    [InlineData("an event in China")]
    [InlineData("an expo in China")]
    [InlineData("an exhibition in China")]
    [InlineData("a meeting in the Philippines")]
    public void TheCountryAnEventWasHeldInIsNoSide(string venue)
    {
        var r = Doc("Vietnam and New Zealand have set a bilateral trade target of US$2 billion by 2024. "
            + $"During {venue} on June 27, Prime Minister Pham Minh Chinh and his New Zealand counterpart Chris Hipkins highlighted the progress made in trade cooperation. "
            + "The two heads of government agreed to raise bilateral trade to US$2 billion by 2024.");
        var t = Assert.Single(r.Targets);
        Assert.Equal(["NZL", "VNM"], new[] { t.Reporter, t.Partner }.Order());
    }

    [Fact]
    public void TwoOtherCountriesNamedTogetherStillChangeThePair()
    {
        var r = Doc("Vietnam and New Zealand have set a bilateral trade target of US$2 billion by 2024. "
            + "On June 27, China and New Zealand highlighted the progress made in their trade cooperation. "
            + "The two governments agreed to raise bilateral trade to US$30 billion by 2030.");
        Assert.Contains(r.Targets, t => new[] { t.Reporter, t.Partner }.Order().SequenceEqual(["CHN", "NZL"]) && t.Value == 30_000_000_000m);
    }

    // "Brazilian exports to Chile added up to US$ 7 billion" after a sentence of 2021: a level, dated by the sentence before.
    [Fact]
    public void AddedUpToIsAVerbOfALevel()
    {
        var r = Doc("Chile was the 6th most important trade partner of Brazil in 2021. Brazilian exports to Chile added up to US$ 7 billion, while imports from Chile added up to US$ 4.4 billion.",
            "Brazil and Chile", "BRASILIA, May 3, 2022 - ");
        Assert.Equal([("exports", 7_000_000_000m), ("imports", 4_400_000_000m)], r.Volumes.Where(v => v.Year == 2021).Select(v => (v.Flow, v.Value)).OrderBy(x => x.Flow));
    }
}

using TradeApi.Extraction;

namespace TradeApi.Extraction.Tests;

// Phenomena that the eighty-fifth round of unseen pages showed (bench/judged): a country's exports "to the world" beside its exports to a
// partner, and the turnover of companies beside their accounts. Each on sentences of our own.
public class WorldRangesAndCompanyTurnoverTests
{
    private static ExtractionResult Doc(string body) => PhenomenaTests.Doc(body, "Kenya and Tanzania", "");

    // "to the world", "from the rest of the world" name everyone as the partner: no pair's flow, in either end of a range.
    [Theory]
    [InlineData("exports to the world")]
    [InlineData("exports to the rest of the world")]
    [InlineData("imports from the world")]
    public void AFlowWithTheWorldAfterAPairsIsNoPairs(string flow)
    {
        var r = Doc($"Tanzania's exports to Kenya grew from USD 126.2 million in 2016 to USD 258.2 million in 2020, while its {flow} grew from USD 4.4 billion in 2016 to USD 5.2 billion in 2020.");
        Assert.Equal([(2016, 126_200_000m), (2020, 258_200_000m)], r.Volumes.Select(v => (v.Year, v.Value)).Order());
    }

    // The world's second figure is no continuation of the pair before it.
    [Fact]
    public void TheEndOfTheWorldsRangeIsTheWorlds()
    {
        var r = Doc("Tanzania's exports to Kenya were USD 258.2 million in 2020, while its exports to the world grew from USD 4.4 billion in 2016 to USD 5.2 billion in 2020.");
        Assert.Equal(258_200_000m, Assert.Single(r.Volumes).Value);
    }

    // A turnover no trade word qualifies, beside a firm's assets, staff, profit or value added (before or after it), is what companies sold.
    [Theory]
    [InlineData("The firms had a turnover of around KES 3.3 billion in 2021, with total assets of KES 2.7 billion.")]
    [InlineData("The 1,000 Kenyan-owned firms in Tanzania had a combined turnover of USD 900 million in 2021 and some 5,000 employees.")]
    [InlineData("The firms had a turnover of USD 900 million in 2021 and a staff of 5,000.")]
    [InlineData("The firms had a turnover of USD 900 million in 2021 and a profit of USD 80 million.")]
    [InlineData("The firms had a turnover of USD 900 million in 2021, above the average profitability of the economy.")]
    [InlineData("The firms had a turnover of USD 900 million in 2021 and equity of USD 200 million.")]
    [InlineData("They contributed KES 1.3 billion to the gross value added and had a turnover of KES 3.3 billion in 2021.")]
    public void CompaniesTurnoverIsNoTrade(string body) => Assert.Empty(Doc(body).Volumes);

    // A turnover a trade word qualifies is the pair's, whatever else the sentence counts.
    [Theory]
    [InlineData("Trade")]
    [InlineData("Trading")]
    [InlineData("Commodity")]
    [InlineData("Goods")]
    [InlineData("Merchandise")]
    [InlineData("Bilateral")]
    [InlineData("Mutual")]
    [InlineData("Two-way")]
    public void TradeTurnoverBesideAccountsIsTrade(string qualifier) =>
        Assert.Single(Doc($"Kenya and Tanzania had a {qualifier.ToLowerInvariant()} turnover of USD 900 million in 2021, with 5,000 employees at the border posts.").Volumes);

    [Fact]
    public void ATurnoverWithNoAccountsIsTrade() =>
        Assert.Single(Doc("The turnover between Kenya and Tanzania reached USD 900 million in 2021.").Volumes);
}

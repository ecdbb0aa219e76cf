using TradeApi.Extraction;

namespace TradeApi.Extraction.Tests;

// Phenomena that the ninety-first round of unseen pages showed (bench/judged): a multiple of one side's exports read as a multiple of
// the pair's total trade, and "It should be noted that ... amounted to" read as an aim. Each on sentences of our own.
public class SideFlowGoalsAndNotedLevelsTests
{
    private static ExtractionResult Doc(string body, string title = "New Zealand and the Philippines", string dateline = "MANILA, June 17, 2014 - ") => PhenomenaTests.Doc(body, title, dateline);

    // "New Zealand aims to double its exports to the Philippines by 2025": New Zealand's exports, the Philippines their market.
    [Theory]
    [InlineData("New Zealand aims to double its exports to the Philippines by 2025.", "NZL", "PHL", "exports")]
    [InlineData("New Zealand aims to double its merchandise exports to the Philippines by 2025.", "NZL", "PHL", "exports")]
    [InlineData("The Philippines aims to double its imports from New Zealand by 2025.", "PHL", "NZL", "imports")]
    [InlineData("New Zealand and the Philippines aim to double their trade by 2025.", "NZL", "PHL", "total")]
    public void AMultipleOfOneSidesFlowIsThatFlowsGoal(string body, string reporter, string partner, string flow)
    {
        var t = Assert.Single(Doc(body).Targets);
        Assert.Equal((reporter, partner, flow, 2m, 2025), (t.Reporter, t.Partner, t.Flow, t.Multiplier, t.ByYear));
    }

    // "New Zealand to double exports to PH" over a text about both, "The goal is to double the exports as part of New Zealand's ...":
    // the side the sentence names is the exporter, the other side of the pair under discussion its market; restated, one goal.
    [Theory]
    [InlineData("New Zealand to double exports")]
    [InlineData("Philippines to double imports")]
    public void AMultipleOfTheNamedSidesFlowInATitleIsTheBodysGoal(string title)
    {
        var r = Doc("Trade between New Zealand and the Philippines stood at NZ$897 million in 2013. The goal is to double the exports as part of New Zealand's agenda. "
            + "New Zealand aims to double its exports to the Philippines to NZ$1.5 billion by 2025.", title, "MANILA, June 17, 2014 - ");
        Assert.Equal(["exports"], r.Targets.Select(t => t.Flow).Distinct());
        var t = Assert.Single(r.Targets, t => t.Reporter == "NZL");
        Assert.Equal((1_500_000_000m, 2025), (t.Value, t.ByYear));
        Assert.DoesNotContain(r.Targets, t => t.Reporter == "PHL" && t.Flow == "exports");
    }

    [Fact]
    public void APartnerNamedAfterExportsToIsTheMarket()
    {
        var t = Assert.Single(Doc("The government aims to double exports to the Philippines by 2025.", "New Zealand and the Philippines").Targets);
        Assert.Equal(("NZL", "PHL", "exports"), (t.Reporter, t.Partner, t.Flow));
    }

    // "It should be noted that earlier, in 2024, trade turnover between the countries amounted to $846.4 million": a level said to be
    // worth noting, not an aim; "the goal was to raise trade to" still is one.
    [Fact]
    public void ALevelWorthNotingIsNoGoal()
    {
        var r = Doc("The ministers noted the strategic goal of bringing trade turnover between Kyrgyzstan and Uzbekistan to $2 billion. "
            + "It should be noted that earlier, in 2024, trade turnover between the countries amounted to $846.4 million.", "Kyrgyzstan and Uzbekistan", "");
        var t = Assert.Single(r.Targets);
        Assert.Equal(2_000_000_000m, t.Value);
        var v = Assert.Single(r.Volumes);
        Assert.Equal((2024, 846_400_000m), (v.Year, v.Value));
    }

    [Theory]
    [InlineData("The goal the ministers set was to reach")]
    [InlineData("The aim the ministers have in mind is to reach")]
    [InlineData("The plans the ministers made were to reach")]
    public void AGoalNounsCopulaBeforeToStillStatesTheAim(string opening)
    {
        var t = Assert.Single(Doc($"{opening} $2 billion in trade between Kyrgyzstan and Uzbekistan.", "Kyrgyzstan and Uzbekistan", "BISHKEK, January 1, 2024 - ").Targets);
        Assert.Equal(2_000_000_000m, t.Value);
    }
}

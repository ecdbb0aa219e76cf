using TradeApi.Extraction;

namespace TradeApi.Extraction.Tests;

// Phenomena that the hundred-and-twenty-first round of unseen pages showed (bench/judged), all in goals: the year a past agreement was
// made, the other side of a trade named before a goal's flow, and a goal for several years' trade together. Sentences of our own.
public class PastAgreementsAndSeveralYearsGoalsTests
{
    private static ExtractionResult Doc(string body) => PhenomenaTests.Doc(body, "Ghana and Peru", "");

    private static (string, string, string, decimal?, int?)[] Targets(ExtractionResult r) =>
        r.Targets.Select(t => (t.Reporter, t.Partner, t.Flow, t.Value, t.ByYear)).ToArray();

    // "In 2015, Thailand and Russia agreed to increase bilateral trade from $5 billion to $10 billion annually" in a text of no date: the
    // year that opens a past agreement is when it was made, no horizon; a horizon after it still is one.
    [Theory]
    [InlineData("agreed")]
    [InlineData("pledged")]
    public void TheYearOfAPastAgreementIsNoHorizon(string verb) =>
        Assert.Equal([("GHA", "PER", "total", 10_000_000_000m, (int?)null)],
            Targets(Doc($"In 2015, Ghana and Peru {verb} to increase bilateral trade from $5 billion to $10 billion annually.")));

    [Theory]
    [InlineData("In 2015, Ghana and Peru agreed to double bilateral trade to $10 billion by 2020.")]
    [InlineData("In 2015, Ghana and Peru agreed that by 2020 bilateral trade should reach $10 billion.")]
    public void AHorizonAfterAPastAgreementIsOne(string body) =>
        Assert.Equal([("GHA", "PER", "total", 10_000_000_000m, (int?)2020)], Targets(Doc(body)));

    // "Indonesia can balance its bilateral trade with Russia in the future with a target to reach an export value of $2.5 billion": the
    // other side of the trade named before the flow is no trader of it.
    [Fact]
    public void TheOtherSideOfATradeIsNoTraderOfAFlowAfterIt() =>
        Assert.Equal([("GHA", "PER", "exports", 2_500_000_000m, (int?)2014)],
            Targets(Doc("The minister expects that Ghana can balance its bilateral trade with Peru with a target to reach an export value of $2.5 billion in 2014.")));

    // "set the targeted value for three-year bilateral trade from next year to 2023 at US$10 billion, or about US$3 billion a year": the
    // several years' sum is no goal; the rate a year after it is.
    [Theory]
    [InlineData("three-year bilateral trade")]
    [InlineData("2021-2023 trade")]
    public void AGoalForSeveralYearsTogetherIsNone(string trade) =>
        Assert.Equal([("GHA", "PER", "total", 3_000_000_000m, (int?)null)],
            Targets(Doc($"The two sides set the targeted value for {trade} at US$10 billion, or about US$3 billion a year.")));

    [Fact]
    public void AGoalForSeveralYearsWithNoRateIsNone() =>
        Assert.Empty(Doc("The two sides set the targeted value for three-year bilateral trade from next year to 2023 at US$10 billion.").Targets);

    [Fact]
    public void AGoalForOneYearStandsBesideIt() =>
        Assert.Equal([("GHA", "PER", "total", 10_000_000_000m, (int?)2023)],
            Targets(Doc("The two sides set a target for bilateral trade of US$10 billion by 2023.")));
}

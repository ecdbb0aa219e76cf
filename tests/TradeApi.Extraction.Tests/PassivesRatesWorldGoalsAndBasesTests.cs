using TradeApi.Extraction;

namespace TradeApi.Extraction.Tests;

// Phenomena that the fifty-sixth round of unseen pages showed (bench/judged): the agent of a passive flow ("goods worth $576 billion were
// imported by the United States from China"); a yearly rate followed by another year's clause ("exports Sh. 40 billion ... each year
// noting that last year ..."); a goal right after one country's trade with the world ("We will achieve the target we announced of
// reaching 4 trillion dirhams by 2031"); the base of the figure before in a sentence of its own ("This is in comparison to Sh37.6
// billion in 2013"). Each on sentences of our own.
public class PassivesRatesWorldGoalsAndBasesTests
{
    private static ExtractionResult Doc(string body, string title = "Trade news") => PhenomenaTests.Doc(body, title, "SANTIAGO, March 3, 2023 - ");

    private static (string, string, string, int, decimal)[] Read(ExtractionResult r) =>
        [.. r.Volumes.Select(v => (v.Reporter, v.Partner, v.Flow, v.Year, v.Value))];

    // The agent after "by" is the side the passive verb is of: the importer of "imported by", the exporter of "exported by".
    [Theory]
    [InlineData("In 2022, goods worth $57 billion were imported by Chile from China.", "CHL", "CHN", "imports")]
    [InlineData("In 2022, goods worth $57 billion were exported by Chile to Peru.", "CHL", "PER", "exports")]
    [InlineData("Brazil and Argentina signed a deal. In 2022, goods worth $57 billion were exported by Chile to Peru.", "CHL", "PER", "exports")]
    [InlineData("Brazil and Argentina signed a deal. In 2022, goods worth $57 billion were imported by Chile from China.", "CHL", "CHN", "imports")]
    public void ThePassivesAgentIsItsSide(string body, string reporter, string partner, string flow) =>
        Assert.Equal([(reporter, partner, flow, 2022, 57_000_000_000m)], Read(Doc(body)));

    // Under a title about another pair, the agent, not the title's other side, is the importer or the exporter.
    [Theory]
    [InlineData("In 2022, goods worth $57 billion were imported by Chile from China.", "CHL", "CHN", "imports")]
    [InlineData("In 2022, goods worth $57 billion were exported by Chile to China.", "CHL", "CHN", "exports")]
    public void TheAgentIsNoTitlesSide(string body, string reporter, string partner, string flow) =>
        Assert.Equal([(reporter, partner, flow, 2022, 57_000_000_000m)], Read(Doc(body, "Brazil and China trade")));

    // A yearly rate takes no year from a clause after its words ("each year although last year ..."); one written before them stays.
    [Fact]
    public void ARateTakesNoYearFromAClauseAfterIt()
    {
        Assert.Empty(Doc("Chile exports goods worth $4 billion to Peru each year although last year it exported more than that.").Volumes);
        Assert.Equal([("CHL", "PER", "exports", 2022, 4_000_000_000m)], Read(Doc("In 2022 Chile exported goods worth $4 billion a year to Peru.")));
    }

    // A goal that names neither trade nor a side, right after one country's trade with the world, is that trade's goal, no pair's. After
    // a pair's figure it is the pair's.
    [Fact]
    public void AGoalRightAfterTradeWithTheWorldIsNoPairs()
    {
        Assert.Empty(Doc("Chile's non-copper foreign trade reached 150 billion dollars in 2022. We will achieve the target we announced of reaching 200 billion dollars by 2030.",
            "Chile and Peru trade").Targets);
        var r = Doc("Trade between Chile and Peru reached $5 billion in 2022. We will achieve the target we announced of reaching $8 billion by 2030.");
        Assert.Equal([("CHL", "PER", 8_000_000_000m, (int?)2030)], r.Targets.Select(t => (t.Reporter, t.Partner, t.Value, t.ByYear)));
        // A goal that names the sides is theirs, world figure before it or not.
        r = Doc("Chile's non-copper foreign trade reached 150 billion dollars in 2022. The two countries set the target of reaching 8 billion dollars by 2030.", "Chile and Peru trade");
        Assert.Equal([("CHL", "PER", 8_000_000_000m, (int?)2030)], r.Targets.Select(t => (t.Reporter, t.Partner, t.Value, t.ByYear)));
    }

    // "Foreign trade" is a country's trade with the world, unless a pair follows it: "the foreign trade volume between our countries",
    // "foreign trade turnover with Peru" (round 57; an old page's missed figure is found by it).
    [Theory]
    [InlineData("The volume of foreign trade between Chile and Peru grew by 35% in 2022, surpassing $5 billion.")]
    [InlineData("Chile's foreign trade turnover with Peru reached $5 billion in 2022.")]
    [InlineData("In 2022, the external trade volume between Chile and Peru was $5 billion.")]
    public void ForeignTradeBetweenTwoCountriesIsTheirs(string body) =>
        Assert.Equal([("CHL", "PER", "total", 2022, 5_000_000_000m)], Read(Doc(body)));

    [Theory]
    [InlineData("Chile's foreign trade reached $150 billion in 2022, and Peru bought a tenth of its exports.")]
    [InlineData("Chile's external trade reached $150 billion in 2022, and Peru bought a tenth of its exports.")]
    public void ForeignTradeAloneIsTheWorlds(string body) => Assert.Empty(Doc(body).Volumes);

    // "This is in comparison to $2.4 billion in 2018" after a figure: the same pair and flow, in its own year; with no year of its own,
    // no fact. So even when the figure before had no year ("as of December last year" in an undated text).
    [Theory]
    [InlineData("This is in comparison to $2.4 billion in 2018.")]
    [InlineData("This compares with $2.4 billion in 2018.")]
    [InlineData("It was up from $2.4 billion in 2018.")]
    public void TheBaseOfTheFigureBeforeIsItsFlowInItsOwnYear(string second) =>
        Assert.Equal([("CHL", "PER", "exports", 2022, 3_100_000_000m), ("CHL", "PER", "exports", 2018, 2_400_000_000m)],
            Read(Doc("Chile's exports to Peru stood at $3.1 billion in 2022. " + second)));

    [Fact]
    public void ABaseWithoutItsOwnYearIsNoFact()
    {
        Assert.Equal([("CHL", "PER", "exports", 2022, 3_100_000_000m)], Read(Doc("Chile's exports to Peru stood at $3.1 billion in 2022. This is in comparison to $2.4 billion.")));
        var undated = Extractor.Extract("Chile-Peru trade\nChile's exports to Peru stood at $3.1 billion as of December last year. This is in comparison to $2.4 billion in 2018.", null, null, null, 0);
        Assert.Equal([("CHL", "PER", "exports", 2018, 2_400_000_000m)], Read(undated));
    }
}

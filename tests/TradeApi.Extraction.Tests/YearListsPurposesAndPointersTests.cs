using TradeApi.Extraction;

namespace TradeApi.Extraction.Tests;

// Phenomena that the fifty-fifth round of unseen pages showed (bench/judged): years listed after figures ("$3.1 billion and $3.6
// billion in 2018 and 2019") and a figure over two years ("US$980 million between 2016 and 2017", a fiscal year); a purpose that opens a
// sentence ("In order to enhance security, ...") aiming at none of its figures; "this figure" pointing back to an investment; "working on
// reaching" as an aim. Each on sentences of our own.
public class YearListsPurposesAndPointersTests
{
    private static ExtractionResult Doc(string body) => PhenomenaTests.Doc(body, "Trade news", "SANTIAGO, March 3, 2023 - ");

    private static (string, string, string, int, decimal)[] Read(ExtractionResult r) =>
        [.. r.Volumes.Select(v => (v.Reporter, v.Partner, v.Flow, v.Year, v.Value))];

    private static (string, string, decimal?, int?)[] Goals(ExtractionResult r) =>
        [.. r.Targets.Select(t => (t.Reporter, t.Partner, t.Value, t.ByYear))];

    // A list of figures followed by as many years goes one to one with them.
    [Fact]
    public void YearsListedAfterFiguresGoOneToOne()
    {
        Assert.Equal([("CHL", "PER", "total", 2018, 3_100_000_000m), ("CHL", "PER", "total", 2019, 3_600_000_000m)],
            Read(Doc("Trade between Chile and Peru stood at $3.1 billion and $3.6 billion in 2018 and 2019.")));
        Assert.Equal([("CHL", "PER", "exports", 2017, 1_200_000_000m), ("CHL", "PER", "exports", 2018, 1_400_000_000m), ("CHL", "PER", "exports", 2019, 1_500_000_000m)],
            Read(Doc("Chile's exports to Peru were $1.2 billion, $1.4 billion and $1.5 billion in 2017, 2018 and 2019.")));
    }

    // One figure over two years or more is a fiscal year or years taken together: no calendar year's level. So is a list of figures
    // followed by a list of years of another length.
    [Theory]
    [InlineData("Trade between Chile and Peru stood at $3.1 billion between 2018 and 2019.")]
    [InlineData("Trade between Chile and Peru stood at $3.1 billion during 2018 and 2019.")]
    [InlineData("Chile's exports to Peru totalled $4.5 billion over the years 2017 to 2019.")]
    [InlineData("Trade between Chile and Peru stood at $3.1 billion and $3.6 billion in 2017, 2018 and 2019.")]
    [InlineData("Chile and Peru signed a trade pact in 2019. Trade between Chile and Peru stood at $3.1 billion between 2016 and 2017.")]
    public void AFigureOverSeveralYearsIsNoYears(string body) => Assert.Empty(Doc(body).Volumes);

    // The years of a change are not the level's period: the level after it is the last year's; figures with their own years keep them.
    [Theory]
    [InlineData("Trade between Chile and Peru grew by 10 percent between 2018 and 2019 to $3.6 billion.", 2019)]
    [InlineData("Trade between Chile and Peru was $3.1 billion in 2018 and $3.6 billion in 2019.", 2018)]
    public void AFiguresOwnYearIsNoList(string body, int year) =>
        Assert.Equal(year, Read(Doc(body))[0].Item4);

    // A purpose a sentence opens with ("In order to enhance its air defence, ") aims at none of the figures after its comma: the main
    // clause's purchase is no goal. An aim after the comma, or a figure inside the purpose, still is.
    [Fact]
    public void APurposeThatOpensASentenceAimsAtNothingAfterIt()
    {
        Assert.Empty(Doc("In order to enhance its air defence, Chile will buy aircraft worth over $3 billion from the United States.").Targets);
        Assert.Equal([("CHL", "PER", 5_000_000_000m, 2025)], Goals(Doc("To boost trade, Chile and Peru agreed to raise it to $5 billion by 2025.")));
        Assert.Equal([("CHL", "PER", 5_000_000_000m, 2025)], Goals(Doc("To raise trade to $5 billion by 2025, Chile and Peru signed a new agreement.")));
    }

    // "this figure" right after an investment, a deal or a deficit is that figure: neither a goal nor a level for it is trade. After a
    // trade figure it is that trade.
    [Fact]
    public void ThisFigureAfterAnInvestmentIsNoTrade()
    {
        Assert.Empty(Doc("Chile and Peru signed deals worth $2 billion in 2018. The two presidents hope that this figure will reach $5 billion by 2025.").Targets);
        Assert.Empty(Doc("Chile's trade deficit with Peru reached $1 billion in 2018. The two presidents hope that this figure will fall to $0.5 billion by 2025.").Targets);
        Assert.Empty(Doc("Mutual investments between Chile and Peru reached $2 billion in 2018. The two presidents hope that this figure will reach $5 billion by 2025.").Targets);
        Assert.Empty(Doc("Mutual investments between Chile and Peru reached $2 billion in 2018. This figure rose to $2.5 billion in 2019.").Volumes);
        var r = Doc("Trade between Chile and Peru reached $2 billion in 2018. The two presidents hope that this figure will reach $5 billion by 2025.");
        Assert.Equal([("CHL", "PER", "total", 2018, 2_000_000_000m)], Read(r));
        Assert.Equal([("CHL", "PER", 5_000_000_000m, 2025)], Goals(r));
        // With no figure before it, "this figure" is the trade the text speaks of.
        r = Doc("Trade between Chile and Peru grew fast last year. The two presidents hope that this figure will reach $5 billion by 2025.");
        Assert.Equal([("CHL", "PER", 5_000_000_000m, 2025)], Goals(r));
        // A trade figure between the investment and "this figure" is the one pointed back to.
        r = Doc("Mutual investments between Chile and Peru reached $1 billion in 2017. Trade between Chile and Peru reached $2 billion in 2018. The two presidents hope that this figure will reach $5 billion by 2025.");
        Assert.Equal([("CHL", "PER", 5_000_000_000m, 2025)], Goals(r));
    }

    // "working on reaching", "working towards (reaching)" a level is aiming at it.
    [Theory]
    [InlineData("Trade between Chile and Peru is rising, and the two countries are working on reaching $5 billion.")]
    [InlineData("Trade between Chile and Peru is rising. The two countries are working towards reaching $5 billion.")]
    [InlineData("Trade between Chile and Peru is rising. The two countries are working towards $5 billion.")]
    public void WorkingOnReachingALevelIsAnAim(string body) =>
        Assert.Equal([("CHL", "PER", 5_000_000_000m, (int?)null)], Goals(Doc(body)));
}

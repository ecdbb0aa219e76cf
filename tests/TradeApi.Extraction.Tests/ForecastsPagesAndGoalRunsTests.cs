using TradeApi.Extraction;

namespace TradeApi.Extraction.Tests;

// Phenomena that the fifty-eighth round of unseen pages showed (bench/judged): what two countries expect ("expect their trade to mount to
// $2 billion in 2010") and a forecast's change noun ("is expected increase to"); a page copied as one long line that stops mid-sentence;
// goals run on after a year said relative to now ("to $100 billion this year, and $150 billion by 2030") or after their base's year ("from
// $78 billion last year to"); trade named right after a goal's figure ("a series of projects to reach $12 billion in trade exchange").
// And round 57's missed goal: services trade added to the goods ("summing up trade turnover and services trade") is the whole trade.
// Each on sentences of our own.
public class ForecastsPagesAndGoalRunsTests
{
    private static ExtractionResult Doc(string body, string title = "Chile and Peru trade") => PhenomenaTests.Doc(body, title, "SANTIAGO, March 3, 2021 - ");

    private static (string, string, decimal?, int?)[] Goals(ExtractionResult r) => [.. r.Targets.Select(t => (t.Reporter, t.Partner, t.Value, t.ByYear))];

    // What someone expects a level to be is no level of its year, with the plural verb too, or with a change noun after the participle.
    [Theory]
    [InlineData("The two countries expect their trade to mount to $3 billion in 2010.")]
    [InlineData("Chile and Peru expect bilateral trade to climb to $3 billion in 2010.")]
    [InlineData("Chile and Peru: officials predict bilateral trade to rise to $3 billion in 2010.")]
    [InlineData("Trade between Chile and Peru is expected increase to $3 billion in 2010, up 20 per cent against 2009.")]
    [InlineData("The projected rise in trade between Chile and Peru to $3 billion in 2010 was welcomed.")]
    public void WhatIsExpectedIsNoLevel(string body) => Assert.Empty(Doc(body).Volumes);

    // The same sentences stating what trade did are levels.
    [Theory]
    [InlineData("The two countries saw their trade mount to $3 billion in 2010.")]
    [InlineData("Trade between Chile and Peru increased to $3 billion in 2010, up 20 per cent against 2009.")]
    [InlineData("The rise in trade between Chile and Peru to $3 billion in 2010 was welcomed.")]
    public void WhatHappenedIsALevel(string body) =>
        Assert.Equal([("CHL", "PER", 2010, 3_000_000_000m)], Doc(body).Volumes.Select(v => (v.Reporter, v.Partner, v.Year, v.Value)));

    // A whole page on one line, far longer than a title and cut off mid-sentence, is body text: each figure's evidence is its sentence.
    [Fact]
    public void APageOnOneLineIsBodyText()
    {
        const string line = "The trade minister of Chile met the ambassador of Peru in Santiago on Thursday to discuss bilateral ties across trade, industry and energy. "
            + "Both sides spoke highly of their trade ties over the past years, with an annual growth of around 18 per cent during 2010-2019. "
            + "In 2019, trade between Chile and Peru reached US$5.2 billion, surpassing the target of $5 billion. "
            + "The two sides agreed to maintain and renovate the customs clearance model at border gates on… Read full this story";
        var r = Extractor.Extract(line, new DateOnly(2021, 5, 7), null, null, floor: 0);
        const string sentence = "In 2019, trade between Chile and Peru reached US$5.2 billion, surpassing the target of $5 billion.";
        Assert.Equal([(2019, 5_200_000_000m, sentence)], r.Volumes.Select(v => (v.Year, v.Value, v.Evidence.Quote)));
        Assert.Equal(sentence, Assert.Single(r.Targets).Evidence.Quote);
        // A title line of one short sentence stays the title.
        var titled = Extractor.Extract("Chile and Peru agree to boost trade to $8 billion by 2025\n\nThe two ministers met in Santiago. In 2019, trade reached US$5.2 billion.\n",
            new DateOnly(2021, 5, 7), null, null, floor: 0);
        Assert.Equal([("CHL", "PER", 2019, 5_200_000_000m)], titled.Volumes.Select(v => (v.Reporter, v.Partner, v.Year, v.Value)));
    }

    // A goal run on after its year said relative to now is a second goal, as after a year said as a number.
    [Theory]
    [InlineData("The two countries committed to increasing their trade to $10 billion this year, and $15 billion by 2030.", 2021)]
    [InlineData("The two countries committed to increasing their trade to $10 billion next year, and $15 billion by 2030.", 2022)]
    public void AGoalRunsOnAfterARelativeYear(string body, int first) =>
        Assert.Equal([("CHL", "PER", 10_000_000_000m, (int?)first), ("CHL", "PER", 15_000_000_000m, (int?)2030)], Goals(Doc(body)));

    // The aim before a base governs the goal after it, past the base's own year.
    [Theory]
    [InlineData("The two countries committed to increasing their trade from $5 billion last year to $8 billion this year.")]
    [InlineData("The two countries committed to increasing their trade from $5 billion in 2020 to $8 billion this year.")]
    [InlineData("The two countries committed to increasing their trade from $5 billion a year ago to $8 billion this year.")]
    public void TheAimGovernsTheGoalPastTheBasesYear(string body)
    {
        var r = Doc(body);
        Assert.Equal([("CHL", "PER", 8_000_000_000m, (int?)2021)], Goals(r));
        Assert.Equal([("CHL", "PER", 2020, 5_000_000_000m)], r.Volumes.Select(v => (v.Reporter, v.Partner, v.Year, v.Value)));
    }

    // Trade named right after a goal's figure is what it measures, whatever money noun came before; not what is invested in trade.
    [Theory]
    [InlineData("Both nations are promoting a series of projects to reach $12 billion in trade exchange in the next five years.", 2026)]
    [InlineData("The two countries are carrying out joint investment programmes to reach $12 billion in two-way trade by 2026.", 2026)]
    public void TradeNamedAfterTheFigureIsTrade(string body, int by) =>
        Assert.Equal([("CHL", "PER", 12_000_000_000m, (int?)by)], Goals(Doc(body)));

    [Theory]
    [InlineData("The two countries plan to invest $12 billion in trade by 2026.")]
    [InlineData("Both nations are promoting a series of projects to reach $12 billion in trade infrastructure by 2026.")]
    public void MoneyPutIntoTradeIsNoTrade(string body)
    {
        var r = Doc(body);
        Assert.Empty(r.Targets);
        Assert.Empty(r.Volumes);
    }

    // Services trade added to the goods is the whole trade, not services alone; services trade alone is a sector.
    [Theory]
    [InlineData("In 2020, merchandise trade and services trade between Chile and Peru totalled $5 billion.")]
    [InlineData("In 2020, trade turnover plus services trade between Chile and Peru came to $5 billion.")]
    [InlineData("In 2020, merchandise and services trade between Chile and Peru came to $5 billion.")]
    public void ServicesAddedToGoodsAreTheWhole(string body) =>
        Assert.Equal([("CHL", "PER", 2020, 5_000_000_000m)], Doc(body).Volumes.Select(v => (v.Reporter, v.Partner, v.Year, v.Value)));

    [Fact]
    public void ServicesTradeAloneIsASector() => Assert.Empty(Doc("In 2020, services trade between Chile and Peru totalled $5 billion.").Volumes);

    [Fact]
    public void AGoalAfterServicesAddedToGoodsIsTheTradesGoal() =>
        Assert.Equal([("CHL", "PER", 8_000_000_000m, (int?)null)],
            Goals(Doc("\"Trade between Chile and Peru exceeded $5 billion, this is me summing up trade turnover and services trade,\" he said, adding that the goal is to bring this figure to $8 billion.")));
}

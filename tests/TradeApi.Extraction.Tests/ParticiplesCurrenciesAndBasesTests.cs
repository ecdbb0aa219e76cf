using TradeApi.Extraction;

namespace TradeApi.Extraction.Tests;

// Phenomena that the fifty-ninth round of unseen pages showed (bench/judged): "crossed" as a past level's verb after a goal word
// ("achieved many goals and now the total exports of the country have crossed $50 billion"); a programme's name ("Vision 2021") as a
// year; a country's total exports as its trade with the world; one number in two currencies as two goals ("30 billion euros", "30
// billion dollars by 2016"); a level in an opening participle ("After hitting USD 22 billion in 2012, the trade volume declined"); the
// base of a multiple taken from a change's starting point ("up from $1 billion in 2000"); a goal's horizon counted from the text's year
// when its sentence dates the statement ("Last year, Erdogan said ... over the next five years"); a sector as the trader ("The service
// sector exported USD 5.77 billion ... against a target of USD 7.50 billion"). Each on sentences of our own.
public class ParticiplesCurrenciesAndBasesTests
{
    private static ExtractionResult Doc(string body, string title = "Chile and Peru trade") => PhenomenaTests.Doc(body, title, "SANTIAGO, March 3, 2021 - ");

    private static (string, string, int, decimal)[] Levels(ExtractionResult r) => [.. r.Volumes.Select(v => (v.Reporter, v.Partner, v.Year, v.Value))];

    // A level reached ("have crossed") after a goal word is no goal; an aim after it still is.
    [Fact]
    public void CrossedIsAPastLevel()
    {
        Assert.Empty(Doc("Chile achieved many goals and now its exports to Peru have crossed $5 billion.").Targets);
        Assert.Equal([("CHL", "PER", 8_000_000_000m)], Doc("Chile achieved many goals and now aims to raise its exports to Peru to $8 billion.").Targets.Select(t => (t.Reporter, t.Partner, t.Value)));
    }

    // A programme's name holds no year of a figure.
    [Theory]
    [InlineData("Under its Vision 2020 programme, Chile's exports to Peru reached $5 billion.")]
    [InlineData("Under Agenda 2020, Chile's exports to Peru reached $5 billion.")]
    [InlineData("Since Expo 2020, Chile's exports to Peru reached $5 billion.")]
    public void AProgrammesNameIsNoYear(string body) => Assert.Empty(Doc(body).Volumes);

    // A country's total exports or imports, said of "the country", are its trade with the world; with a partner named they are the pair's.
    [Theory]
    [InlineData("Chile achieved many goals, and in 2020 the total exports of the country crossed $50 billion.")]
    [InlineData("Chile achieved many goals, and in 2020 the country's total imports crossed $50 billion.")]
    public void TheCountrysTotalExportsAreWithTheWorld(string body) => Assert.Empty(Doc(body).Volumes);

    [Fact]
    public void TotalExportsToAPartnerAreThePairs() =>
        Assert.Equal([("CHL", "PER", 2020, 5_000_000_000m)], Levels(Doc("In 2020, the total exports of Chile to Peru reached $5 billion.")));

    // One number in two currencies is two goals, each with its own deadline; in one currency it is one goal stated twice.
    [Fact]
    public void OneNumberInTwoCurrenciesIsTwoGoals()
    {
        var r = Doc("The ministers announced a goal of raising trade to 30 billion euros. The two countries had earlier agreed to raise trade to 30 billion dollars by 2016.");
        Assert.Equal([(30_000_000_000m, "EUR", (int?)null), (30_000_000_000m, "USD", (int?)2016)], r.Targets.Select(t => (t.Value!.Value, t.Currency!, t.ByYear)));
        r = Doc("The ministers announced a goal of raising trade to 30 billion dollars. The two countries had earlier agreed to raise trade to 30 billion dollars by 2016.");
        Assert.Equal([(30_000_000_000m, "USD", (int?)2016)], r.Targets.Select(t => (t.Value!.Value, t.Currency!, t.ByYear)));
    }

    // A level in a participle that opens the sentence is the level of the main clause's subject, trade; not of investment.
    [Theory]
    [InlineData("After hitting $22 billion in 2012, the trade volume declined to $14.5 billion the following year.")]
    [InlineData("After reaching $22 billion in 2012, bilateral trade declined to $14.5 billion the following year.")]
    [InlineData("Since peaking at $22 billion in 2012, trade declined to $14.5 billion the following year.")]
    public void AnOpeningParticiplesLevelIsTheSubjects(string body) =>
        Assert.Equal([("CHL", "PER", 2012, 22_000_000_000m), ("CHL", "PER", 2013, 14_500_000_000m)], Levels(Doc(body)));

    [Fact]
    public void AnOpeningParticipleOfInvestmentIsNoTrade() =>
        Assert.Empty(Doc("After hitting $22 billion in 2012, investment declined to $14.5 billion the following year.").Volumes);

    // The base of a multiple is the latest level, never the figure a change is measured from.
    [Fact]
    public void AChangesStartingPointIsNoBase()
    {
        const string goal = "Chile wants to triple its trade with Peru within five years. ";
        var r = Extractor.Extract("Chile and Peru trade\n\n" + goal + "Trade between the two countries has grown, reaching $10 billion last year, up from $1 billion in 2000.\n", null, null, null, floor: 0);
        var t = Assert.Single(r.Targets);
        Assert.Equal((3m, (decimal?)null, (decimal?)null), (t.Multiplier!.Value, t.BaseValue, t.Value));
        r = Extractor.Extract("Chile and Peru trade\n\n" + goal + "Trade between the two countries has grown, reaching $10 billion in 2020, up from $1 billion in 2000.\n", null, null, null, floor: 0);
        t = Assert.Single(r.Targets);
        Assert.Equal((3m, (decimal?)10_000_000_000m, (decimal?)30_000_000_000m), (t.Multiplier!.Value, t.BaseValue, t.Value));
    }

    // A statement its sentence dates before the text counts its horizon from its own year, and starts from a level before that year.
    [Theory]
    [InlineData("Last year, the Chilean president said that Chile is seeking to triple trade with Peru over the next five years.", 2025)]
    [InlineData("In 2018, the two presidents agreed to triple trade between Chile and Peru within five years.", 2023)]
    [InlineData("In March 2018, the two presidents agreed to triple trade between Chile and Peru within five years.", 2023)]
    [InlineData("A year ago, the two presidents agreed to triple trade between Chile and Peru within five years.", 2025)]
    public void AStatementDatedBeforeTheTextCountsFromItsYear(string goal, int by)
    {
        var r = Doc("Trade between Chile and Peru reached $10 billion in 2020. " + goal);
        var t = Assert.Single(r.Targets);
        Assert.Equal((3m, (int?)by, (decimal?)null), (t.Multiplier!.Value, t.ByYear, t.BaseValue));
    }

    [Fact]
    public void AStatementOfTheTextsTimeCountsFromTheTextsYear()
    {
        var t = Assert.Single(Doc("Trade between Chile and Peru reached $10 billion in 2020. The two presidents agreed to triple trade within five years.").Targets);
        Assert.Equal((3m, (int?)2026, (decimal?)10_000_000_000m), (t.Multiplier!.Value, t.ByYear, t.BaseValue));
    }

    [Fact]
    public void AnAbsoluteGoalDatedBeforeTheTextCountsFromItsYear() =>
        Assert.Equal([(20_000_000_000m, (int?)2023)],
            Doc("In 2018, the two presidents agreed to raise trade between Chile and Peru to $20 billion within five years.").Targets.Select(t => (t.Value!.Value, t.ByYear)));

    // A sector that trades is a part of the trade, and so is the target its figure is measured against; a country's is the pair's.
    [Theory]
    [InlineData("Chile's service sector exported $5 billion to Peru in 2020 against a target of $7 billion.")]
    [InlineData("The textile industry has exported $5 billion to Peru in 2020, compared with the target of $7 billion.")]
    [InlineData("In 2020 the mining sector's exports to Peru were $5 billion against its annual target of $7 billion.")]
    public void ASectorsTradeAndTargetAreParts(string body)
    {
        var r = Doc(body);
        Assert.Empty(r.Volumes);
        Assert.Empty(r.Targets);
    }

    [Fact]
    public void ACountrysTradeAgainstItsTargetIsThePairs()
    {
        var r = Doc("Chile exported $5 billion to Peru in 2020 against a target of $7 billion.");
        Assert.Equal([("CHL", "PER", 2020, 5_000_000_000m)], Levels(r));
        Assert.Equal([7_000_000_000m], r.Targets.Select(t => t.Value!.Value));
    }
}

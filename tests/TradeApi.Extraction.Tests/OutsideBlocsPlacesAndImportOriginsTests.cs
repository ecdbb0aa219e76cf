using TradeApi.Extraction;

namespace TradeApi.Extraction.Tests;

// Phenomena that the hundred-and-seventeenth round of unseen pages showed (bench/judged): a bloc a ranking is counted outside of, a
// level "approached", a run of places in one ranking, and imports named by a demonym after a figure as the other part of a pair's
// trade. Sentences of our own.
public class OutsideBlocsPlacesAndImportOriginsTests
{
    private static ExtractionResult Doc(string body, string dateline = "OSLO, March 3, 2022 - ", string title = "Trade news") => PhenomenaTests.Doc(body, title, dateline);

    private static (string, string, string, int, decimal)[] Facts(ExtractionResult r) =>
        [.. r.Volumes.Select(v => (v.Reporter, v.Partner, v.Flow, v.Year, v.Value)).OrderBy(f => f.Year).ThenBy(f => f.Value)];

    // "China is Hungary's most important trade partner outside Europe; ... trade flow between the two countries": the bloc a rank is
    // counted outside of is no side of the figure.
    [Theory]
    [InlineData("outside Europe")]
    [InlineData("outside the EU")]
    [InlineData("outside of the European Union")]
    public void ABlocARankIsCountedOutsideOfIsNoSide(string scope) =>
        Assert.Equal([("CHN", "NOR", "total", 2018, 9_000_000_000m)],
            Facts(Doc($"China is Norway's most important trade partner {scope}; in 2018 trade between the two countries reached 9 billion dollars.")));

    [Theory]
    [InlineData("approached")]
    [InlineData("neared")]
    public void ALevelApproachedIsApproximate(string verb)
    {
        var v = Assert.Single(Doc($"In 2018 trade between Norway and China {verb} 9 billion dollars.").Volumes);
        Assert.Equal((2018, 9_000_000_000m, Qualifiers.Approximately), (v.Year, v.Value, v.Qualifier));
    }

    // "Japan ranked second, with ... South Korea ranked third, with ...": each place of a run is the owner's partner named before the run,
    // even with a sentence between the owner and the run.
    [Fact]
    public void ARunOfPlacesRanksTheSameOwnersPartners() =>
        Assert.Equal([("CAN", "JPN", "total", 2021, 30_000_000_000m), ("CAN", "MEX", "total", 2021, 40_000_000_000m), ("USA", "CAN", "total", 2021, 700_000_000_000m)],
            Facts(Doc("In 2021 the United States remained Canada's largest trading partner, with trade of $700 billion. The surplus grew again. "
                + "Mexico ranked second, with trade of $40 billion. Japan ranked third, with trade of $30 billion.", "")));

    // "$0.7 billion worth of Norwegian exports and $3.8 billion worth of Polish imports": imports named by a demonym after the figure, in a
    // text speaking from the other side of the pair, come from the demonym's country; with their partner named, they are the demonym's own.
    [Fact]
    public void ImportsNamedByADemonymAfterTheOtherSidesExportsComeFromIt() =>
        Assert.Equal([("NOR", "POL", "exports", 2016, 700_000_000m), ("NOR", "POL", "imports", 2016, 3_800_000_000m), ("NOR", "POL", "total", 2016, 4_500_000_000m)],
            Facts(Doc("In 2016 Norway's trade with Poland totalled $4.5 billion, including $0.7 billion worth of Norwegian exports and $3.8 billion worth of Polish imports.")));

    // A possessive names the importer itself: "$3.8 billion worth of Poland's imports".
    [Fact]
    public void ImportsNamedByAPossessiveAfterTheFigureAreThePossessorsOwn() =>
        Assert.Equal([("NOR", "POL", "exports", 2016, 700_000_000m), ("POL", "NOR", "imports", 2016, 3_800_000_000m), ("NOR", "POL", "total", 2016, 4_500_000_000m)],
            Facts(Doc("In 2016 Norway's trade with Poland totalled $4.5 billion, including $0.7 billion worth of Norwegian exports and $3.8 billion worth of Poland's imports.")));

    [Fact]
    public void ImportsNamedByADemonymWithTheirPartnerAreTheDemonymsOwn() =>
        Assert.Equal([("POL", "NOR", "imports", 2016, 700_000_000m), ("POL", "NOR", "exports", 2016, 3_800_000_000m)],
            Facts(Doc("In 2016 Poland's exports to Norway reached $3.8 billion and $0.7 billion worth of Polish imports came from Norway.")));
}

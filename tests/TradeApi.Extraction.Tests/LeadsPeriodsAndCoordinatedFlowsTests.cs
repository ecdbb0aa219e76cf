using TradeApi.Extraction;

namespace TradeApi.Extraction.Tests;

// The phenomena the hundred-and-thirty-second round of unseen pages showed (bench/judged): a demonym's imports after the exports to its
// country, a sum over "the same period" as a movement across years, a growth rate's average, "the figure" after a mean, a lead sentence
// read as a title, "our countries" in a text with no title, and a year closing two flows joined as equals. Sentences of our own.
public class LeadsPeriodsAndCoordinatedFlowsTests
{
    private static ExtractionResult Doc(string body) => PhenomenaTests.Doc(body, "Peru and Ghana", "ACCRA, May 5, 2022 - ");

    private static ExtractionResult Page(string text) => Extractor.Extract(text, null, null, null, floor: 0);

    private static (string, string, string, int, decimal)[] Volumes(ExtractionResult r) =>
        r.Volumes.Select(v => (v.Reporter, v.Partner, v.Flow, v.Year, v.Value)).ToArray();

    // "Exports from Indonesia have declined to $143.81 million, while Chilean imports decreased to $83.34 million": imports named by the
    // country the exports just read went to are imports of its goods (its own imports would be those exports over again).
    // (The text is datelined in Ghana, so Ghana is the side it speaks from; the exports, in the present perfect, date nothing.)
    [Fact]
    public void ADemonymsImportsAfterExportsToItsCountryComeFromIt() =>
        Assert.Equal([("PER", "GHA", "total", 2019, 300_000_000m), ("PER", "GHA", "imports", 2019, 100_000_000m)],
            Volumes(Doc("Total trade between Peru and Ghana amounted to $300 million in 2019. Exports from Peru have declined to $200 million, while Ghanaian imports decreased to $100 million.")));

    // After exports to another country, they are not the imports of Peru from Ghana.
    [Fact]
    public void ADemonymsImportsAfterExportsElsewhereAreNotFromIt() =>
        Assert.DoesNotContain(("PER", "GHA", "imports", 2019, 100_000_000m),
            Volumes(Doc("Total trade between Peru and Ghana amounted to $300 million in 2019. Exports from Peru to Chile have declined to $200 million, while Ghanaian imports decreased to $100 million.")));

    // With their own partner named, they stay the demonym's country's imports.
    [Fact]
    public void ADemonymsImportsFromANamedPartnerAreItsOwn() =>
        Assert.Contains(("GHA", "PER", "imports", 2019, 210_000_000m),
            Volumes(Doc("Exports from Peru to Ghana declined to $200 million in 2019, while Ghanaian imports from Peru rose to $210 million.")));

    // "grew from Kshs 3 billion in year 2000 to Kshs 11 billion in 2010. Over the same period Kenya exported a total Kshs1.7 billion": the
    // period is the span, and the figure its sum, no year's.
    [Fact]
    public void TheSamePeriodAfterAMovementAcrossYearsIsTheSpan() =>
        Assert.Equal([("PER", "GHA", "total", 2005, 30_000_000m), ("PER", "GHA", "total", 2015, 90_000_000m)],
            Volumes(Doc("Trade between Peru and Ghana grew from $30 million in 2005 to $90 million in 2015. Over the same period Peru exported a total $400 million.")));

    // After one year's figure, the same period is that year.
    [Fact]
    public void TheSamePeriodAfterOneYearsFigureIsThatYear() =>
        Assert.Contains(("PER", "GHA", "exports", 2015, 40_000_000m),
            Volumes(Doc("Trade between Peru and Ghana was $90 million in 2015. Over the same period Peru exported $40 million.")));

    // "Imports grew at a faster rate of 45% annually on average from USD 170.2 million in 2017 to USD 494.5 million in 2021": the average is
    // the rate's; the ends are years' levels.
    [Fact]
    public void AnAverageRateLeavesTheLevelsTheirYears() =>
        Assert.Equal([("PER", "GHA", "imports", 2015, 100_000_000m), ("PER", "GHA", "imports", 2020, 370_000_000m)],
            Volumes(Doc("Peru's imports from Ghana grew at 30% annually on average from $100 million in 2015 to $370 million in 2020.")));

    // An average level is still no year's.
    [Fact]
    public void AnAverageLevelIsNoYears() =>
        Assert.Empty(Doc("Peru's imports from Ghana were $50 million a year on average in 2015-2020.").Volumes);

    // "the trade exchange volume ... was only 10 million USD on average in 2003-04. The figure jumped to 100 million USD in 2005": a mean of
    // the pair's trade is its trade, and the figure pointed back to is the pair's.
    [Fact]
    public void TheFigureAfterAMeanIsThePairs()
    {
        var v = Assert.Single(Doc("Trade between Peru and Ghana was only $5 million on average in 2001-02. The figure jumped to $60 million in 2004.").Volumes);
        Assert.Equal(("GHA", "PER", "total", 2004, 60_000_000m), (Min(v.Reporter, v.Partner), Max(v.Reporter, v.Partner), v.Flow, v.Year, v.Value));
    }

    private static string Min(string a, string b) => string.CompareOrdinal(a, b) <= 0 ? a : b;

    private static string Max(string a, string b) => string.CompareOrdinal(a, b) <= 0 ? b : a;

    // "Indonesia and Chile have added a services trade protocol to their bilateral trade agreement as the two emerging economies brace for a
    // potential global recession.": one long sentence with its full stop opens the body; it is no title about one sector's trade.
    [Fact]
    public void ALongOpeningSentenceIsNoTitle() =>
        Assert.Contains(Page("Peru and Ghana have added a fisheries trade protocol to their partnership agreement as the two economies brace for a slowdown.\n"
                + "Trade between Peru and Ghana rose to $424 million in 2021.\nThe minister called for an increase to $1 billion over the next three years.\n").Targets,
            t => t.Value == 1_000_000_000m && t.Flow == "total");

    // A short title about one sector's trade still makes the bare goal after it that sector's.
    [Fact]
    public void AShortSectorTitleStaysATitle() =>
        Assert.Empty(Page("Peru and Ghana add a fisheries trade protocol.\n"
                + "Trade between Peru and Ghana rose to $424 million in 2021.\nThe minister called for an increase to $1 billion over the next three years.\n").Targets);

    // "Kazakhstan President ... and Iranian President ... participated in the forum ... 'trade turnover between our countries'": with no
    // title, the pair the opening sentence names is the one "our countries" are.
    [Fact]
    public void OurCountriesInATextWithNoTitleAreTheOpeningSentencesPair()
    {
        var t = Assert.Single(Page("Peruvian President Ana Rojas and Ghanaian President Kofi Mensah took part in a business forum in Lima on Monday with their ministers.\n"
            + "\"We agreed to raise trade between our countries to $1 billion.\"\n").Targets);
        Assert.Equal(("GHA", "PER", 1_000_000_000m), (Min(t.Reporter, t.Partner), Max(t.Reporter, t.Partner), t.Value));
    }

    // An opening sentence naming a third country names no one pair.
    [Fact]
    public void OurCountriesAfterAnOpeningNamingThreeAreNoPair() =>
        Assert.Empty(Page("Peruvian President Ana Rojas, Ghanaian President Kofi Mensah and Chilean ministers took part in a business forum in Lima on Monday.\n"
            + "\"We agreed to raise trade between our countries to $1 billion.\"\n").Targets);

    // "Bangladesh's total export to Thailand was only $35.46 million whereas import from Thailand was $801.3 million in 2020": the year that
    // closes two flows joined as equals dates both.
    [Theory]
    [InlineData("Peru's exports to Ghana were only $35 million whereas imports from Ghana were $80 million in 2020.")]
    [InlineData("Peru's exports to Ghana were $35 million, while imports from Ghana were $80 million in 2020.")]
    public void AYearClosingTwoFlowsDatesBoth(string body) =>
        Assert.Equal([("PER", "GHA", "exports", 2020, 35_000_000m), ("PER", "GHA", "imports", 2020, 80_000_000m)], Volumes(Doc(body)));

    // A figure with its own year keeps it.
    [Fact]
    public void AFigureWithItsOwnYearKeepsIt() =>
        Assert.Equal([("PER", "GHA", "exports", 2019, 35_000_000m), ("PER", "GHA", "imports", 2020, 80_000_000m)],
            Volumes(Doc("Peru's exports to Ghana were $35 million in 2019, while imports from Ghana were $80 million in 2020.")));
}

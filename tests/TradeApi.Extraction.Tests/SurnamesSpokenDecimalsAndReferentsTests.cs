using TradeApi.Extraction;

namespace TradeApi.Extraction.Tests;

// Phenomena that the hundred-and-twenty-eighth round of unseen pages showed (bench/judged): a capital that is a person's surname,
// decimals spoken in words, the pair named by a referent after a figure or with "of", flows with their preposition after the figure,
// projections, spans of years and "the last official figure". Sentences of our own.
public class SurnamesSpokenDecimalsAndReferentsTests
{
    private static ExtractionResult Doc(string body) => PhenomenaTests.Doc(body, "Chile and Kenya", "NAIROBI, May 5, 2021 - ");

    private static IEnumerable<(string, string, string, int, decimal)> Volumes(string body) =>
        Doc(body).Volumes.Select(v => (v.Reporter, v.Partner, v.Flow, v.Year, v.Value));

    // "Raimundo Lima of the Association ... Lima, chairman of ...": a capital after a given name is a person, and so is the capital
    // alone later in the text; a capital after a word in lower case stays its country.
    [Fact]
    public void ACapitalThatEndsAPersonsNameIsThatPersonThroughTheText()
    {
        Assert.Equal([("KEN", "CHL", "total", 2019, 300_000_000m)],
            Volumes("Trade rose again in 2019, said Roberto Lima of the Chile-Kenya Business Council. Lima, its president, noted that bilateral trade reached $300 million in 2019."));
        Assert.Equal([("KEN", "PER", "total", 2019, 300_000_000m)],
            Volumes("Nairobi and Lima said that trade between them reached $300 million in 2019."));
        // A part of the city before it is no given name: "Greater Lima" leaves "Lima" the capital.
        Assert.Equal([("KEN", "PER", "total", 2019, 300_000_000m)],
            Volumes("Kenyan tea sold well in Greater Lima in 2019. Nairobi and Lima said that trade between them reached $300 million in 2019."));
    }

    // "total bilateral trade ... grew up to two point nine billion US Dollars in 2018": a decimal spoken in words, with spaces or
    // hyphens; "grew up to" is a rise, not a ceiling.
    [Theory]
    [InlineData("grew to two point nine billion US dollars")]
    [InlineData("grew to two-point-nine billion US dollars")]
    [InlineData("grew up to two point nine billion US dollars")]
    public void ADecimalSpokenInWordsIsThatDecimal(string phrase)
    {
        var v = Assert.Single(Doc($"Trade between Chile and Kenya {phrase} in 2018.").Volumes);
        Assert.Equal((2_900_000_000m, "exact"), (v.Value, v.Qualifier));
    }

    // "with US$310.8 million exports and US$1.28 billion imports to Indonesia": the country after a flow's preposition, right after the
    // figure, is where the goods go or come from ("imports to X": X buys), whatever flow the figure before named.
    [Theory]
    [InlineData("imports to Kenya", "KEN", "CHL", "imports")]
    [InlineData("imports to Chile", "CHL", "KEN", "imports")]
    [InlineData("imports from Kenya", "CHL", "KEN", "imports")]
    [InlineData("exports to Chile", "KEN", "CHL", "exports")]
    [InlineData("exports from Chile", "CHL", "KEN", "exports")]
    public void AFlowsPrepositionAfterTheFigureNamesItsSides(string words, string reporter, string partner, string flow) =>
        Assert.Equal((reporter, partner, flow, 600_000_000m),
            Volumes($"In 2019, trade between Chile and Kenya reached $900 million, with $300 million exports and $600 million {words}.")
                .Select(v => (v.Item1, v.Item2, v.Item3, v.Item5)).Last());

    // The flow before it, joined by "and", is the same trader's the other way.
    [Theory]
    [InlineData("imports to Kenya", "KEN", "CHL")]
    [InlineData("imports to Chile", "CHL", "KEN")]
    [InlineData("imports from Chile", "KEN", "CHL")]
    public void AFlowJoinedToItByAndIsTheSameTradersTheOtherWay(string words, string reporter, string partner) =>
        Assert.Equal((reporter, partner, "exports", 300_000_000m),
            Volumes($"In 2019, trade between Chile and Kenya reached $900 million, with $300 million exports and $600 million {words}.")
                .Select(v => (v.Item1, v.Item2, v.Item3, v.Item5)).ElementAt(1));

    // With one side named only after the flows, the flows stay the pair's: a flow after a figure in a sentence naming one country is
    // that country's trade with the world only when no pair's figure came before it in the sentence.
    [Fact]
    public void FlowsAfterThePairsTotalStayThePairsWithOneSideNamed() =>
        Assert.Equal([("KEN", "CHL", "total", 2016, 1_600_000_000m), ("KEN", "CHL", "exports", 2016, 300_000_000m), ("KEN", "CHL", "imports", 2016, 600_000_000m)],
            Volumes("In 2016, the total trade volume of the two countries reached $1.6 billion, with $300 million exports and $600 million imports to Kenya."));

    // "the total trade volume of two countries reached US$1,6 billion": the pair under discussion named with "of", as with "between".
    [Theory]
    [InlineData("of two countries")]
    [InlineData("of the two countries")]
    [InlineData("of both countries")]
    public void TheTotalOfTheTwoCountriesIsThePairs(string of) =>
        Assert.Equal([("KEN", "CHL", "total", 2016, 1_600_000_000m)], Volumes($"In 2016, the total trade volume {of} reached US$1,6 billion."));

    // "Trade volume in 2019 was at $1.9 billion dollars between both countries, rose to $2.0 billion in 2020, taking over then from South
    // Africa as ...": the referent right after the figure names the pair, not the country the sentence names later.
    [Fact]
    public void AReferentRightAfterTheFigureIsThePairUnderDiscussion() =>
        Assert.Equal([("CHL", "KEN", "total", 2019, 1_900_000_000m), ("CHL", "KEN", "total", 2020, 2_000_000_000m)],
            Volumes("Trade volume in 2019 was at $1.9 billion between both countries, rose to $2.0 billion in 2020, taking over then from Peru as Chile's largest African partner."));

    // "has projected that the volume of trade ... to rise to at least $5 billion by the time the 2024 official figures are released":
    // what was projected is no level.
    [Fact]
    public void WhatWasProjectedIsNoLevel() =>
        Assert.Empty(Doc("The chamber has projected that the volume of trade between Chile and Kenya to rise to at least $5 billion by the time the 2024 official figures are released.").Volumes);

    // "The last official figure as at 2023 was $4.7 billion": the figure named with adjectives points back to the pair's trade.
    [Fact]
    public void TheLastOfficialFigureIsThePairs() =>
        Assert.Equal([("CHL", "KEN", "total", 2018, 1_900_000_000m), ("CHL", "KEN", "total", 2020, 4_700_000_000m)],
            Volumes("Trade between Chile and Kenya was $1.9 billion in 2018. The last official figure as at 2020 was $4.7 billion."));

    // "Total bilateral trade between Ghana and India between 2015 and 2016 has reached $3 billion": a span of years is no year.
    [Fact]
    public void ALevelReachedOverASpanOfYearsHasNoYear() =>
        Assert.Empty(Doc("Total bilateral trade between Chile and Kenya between 2015 and 2016 has reached $3 billion.").Volumes);

    // "... and imported $661.98 million of goods from South Africa": the partner after "of goods" is the coordinated flow's own.
    [Fact]
    public void APartnerAfterOfGoodsIsTheCoordinatedFlowsOwn() =>
        Assert.Equal(("CHL", "KEN", "imports"),
            Doc("Chile exported $1.69 billion of goods to Peru in 2019 and imported $661.98 million of goods from Kenya.").Volumes
                .Select(v => (v.Reporter, v.Partner, v.Flow)).Last());
}

using TradeApi.Extraction;

namespace TradeApi.Extraction.Tests;

// Phenomena that the hundred-and-sixteenth round of unseen pages showed (bench/judged): "crowns", the English word for the krone, krona
// and koruna, with and without its nationality; a hope whose "that" is left out; a year compared with ("what it was in 2005") carried to
// the next sentences; a rate's own year right after its words; the owner of a ranked source or market named after the noun. Sentences of
// our own.
public class CrownsHopesAndRankedOwnersTests
{
    private static ExtractionResult Doc(string body, string dateline = "OSLO, March 3, 2021 - ", string title = "Trade news") => PhenomenaTests.Doc(body, title, dateline);

    private static (string, string, string, int, decimal, string)[] Facts(ExtractionResult r) =>
        [.. r.Volumes.Select(v => (v.Reporter, v.Partner, v.Flow, v.Year, v.Value, v.Currency)).OrderBy(f => f.Year).ThenBy(f => f.Value)];

    [Theory]
    [InlineData("Norwegian", "NOK")]
    [InlineData("Swedish", "SEK")]
    [InlineData("Danish", "DKK")]
    [InlineData("Czech", "CZK")]
    [InlineData("Icelandic", "ISK")]
    public void ACrownWithItsNationalityIsThatCountrysCurrency(string nationality, string currency) =>
        Assert.Equal([("POL", "HUN", "exports", 2019, 12_500_000_000m, currency)],
            Facts(Doc($"In 2019, Poland's exports to Hungary were worth 12.5 billion {nationality} crowns.", "")));

    // A bare "crowns" is the currency of the country the text is written from, or of the one side of its pair that has a crown.
    [Theory]
    [InlineData("OSLO, March 3, 2021 - ", "In 2019, Norway's exports to Poland were worth 12.5 billion crowns.", "NOR", "POL", "NOK")]
    [InlineData("", "In 2019, Czech exports to Poland were worth 12.5 billion crowns.", "CZE", "POL", "CZK")]
    public void ABareCrownIsTheCurrencyOfTheTextsCountry(string dateline, string body, string reporter, string partner, string currency) =>
        Assert.Equal([(reporter, partner, "exports", 2019, 12_500_000_000m, currency)], Facts(Doc(body, dateline)));

    // With no country of the text that has a crown, "crowns" is no currency the text tells, and the figure is left out rather than guessed;
    // the sentence's other figures stay.
    [Fact]
    public void ABareCrownFromNowhereIsNoFigure() =>
        Assert.Equal([("POL", "HUN", "imports", 2019, 900_000_000m, "USD")],
            Facts(Doc("In 2019, Poland's exports to Hungary were worth 12.5 billion crowns, and its imports from Hungary $900 million.", "")));

    // "Norway also hopes the visit will lead to a doubling of exports": "that" left out before the clause hoped for.
    [Fact]
    public void AHopeWithThatLeftOutAimsAtItsClause()
    {
        var t = Assert.Single(Doc("Norway also hopes the visit will lead to a doubling of exports to Poland over the next five years.").Targets);
        Assert.Equal(("NOR", "POL", "exports", 2m, (int?)2026), (t.Reporter, t.Partner, t.Flow, t.Multiplier!.Value, t.ByYear));
    }

    // "less than half of what it was in 2018": the year compared with is not the year the next sentences speak of.
    [Fact]
    public void AYearComparedWithIsNotCarriedToTheNextSentences() =>
        Assert.Equal([("NOR", "POL", "imports", 2019, 10_000_000_000m, "NOK"), ("NOR", "POL", "exports", 2019, 12_500_000_000m, "NOK")],
            Facts(Doc("In 2019, Norway's exports to Poland rose to 12.5 billion crowns. The surplus shrank to 2.5 billion crowns, less than half of what it was in 2018. "
                + "The value of imports from Poland surpassed 10 billion crowns.")));

    // "had grown to $1 billion per year in 1994": a year right after the rate's words is the rate's own; a rate with no year is today's.
    [Fact]
    public void ARatesOwnYearRightAfterItsWordsDatesIt() =>
        Assert.Equal([("NOR", "POL", "total", 1994, 1_000_000_000m, "USD")], Facts(Doc("Norway's trade with Poland had grown to US$1 billion per year in 1994.")));

    [Fact]
    public void ARateWithNoYearOfItsOwnIsNoYearsLevel() =>
        Assert.Empty(Doc("In 1994 the two sides met. Norway's trade with Poland had grown to US$1 billion per year by then, officials said later.").Volumes);

    // "Poland is now the 4th largest source of imports to Norway", "the largest export market for Norwegian goods": the owner of the
    // ranking named after its noun.
    [Theory]
    [InlineData("Poland is now the 4th largest source of imports to Norway, totaling 43.3 billion crowns in 2016.", "imports")]
    [InlineData("Poland was the largest export market for Norwegian goods, worth 43.3 billion crowns in 2016.", "exports")]
    public void TheOwnerOfARankingMayFollowItsNoun(string body, string flow) =>
        Assert.Equal([("NOR", "POL", flow, 2016, 43_300_000_000m, "NOK")], Facts(Doc(body)));

    // Not a market for one product: "the largest export market for Norwegian salmon", "the biggest export buyer of Norwegian salmon" are
    // the salmon's.
    [Theory]
    [InlineData("Poland was the largest export market for Norwegian salmon, worth 43.3 billion crowns in 2016.")]
    [InlineData("Poland was the biggest export buyer of Norwegian salmon, with 43.3 billion crowns in 2016.")]
    public void AMarketForOneProductOfTheOwnerIsNoOwnersTrade(string body) => Assert.Empty(Doc(body).Volumes);
}

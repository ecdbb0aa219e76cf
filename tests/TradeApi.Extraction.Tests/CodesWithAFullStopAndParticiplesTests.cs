using TradeApi.Extraction;

namespace TradeApi.Extraction.Tests;

// Phenomena that the hundred-and-twenty-ninth round of unseen pages showed (bench/judged): currency codes written with a full stop,
// restatements chained after a bracket, a ranking counted in a part of a continent, a participle of the subject's own flow after a
// market noun, and goods "brought in". Sentences of our own.
public class CodesWithAFullStopAndParticiplesTests
{
    private static ExtractionResult Doc(string body) => PhenomenaTests.Doc(body, "Chile and Kenya", "NAIROBI, May 5, 2021 - ");

    private static IEnumerable<(string, string, string, int, decimal, string)> Volumes(string body) =>
        Doc(body).Volumes.Select(v => (v.Reporter, v.Partner, v.Flow, v.Year, v.Value, v.Currency));

    // "to USD. 550 Million in 2020", "KES. 75.096 billion": a code with a full stop before its number is the code, and the stop ends no
    // sentence.
    [Fact]
    public void ACurrencyCodeWithAFullStopIsTheCode()
    {
        Assert.Equal([("CHL", "KEN", "exports", 2016, 396_600_000m, "USD"), ("CHL", "KEN", "exports", 2020, 550_000_000m, "USD")],
            Volumes("Exports from Chile to Kenya have increased from USD 396.6 Million in 2016 to USD. 550 Million in 2020."));
        Assert.Equal([("CHL", "KEN", "total", 2014, 75_096_000_000m, "KES")], Volumes("In 2014, trade between Chile and Kenya was worth KES. 75.096 billion."));
    }

    // "KES. 75.096 billion (US$742.5 million) RM. 3.143 billion": a figure right after a bracketed restatement restates it too.
    [Fact]
    public void AFigureRightAfterABracketedRestatementIsOneToo() =>
        Assert.Equal([("CHL", "KEN", "total", 2014, 75_096_000_000m, "KES")],
            Volumes("In 2014, trade between Chile and Kenya was worth KES 75.096 billion (US$742.5 million) RM 3.143 billion."));

    // "Egypt is currently Vietnam's leading trading partner in North Africa, with trade turnover ... hitting almost 600 million USD": the
    // part of a continent a ranking is counted in is no side; trade with it still is no country's.
    [Fact]
    public void ARankingCountedInAPartOfAContinentNamesNoSide()
    {
        Assert.Equal([("KEN", "CHL", "total", 2019, 600_000_000m, "USD")],
            Volumes("Kenya is currently Chile's leading trading partner in East Africa, with trade turnover hitting almost 600 million USD in 2019."));
        Assert.Empty(Volumes("Chile's trade with East Africa reached 600 million USD in 2019."));
    }

    // "the second biggest destination of Kenyan exports mainly tea behind Uganda, importing goods worth Sh59.4 billion from Kenya": the
    // subject's own participle after the market noun says the flow; other verbs leave the noun's.
    [Theory]
    [InlineData("destination of Kenyan exports, importing goods worth $59.4 million from Kenya", "CHL", "KEN", "imports")]
    [InlineData("source of Kenyan imports, exporting goods worth $59.4 million to Kenya", "CHL", "KEN", "exports")]
    [InlineData("destination of Kenyan exports, taking goods worth $59.4 million", "KEN", "CHL", "exports")]
    public void TheSubjectsOwnParticipleAfterAMarketNounSaysTheFlow(string words, string reporter, string partner, string flow) =>
        Assert.Equal([(reporter, partner, flow, 2018, 59_400_000m, "USD")], Volumes($"In 2018, Chile was the second biggest {words}."));

    // "Kenya brought in goods worth Sh21.4 billion from the Asian country": goods brought in are imports.
    [Fact]
    public void GoodsBroughtInAreImports() =>
        Assert.Equal([("KEN", "CHL", "imports", 2019, 21_400_000m, "USD")], Volumes("In 2019, Kenya brought in goods worth $21.4 million from Chile."));
}

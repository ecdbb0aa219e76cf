using TradeApi.Extraction;

namespace TradeApi.Extraction.Tests;

// Phenomena that the hundred-and-twenty-sixth round of unseen pages showed (bench/judged): a relative clause on the figure before goes
// on with its flow, and a country after a figure's clause has ended names no partner of it. Sentences of our own.
public class RelativeClausesAndClauseEndsTests
{
    private static (string, string, string, int, decimal)[] Volumes(string body) =>
        PhenomenaTests.Doc(body, "Ghana and Peru", "").Volumes.Select(v => (v.Reporter, v.Partner, v.Flow, v.Year, v.Value)).ToArray();

    // "Cambodia imported US$6 million worth of goods from Russia, which increased to $9 million in 2008": the "goods" before the relative
    // clause are the first figure's; the second figure is the same imports, a year on.
    [Theory]
    [InlineData("which increased to")]
    [InlineData("which rose further to")]
    [InlineData("that grew to")]
    public void AFigureInARelativeClauseGoesOnWithTheFlowBefore(string clause) =>
        Assert.Equal([("GHA", "PER", "imports", 2007, 6_000_000m), ("GHA", "PER", "imports", 2008, 9_000_000m)],
            Volumes($"In 2007, Ghana imported US$6 million worth of goods from Peru, {clause} $9 million in 2008."));

    // A relative clause that names a flow of its own speaks of that flow.
    [Fact]
    public void ARelativeClauseNamingItsOwnFlowSpeaksOfIt() =>
        Assert.Equal([("GHA", "PER", "imports", 2007, 6_000_000m), ("GHA", "PER", "total", 2007, 15_000_000m)],
            Volumes("In 2007, Ghana imported US$6 million worth of goods from Peru, which lifted bilateral trade to $15 million that year."));

    // "Russian exports of US$8.3 million, and Russian imports from Laos at US$4.6 million": the country after ", and" is the next flow's.
    [Theory]
    [InlineData("In 2022 trade between Ghana and Peru amounted to US$12.9 million, including Ghanaian exports of US$8.3 million, and Ghanaian imports from Peru at US$4.6 million.")]
    [InlineData("In 2022 Ghanaian exports were US$8.3 million, and Ghanaian imports from Peru were US$4.6 million.")]
    public void ACountryAfterTheClauseEndsIsNoPartnerOfTheFigure(string body) =>
        Assert.Contains(("GHA", "PER", "exports", 2022, 8_300_000m), Volumes(body));

    // Within the clause, partners after the figure still count: a flow to several of them is no pair's.
    [Fact]
    public void SeveralPartnersAfterTheFigureStillMakeNoPair() =>
        Assert.Empty(Volumes("In 2022 Ghana exported US$8.3 million to Peru, Chile and Bolivia."));
}

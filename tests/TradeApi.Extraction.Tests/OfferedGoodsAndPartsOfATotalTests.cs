using TradeApi.Extraction;

namespace TradeApi.Extraction.Tests;

// Phenomena that the hundred-and-twenty-seventh round of unseen pages showed (bench/judged): goods counted by their lines and offered
// "worth" a sum, and the flows a total is split into after it. Sentences of our own.
public class OfferedGoodsAndPartsOfATotalTests
{
    private static ExtractionResult Doc(string body) => PhenomenaTests.Doc(body, "Ghana and Peru", "ACCRA, May 5, 2021 - ");

    // "ready to supply the Iranian market with 75 additional commodity items worth about US$250 million in order to further increase the
    // volume of mutual trade": an offer of goods is no trade goal, nor a level.
    [Theory]
    [InlineData("Ghana is ready to supply the Peruvian market with 75 additional commodity items worth about US$250 million in order to further increase the volume of mutual trade.")]
    [InlineData("Ghana is eager to increase exports to Peru on 75 commodity positions worth nearly $250 million.")]
    [InlineData("Ghana exported 40 product lines valued at $250 million to Peru in 2020.")]
    public void GoodsCountedByTheirLinesAreNoTrade(string body)
    {
        var r = Doc(body);
        Assert.Empty(r.Volumes);
        Assert.Empty(r.Targets);
    }

    // A goal of the trade itself in the same words stays one.
    [Fact]
    public void AGoalOfTheTradeItselfStaysOne() =>
        Assert.Equal([("GHA", "PER", "total", (decimal?)250_000_000m)],
            Doc("Ghana is ready to increase its trade with Peru to about US$250 million.").Targets.Select(t => (t.Reporter, t.Partner, t.Flow, t.Value)));

    // "trade between Egypt and Sudan last year reached $862 million, $496 million of which were Egyptian exports to Sudan and $366
    // million were imports": each part is its flow.
    [Theory]
    [InlineData("of which were")]
    [InlineData("of which was")]
    public void PartsOfATotalNamedAsFlowsAreThoseFlows(string ofWhich) =>
        Assert.Equal([("GHA", "PER", "total", 862_000_000m), ("GHA", "PER", "exports", 496_000_000m), ("GHA", "PER", "imports", 366_000_000m)],
            Doc($"Trade between Ghana and Peru last year reached $862 million, $496 million {ofWhich} Ghanaian exports to Peru and $366 million were imports.")
                .Volumes.Select(v => (v.Reporter, v.Partner, v.Flow, v.Value)));
}

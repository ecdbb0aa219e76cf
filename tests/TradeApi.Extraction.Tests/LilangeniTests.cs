using TradeApi.Extraction;

namespace TradeApi.Extraction.Tests;

// A phenomenon that the hundred-and-twelfth round of unseen pages showed (bench/judged): Eswatini's papers write the lilangeni "E"
// against the number ("E27.4 billion"), as South African ones write the rand "R"; releases write its code, SZL. Sentences of our own.
public class LilangeniTests
{
    private static ExtractionResult Doc(string body) => PhenomenaTests.Doc(body, "Trade news", "MBABANE, March 3, 2025 - ");

    [Theory]
    [InlineData("Eswatini exported goods worth E27.4 billion to South Africa in 2024.")]
    [InlineData("Eswatini's exports to South Africa reached SZL 27.4 billion in 2024.")]
    public void TheLilangeniIsRead(string body)
    {
        var v = Assert.Single(Doc(body).Volumes);
        Assert.Equal(("SWZ", "ZAF", 2024, 27_400_000_000m, "SZL"), (v.Reporter, v.Partner, v.Year, v.Value, v.Currency));
    }

    // Beside the rand in the same text, each keeps its own mark.
    [Fact]
    public void TheLilangeniAndTheRandStayApart()
    {
        var r = Doc("In 2023 Eswatini exported goods worth E25.28 billion to South Africa. In 2023 South Africa's exports to Eswatini reached R29.63 billion.");
        Assert.Equal(["SZL", "ZAR"], r.Volumes.OrderBy(v => v.Value).Select(v => v.Currency));
    }
}

using TradeApi.Extraction;

namespace TradeApi.Extraction.Tests;

public class MalformedInputTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   \n\n  ")]
    [InlineData("\u201cTrade between Peru and Chile reached $7 billion in 2021.")]
    [InlineData("$$$ € £ ¥ 1,2,3,,, billion billion . . . \"\"\" ”“")]
    public void OddTextGivesAResultNotAnException(string? text)
    {
        var r = Extractor.Extract(text);
        Assert.NotNull(r);
        Assert.All(r.Volumes, v => Assert.True(v.Evidence.End <= (text ?? "").Length));
    }

    [Fact]
    public void UnbalancedQuoteStillFindsTheFigure()
    {
        var r = Extractor.Extract("Title\n\n“Trade between Peru and Chile reached $7 billion in 2021, he said.\n");
        Assert.Equal(7_000_000_000m, Assert.Single(r.Volumes).Value);
    }

    [Fact]
    public void BinaryNoiseGivesNoFacts()
    {
        var bytes = new byte[100_000];
        new Random(42).NextBytes(bytes);
        var text = string.Concat(bytes.Select(b => (char)b));
        var r = Extractor.Extract(text);
        Assert.Empty(r.Targets);
    }

    [Fact]
    public void TenMegabytesOnOneLineFinishes()
    {
        var sentence = "Trade between Peru and Chile reached $7 billion in 2021 and officials met again ";
        var text = string.Concat(Enumerable.Repeat(sentence, 10 * 1024 * 1024 / sentence.Length));
        var r = Extractor.Extract(text);
        Assert.Empty(r.Targets);
    }
}

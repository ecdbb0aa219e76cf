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

    // "In January-April 2011 USD 96 mln": a year followed by a currency code reads as "2011 USD" and the amount after it starts inside
    // that reading; the two once overlapped and the extractor threw (a 500 through the API). The amount is read, the year is not.
    [Fact]
    public void AYearBeforeACurrencyCodeIsNoAmount()
    {
        var r = Extractor.Extract("Title\n\nGeorgia's exports to Azerbaijan were in 2011 USD 960 mln, the statistics office said.\n");
        var v = Assert.Single(r.Volumes);
        Assert.Equal(("GEO", "AZE", "exports", 2011, 960_000_000m, "USD"), (v.Reporter, v.Partner, v.Flow, v.Year, v.Value, v.Currency));
        Assert.NotNull(Extractor.Extract("Title\n\nIn January-April 2011 USD 96 mln worth of goods were imported from Georgia into Azerbaijan.\n"));
    }

    [Fact]
    public void AnAmountIsNotReplacedByANumberStartingInsideIt()
    {
        var r = Extractor.Extract("Title\n\nGeorgia's exports to Azerbaijan reached 1.5 billion USD 96 days after the deal, in 2011.\n");
        Assert.Equal(1_500_000_000m, Assert.Single(r.Volumes).Value);
    }

    // Sentences put together at random from the pieces figures are written with (years, codes, marks, scales, brackets, names): every
    // one gives a result, and no two mentions a fact quotes overlap.
    [Fact]
    public void FiguresPutTogetherAtRandomGiveResultsNotExceptions()
    {
        string[] pieces =
        [
            "2011", "USD", "US$", "$", "96", "1.2", "1,345", "mln", "billion", "bn", "trillion", "Sh", "KSh", "R", "N", "€", "£", "¥", "Rs",
            "SR", "Dh", "GH₵", "(", ")", ",", ".", "–", "-", "in", "to", "from", "of", "exports", "imports", "trade", "Kenya", "Georgia's",
            "Azerbaijan", "the", "2018's", "last year", "January-April", "between 7 October and 31 December", "it", "reached", "amounted to",
        ];
        var random = new Random(7);
        for (var n = 0; n < 3000; n++)
        {
            var words = Enumerable.Range(0, random.Next(3, 25)).Select(_ => pieces[random.Next(pieces.Length)]);
            var text = "Title\n\n" + string.Join(random.Next(3) == 0 ? "" : " ", words) + ".\n";
            var r = Extractor.Extract(text);
            Assert.All(r.Volumes, v => Assert.True(v.Evidence.Start >= 0 && v.Evidence.End <= text.Length, text));
        }
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

using TradeApi.Extraction;

namespace TradeApi.Extraction.Tests;

// Phenomena that the ninety-sixth round of unseen pages showed (bench/judged): "riyals" between two countries that both write the word,
// the letter marks of the Omani rial and of the Gulf's and Libya's dinars, a goal's base dated "this year", and the month in which a
// figure was reported read as the figure's period. Each on sentences of our own.
public class GulfUnitsBasesAndSaidMonthsTests
{
    private static ExtractionResult Doc(string body, string title = "Trade news", string dateline = "") =>
        PhenomenaTests.Doc(body, title, dateline);

    // "riyals" between Qatar and Oman: Qatar's, whose currency is spelled so (Oman's is the rial); "rials" there are Oman's.
    [Theory]
    [InlineData("Trade between Qatar and Oman rose to 3.8 billion riyals in 2017.", "QAR")]
    [InlineData("Trade between Oman and Qatar rose to 3.8 billion riyals in 2017.", "QAR")]
    [InlineData("Trade between Yemen and Qatar rose to 3.8 billion riyals in 2017.", "QAR")]
    [InlineData("Trade between Qatar and Oman rose to 3.8 billion rials in 2017.", "OMR")]
    [InlineData("Trade between Qatar and Oman rose to 3.8 billion Saudi riyals in 2017.", "SAR")]
    // Both sides' currencies spelled so: the word's first reading stays, whichever side is named first.
    [InlineData("Trade between Saudi Arabia and Qatar rose to 3.8 billion riyals in 2017.", "SAR")]
    [InlineData("Trade between Qatar and Saudi Arabia rose to 3.8 billion riyals in 2017.", "SAR")]
    public void RiyalsBetweenTwoCountriesThatWriteTheWordAreTheOnesSpelledSo(string body, string currency)
    {
        var v = Assert.Single(Doc(body).Volumes);
        Assert.Equal((2017, 3_800_000_000m, currency), (v.Year, v.Value, v.Currency));
    }

    // "RO 1,113.3 million", "KD 50 million", "BD1.2 billion", "JD832 million", "LD 900 million": the letters before the number are the
    // currency's mark.
    [Theory]
    [InlineData("Trade between Oman and India reached RO 1,113.3 million in 2023.", "OMR", 1_113_300_000)]
    [InlineData("Trade between Kuwait and India reached KD 50 million in 2023.", "KWD", 50_000_000)]
    [InlineData("Trade between Bahrain and India reached BD1.2 billion in 2023.", "BHD", 1_200_000_000)]
    [InlineData("Trade between Jordan and India reached JD832 million in 2023.", "JOD", 832_000_000)]
    [InlineData("Trade between Libya and India reached LD 900 million in 2023.", "LYD", 900_000_000)]
    [InlineData("Trade between Libya and India reached LD. 900 million in 2023.", "LYD", 900_000_000)]
    public void LettersBeforeANumberMarkTheDinarOrTheRial(string body, string currency, long value)
    {
        var v = Assert.Single(Doc(body).Volumes);
        Assert.Equal((2023, (decimal)value, currency), (v.Year, v.Value, v.Currency));
    }

    // The same letters inside a word or after one are no mark: "PROD 5 million", "CBD 5 million".
    [Theory]
    [InlineData("Trade between Oman and India reached PRO 900 million in 2023.")]
    [InlineData("Trade between Kuwait and India reached CKD 900 million in 2023.")]
    public void TheLettersInsideAWordAreNoMark(string body) => Assert.Empty(Doc(body).Volumes);

    // "aim to increase trade volume from $569 million this year to $1 billion in 2016": the words before the base govern the figure
    // after it, past the base's "this year" as past "last year"; the goal's year is no level's.
    [Theory]
    [InlineData("Turkey and Kuwait aim to increase trade volume from $569 million this year to $1 billion in 2016.")]
    [InlineData("Turkey and Kuwait aim to increase trade volume from $569 million last year to $1 billion in 2016.")]
    [InlineData("Turkey and Kuwait aim to increase trade volume from $569 million in 2014 to $1 billion in 2016.")]
    public void AGoalFromABaseOfThisYearIsAGoal(string body)
    {
        var r = Doc(body);
        var t = Assert.Single(r.Targets);
        Assert.Equal((1_000_000_000m, (int?)2016), (t.Value, t.ByYear));
        Assert.DoesNotContain(r.Volumes, v => v.Year == 2016);
    }

    // "In August, the media reported that Brunei was Malaysia's sixth largest trading partner in 2023, with a total trade of US$2.04
    // billion": the month before the words of saying is when it was said; the figure is of the year the report names.
    [Theory]
    [InlineData("In August, the media reported that Brunei was Malaysia's sixth largest trading partner in 2023, with a total trade of US$2.04 billion.")]
    [InlineData("In August, the minister said that Brunei was Malaysia's sixth largest trading partner in 2023, with a total trade of US$2.04 billion.")]
    [InlineData("In August, officials reported that Brunei would be Malaysia's sixth largest trading partner in 2023, with a total trade of US$2.04 billion.")]
    public void AMonthOfSayingIsNoPeriodOfTheFigure(string body)
    {
        var v = Assert.Single(Doc(body, "Malaysia and Brunei").Volumes);
        Assert.Equal((2023, 2_040_000_000m, "USD"), (v.Year, v.Value, v.Currency));
    }

    // A month in what is said is the figure's period still: "In August, the media reported that in July 2023 Brunei was ..."; so is a
    // month before the saying when what is said names no year of its own.
    [Theory]
    [InlineData("In August, the media reported that in July 2023 Brunei was Malaysia's sixth largest trading partner, with a total trade of US$204 million.")]
    [InlineData("In August 2023, the media reported that Brunei was Malaysia's sixth largest trading partner, with a total trade of US$204 million.")]
    public void AMonthOfTheReportedFigureIsItsPeriod(string body) => Assert.Empty(Doc(body, "Malaysia and Brunei").Volumes);
}

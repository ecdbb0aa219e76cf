using TradeApi.Extraction;

namespace TradeApi.Extraction.Tests;

// Phenomena that the fifty-fourth round of unseen pages showed (bench/judged): figures listed "respectively" after a list of countries;
// a ranking that goes on after a figure ("followed by Sudan with ..."), and one whose owner nobody names; a month's figure opened by
// "During"; a wire's credit in brackets that ends in the date; amounts with two scales ("779 thousand 300 million dollars"); a base with
// no year of its own ("compared to $3.74 billion") and one dated from the year just named ("a year earlier"); January to December as a
// whole year; "the total trade" of the pair the sentence spoke of; a country's relative clause ("China, whose shipments to that market").
// Each on sentences of our own.
public class RespectiveListsBasesAndWholeYearsTests
{
    private static ExtractionResult Doc(string body, string dateline = "AMMAN, March 3, 2023 - ", string title = "Trade news") =>
        PhenomenaTests.Doc(body, title, dateline);

    private static (string, string, string, int, decimal)[] Read(ExtractionResult r) =>
        [.. r.Volumes.Select(v => (v.Reporter, v.Partner, v.Flow, v.Year, v.Value))];

    // Each figure of a list closed by "respectively" goes with the country in the same place of the list before it.
    [Fact]
    public void FiguresListedRespectivelyGoWithTheirCountries()
    {
        var r = Doc("In 2022, Jordan imported goods from Iraq, Egypt, and Turkey at a value of $386 million, $311 million, and $255 million, respectively.");
        Assert.Equal([("JOR", "IRQ", "imports", 2022, 386_000_000m), ("JOR", "EGY", "imports", 2022, 311_000_000m), ("JOR", "TUR", "imports", 2022, 255_000_000m)], Read(r));
        r = Doc("Jordan's trade with Iraq and Egypt came to $900 million and $400 million respectively in 2022.");
        Assert.Equal([("JOR", "IRQ", "total", 2022, 900_000_000m), ("JOR", "EGY", "total", 2022, 400_000_000m)], Read(r));
    }

    // "X topped the countries receiving Jordanian exports with $A, followed by Y with $B and Z at $C": each country ranked after a
    // figure is ranked in its own right, in the ranking's direction with its owner.
    [Fact]
    public void ARankingGoesOnAfterAFigure()
    {
        var r = Doc("Saudi Arabia topped the countries receiving Jordanian exports in 2022 with a value of $961 million, followed by Iraq with $827 million and India at $757 million.");
        Assert.Equal([("JOR", "SAU", "exports", 2022, 961_000_000m), ("JOR", "IRQ", "exports", 2022, 827_000_000m), ("JOR", "IND", "exports", 2022, 757_000_000m)], Read(r));
    }

    // With no ranking named, the country after the figure before takes that figure's partner's place.
    [Theory]
    [InlineData("Jordan's exports to Saudi Arabia reached $1.2 billion in 2022, followed by Iraq with $827 million.")]
    [InlineData("Saudi Arabia was Jordan's largest export market in 2022 with $1.2 billion, followed by Iraq with $827 million.")]
    public void TheNextCountryOfARankingTakesThePartnersPlace(string body)
    {
        var r = Doc(body);
        Assert.Equal([("JOR", "SAU", "exports", 2022, 1_200_000_000m), ("JOR", "IRQ", "exports", 2022, 827_000_000m)], Read(r));
    }

    // A ranking of traders ("the largest exporter to Kenya") has reporters for items: the next one is not the first's partner.
    [Fact]
    public void TheNextTraderOfARankingIsNoPartner() =>
        Assert.DoesNotContain(Read(Doc("China was the largest exporter to Kenya in 2022 with $5 billion, followed by India with $3 billion.", "NAIROBI, March 3, 2023 - ")),
            v => v.Item1 == "CHN" && v.Item2 == "IND");

    // A ranking whose owner no sentence names ("topped the list"): its countries are neither the traders of the flow nor each other's
    // partners.
    [Theory]
    [InlineData("In 2022 Saudi Arabia topped the list with exports worth $1.2 billion, followed by Iraq at $929 million.")]
    [InlineData("In 2022 Saudi Arabia topped the list with exports worth $1.2 billion, followed by Iraq at $929 million, India with $822 million and Egypt at $718 million.")]
    [InlineData("Jordan's exports to Arab countries rose in 2022. Saudi Arabia topped the list with exports worth $1.2 billion, followed by Iraq at $929 million, Egypt with $822 million and Libya at $718 million.")]
    public void ARankingWithoutOwnerStatesNoTrade(string body) => Assert.Empty(Doc(body, title: "Jordan trade").Volumes);

    // A figure for one month, opened by "During" as by "In", is no year's.
    [Theory]
    [InlineData("During December 2022, trade between Jordan and Iraq was worth $61 million.")]
    [InlineData("In December 2022, trade between Jordan and Iraq was worth $61 million.")]
    public void AMonthsFigureIsNoYears(string body) => Assert.Empty(Doc(body).Volumes);

    [Fact]
    public void AYearOpenedByDuringStillDates() =>
        Assert.Equal([("JOR", "IRQ", "total", 2022, 61_000_000m)], Read(Doc("During 2022, trade between Jordan and Iraq was worth $61 million.")));

    // "WASHINGTON (Some Wire / Agency - 11th December, 2019) ...": a wire's credit in brackets that ends in the date dates the text, and is
    // no year of the sentence it opens (a current level there is still no year's).
    [Fact]
    public void AWiresCreditInBracketsDatesTheText()
    {
        var lastYear = Doc("Trade between Jordan and Iraq reached $2.7 billion last year, the minister said.", "BAGHDAD (Sample News / Wire - 11th December, 2019) ");
        Assert.Equal([("JOR", "IRQ", "total", 2018, 2_700_000_000m)], Read(lastYear));
        var now = Doc("Trade between Jordan and Iraq has grown by a third and now stands at $2.7 billion, the minister said.", "BAGHDAD (Sample News / Wire - December 11, 2019) ");
        Assert.Empty(now.Volumes);
    }

    // Two scales in one amount: a sum ("5 trillion 311 billion"), or thousands of the second scale ("779 thousand 300 million", Spanish
    // "779 mil 300 millones" put into English).
    [Theory]
    [InlineData("779 thousand 300 million dollars", 779_300_000_000)]
    [InlineData("454 thousand 900 million dollars", 454_900_000_000)]
    [InlineData("1 trillion 311 billion US dollars", 1_311_000_000_000)]
    [InlineData("$5 billion 300 million", 5_300_000_000)]
    [InlineData("USD 12 thousand 50 million", 12_050_000_000)]
    public void AnAmountWithTwoScales(string amount, long value)
    {
        var v = Assert.Single(Doc($"Exports from Mexico to the United States reached {amount} in 2022.").Volumes);
        Assert.Equal(("MEX", "USA", "exports", 2022, (decimal)value), (v.Reporter, v.Partner, v.Flow, v.Year, v.Value));
    }

    // A second part that does not fit the first's scale ("2 million 5 billion", "5 crore 300 million": more than a crore) makes no
    // amount of the two.
    [Theory]
    [InlineData("Exports from Mexico to the United States reached $2 million 5 billion in 2022.", 5_002_000_000)]
    [InlineData("Exports from India to Nepal reached Rs 5 crore 300 million in 2022.", 350_000_000)]
    public void ScalesThatDoNotFitAreNoOneAmount(string body, long sum) =>
        Assert.DoesNotContain(Doc(body).Volumes, v => v.Value == sum);

    // A base with no year of its own is some earlier period's: no fact; one dated from the year just named ("a year earlier", "the
    // previous year") is that year's.
    [Theory]
    [InlineData("Jordan's imports from Turkey fell to $3.72 billion in 2022, compared to $3.74 billion.", null)]
    [InlineData("Jordan's imports from Turkey rose to $3.72 billion in 2022, versus $3.1 billion.", null)]
    [InlineData("Jordan's imports from Turkey rose 14% to $3.72 billion in 2022, up from $3.1 billion a year earlier.", 2021)]
    [InlineData("Jordan's imports from Turkey rose to $3.72 billion in 2022, compared with $3.1 billion a year before.", 2021)]
    [InlineData("Jordan's imports from Turkey rose to $3.72 billion in 2022, compared with $3.1 billion the previous year.", 2021)]
    [InlineData("Jordan's imports from Turkey rose to $3.72 billion in 2022, compared with $3.1 billion in 2020.", 2020)]
    public void ABaseIsDatedOnlyByItsOwnWords(string body, int? baseYear)
    {
        var r = Read(Doc(body));
        Assert.Contains(("JOR", "TUR", "imports", 2022, 3_720_000_000m), r);
        if (baseYear is null) Assert.Single(r);
        else Assert.Contains(("JOR", "TUR", "imports", baseYear.Value, 3_100_000_000m), r);
    }

    // In a text with no date, "a year earlier" still names the year before the one just named (and "a year" there is no rate).
    [Theory]
    [InlineData("Jordan's imports from Turkey rose 14% to $3.72 billion in 2022, up from $3.1 billion a year earlier.")]
    [InlineData("Jordan's imports from Turkey rose to $3.72 billion in 2022, compared with $3.1 billion a year before.")]
    public void AYearEarlierInAnUndatedText(string body) =>
        Assert.Contains(("JOR", "TUR", "imports", 2021, 3_100_000_000m), Read(Doc(body, dateline: "")));

    // A figure that names its own flow after "against" is no base: "exports were valued at $5.7 billion against $22.8 billion imports".
    [Fact]
    public void AFigureWithItsOwnFlowIsNoBase() =>
        Assert.Contains(("JOR", "TUR", "imports", 2022, 22_800_000_000m),
            Read(Doc("In 2022, Jordanian exports were valued at $5.7 billion against $22.8 billion imports from Turkey.")));

    // "$11 billion a year" is a rate; "a year earlier" is no rate.
    [Fact]
    public void ARateIsNoYearEarlier() =>
        Assert.Empty(Doc("Jordan's exports to Turkey come to about $1.1 billion a year.").Volumes);

    // January to December is a whole year, however it is put, and "the same period" after it is that of another year.
    [Theory]
    [InlineData("Between January and December 2011, Indian exports to China went up to $23.4 billion.")]
    [InlineData("In January-December 2011, Indian exports to China went up to $23.4 billion.")]
    [InlineData("Indian exports to China went up to $23.4 billion from January to December of 2011.")]
    [InlineData("The trade deficit from January to December of 2011 piled up to $27.07 billion even though Indian exports to China went up to $23.4 billion, up 12 per cent compared to the same period in year 2010.")]
    public void JanuaryToDecemberIsAWholeYear(string body) =>
        Assert.Equal([("IND", "CHN", "exports", 2011, 23_400_000_000m)], Read(Doc(body, "NEW DELHI, March 3, 2012 - ")));

    // Not a part of a year that a later figure names of its own.
    [Fact]
    public void AWholeYearDoesNotCoverAPartNamedLater() =>
        Assert.Equal([("IND", "CHN", "total", 2011, 70_000_000_000m)],
            Read(Doc("From January to December 2011 India's trade with China was $70 billion, and in the first quarter of 2012 Indian exports to China were $5 billion.", "NEW DELHI, June 3, 2012 - ")));

    // "$1.5 billion, which is 16 percent more than from January through December 2003 ($1.3 billion)": the whole year compared with is
    // the bracketed figure's, not the one compared; "from January through December 2003" alone is the figure's own period.
    [Fact]
    public void AWholeYearComparedWithIsTheOtherFiguresYear()
    {
        Assert.Equal([("IND", "CHN", "exports", 2003, 1_300_000_000m)],
            Read(Doc("Indian exports to China amounted to $1.5 billion, which is 16 percent more than from January through December 2003 ($1.3 billion).", "NEW DELHI, October 6, 2004 - ")));
        Assert.Equal([("IND", "CHN", "exports", 2003, 1_500_000_000m)],
            Read(Doc("Indian exports to China amounted to $1.5 billion, from January through December 2003.", "NEW DELHI, October 6, 2004 - ")));
    }

    // A later figure with a year of its own keeps it; one with a part of a year of its own is a part of a year.
    [Theory]
    [InlineData("From January to December 2011 India's trade with China was $70 billion, and in 2012 Indian exports to China were $25 billion.", 2012)]
    [InlineData("From January to December 2011 India's trade with China was $70 billion, and in the last quarter Indian exports to China were $5 billion.", null)]
    public void AWholeYearLeavesALaterFiguresOwnPeriod(string body, int? year)
    {
        var r = Read(Doc(body, "NEW DELHI, June 3, 2013 - "));
        Assert.Contains(("IND", "CHN", "total", 2011, 70_000_000_000m), r);
        if (year is null) Assert.Single(r);
        else Assert.Contains(("IND", "CHN", "exports", year.Value, 25_000_000_000m), r);
    }

    // "compared to the same period in year 2010": the year of the period compared with dates no figure.
    [Fact]
    public void TheSamePeriodInYearIsComparedWith() =>
        Assert.Equal([("IND", "CHN", "exports", 2011, 23_400_000_000m)],
            Read(Doc("In 2011 Indian exports to China went up to $23.4 billion, a growth of 12 per cent compared to the same period in year 2010.", "NEW DELHI, March 3, 2012 - ")));

    // "rose by $12.2 billion compared to 2010 when the total trade was $61.7 billion": the total of the pair the sentence speaks of.
    [Fact]
    public void TheTotalTradeIsThePairsTheSentenceSpeaksOf() =>
        Assert.Contains(("IND", "CHN", "total", 2010, 61_700_000_000m),
            Read(Doc("India-China trade rose by $12.2 billion compared to 2010 when the total trade was $61.7 billion.", "NEW DELHI, March 3, 2012 - ")));

    // "after China, whose shipments to that market amounted to": the country of the relative clause trades, "that market" is the one
    // named before it.
    [Fact]
    public void AFlowInACountrysRelativeClauseIsThatCountrys() =>
        Assert.Equal([("CHN", "USA", "exports", 2022, 536_000_000_000m)],
            Read(Doc("Vietnam became the third largest supplier of goods to the United States in 2022, after China, whose shipments to that market amounted to $536 billion.")));

    // After a list item of a part of a year ("between January and May this year"), a later item with no period of its own ("comes third
    // at") is not the title's year's.
    [Fact]
    public void AListItemAfterAPartOfAYearIsNoYears() =>
        Assert.Empty(Doc("Iraq tops the list of Jordan's export destinations, with approximately $210 million between January and May this year. Jordan's exports to Egypt follow with about $150 million. The Netherlands comes third at $120 million.",
            dateline: "", title: "Iraq and Egypt top destinations for Jordan's exports in 2019").Volumes);
}

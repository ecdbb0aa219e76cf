using TradeApi.Extraction;

namespace TradeApi.Extraction.Tests;

// Phenomena that the sixty-second round of unseen pages showed (bench/judged): a relative year a text with no date cannot resolve
// ("fell last year to about $500mn"), dated by another year of the sentence; the present level in a relative clause after an aim
// ("seeks to increase trade ..., which stands at $1.5 billion annually") read as the goal; a level over a span of years ("From 2010 to
// 2016, trade ... amounted to $3.86 billion") dated by its last year; currency codes of the Arab states ("JOD832 million"); bare numbers
// after a conversion in brackets ("832 million dinars, about ($1.2 billion)") read in the conversion's dollars; a decimal spelled out
// ("seven-point-three billion dollars"); a list of countries counted in the next sentence ("the five countries ... respectively").
// Each on sentences of our own.
public class RelativeYearsSpansAndCountedListsTests
{
    private static ExtractionResult Doc(string body, string title = "Egypt and Sudan trade", string dateline = "") =>
        PhenomenaTests.Doc(body, title, dateline);

    private static (string, string, string, int, decimal, string)[] Levels(ExtractionResult r) =>
        [.. r.Volumes.Select(v => (v.Reporter, v.Partner, v.Flow, v.Year, v.Value, v.Currency))];

    // Undated, "last year" dates nothing, and no other year of the sentence stands in for it; dated, it is the year before.
    [Theory]
    [InlineData("", new[] { 2011 })]
    [InlineData("CAIRO, May 1, 2013 - ", new[] { 2011, 2012 })]
    public void AnUnresolvedRelativeYearDatesNothing(string dateline, int[] years) =>
        Assert.Equal(years, Doc("Trade between Egypt and Sudan amounted to $731 million in 2011, but fell last year to about $500 million.", dateline: dateline).Volumes.Select(v => v.Year));

    [Fact]
    public void AnUnresolvedThisYearDatesNothing() =>
        Assert.Equal([2011], Doc("Trade between Egypt and Sudan amounted to $731 million in 2011 and has reached $900 million this year.").Volumes.Select(v => v.Year));

    // A relative clause stating where trade is now is the starting point of the aim, not its goal.
    [Theory]
    [InlineData("The company seeks to increase the volume of trade between Egypt and Sudan, which stands at $1.5 billion annually.")]
    [InlineData("The two sides aim to raise bilateral trade, which currently stands at about $1.5 billion.")]
    [InlineData("The ministers want to boost trade between Egypt and Sudan, which is now $1.5 billion.")]
    public void APresentLevelAfterAnAimIsNoGoal(string body) => Assert.Empty(Doc(body, dateline: "CAIRO, December 13, 2023 - ").Targets);

    [Fact]
    public void TheGoalAfterThePresentLevelIsStillAGoal()
    {
        var t = Assert.Single(Doc("The company seeks to increase trade between Egypt and Sudan, which stands at $1.5 billion, to $3 billion by 2026.", dateline: "CAIRO, December 13, 2023 - ").Targets);
        Assert.Equal((3_000_000_000m, 2026), (t.Value, t.ByYear));
    }

    // A level over a span of years is their sum; a level reached over a span is its last year's; years named after it still date figures.
    [Fact]
    public void ALevelOverASpanOfYearsIsNoYears()
    {
        var r = Doc("From 2010 to 2016, trade between both countries amounted to $3.86 billion, marking its highest value in 2010 at $629 million, and its lowest in 2012 at $473 million.", dateline: "CAIRO, October 22, 2018 - ");
        Assert.Equal([(2010, 629_000_000m), (2012, 473_000_000m)], r.Volumes.Select(v => (v.Year, v.Value)));
        Assert.Empty(Doc("Between 2015 and 2016, trade between Egypt and Sudan stood at $3.86 billion.", dateline: "CAIRO, October 22, 2018 - ").Volumes);
        Assert.Empty(Doc("Between 2015 and 2017 Egypt's exports to Sudan totalled $3.86 billion.", dateline: "CAIRO, October 22, 2018 - ").Volumes);
        Assert.Empty(Doc("From 2015 to 2017, trade between Egypt and Sudan was $3.86 billion.", dateline: "CAIRO, October 22, 2018 - ").Volumes);
    }

    [Fact]
    public void ALevelReachedOverASpanIsItsLastYears() =>
        Assert.Equal([2016], Doc("From 2010 to 2016, trade between both countries grew sharply, reaching $3.86 billion.", dateline: "CAIRO, October 22, 2018 - ").Volumes.Select(v => v.Year));

    // The codes of the dinars and rials, written before or beside the number.
    [Theory]
    [InlineData("Trade between Jordan and Iraq increased to JOD832 million in 2023.", 832_000_000, "JOD")]
    [InlineData("Trade between Jordan and Iraq increased to OMR 1.2 billion in 2023.", 1_200_000_000, "OMR")]
    [InlineData("Trade between Jordan and Iraq increased to 450 million BHD in 2023.", 450_000_000, "BHD")]
    public void ArabCurrencyCodesAreRead(string body, long value, string currency) =>
        Assert.Equal([("JOR", "IRQ", "total", 2023, (decimal)value, currency)], Levels(Doc(body, "Jordan and Iraq")));

    // Bare numbers after a conversion in brackets of a unit not read are in that unit, not in the conversion's; after a figure in a
    // currency read they are in it.
    [Fact]
    public void BareNumbersAfterAConversionAreNotItsCurrency()
    {
        const string dateline = "AMMAN, April 18, 2024 - ";
        var r = Doc("Trade between Jordan and Iraq increased in 2023 to 832 million dinars, about ($1.2 billion), compared to 772 million in 2022 ($1.1 billion). The Kingdom's exports to Iraq reached 637 million, and its imports amounted to 195 million.", "Jordan and Iraq", dateline);
        Assert.DoesNotContain(r.Volumes, v => v.Flow != "total");
        r = Doc("Trade between Jordan and Iraq reached $832 million in 2023. The Kingdom's exports to Iraq reached 637 million, and its imports amounted to 195 million.", "Jordan and Iraq", dateline);
        Assert.Contains(("JOR", "IRQ", "exports", 2023, 637_000_000m, "USD"), Levels(r));
    }

    // A decimal spelled out with "point", as broadcasters write it.
    [Theory]
    [InlineData("seven-point-three billion dollars", 7_300_000_000)]
    [InlineData("twenty-one-point-zero-five billion dollars", 21_050_000_000)]
    [InlineData("three-point-six billion dollars", 3_600_000_000)]
    public void ADecimalSpelledOutIsRead(string amount, long value) =>
        Assert.Equal([("KOR", "PHL", "exports", 2016, (decimal)value, "USD")], Levels(Doc($"South Korea's exports to the Philippines amounted to {amount} in 2016.", "Korea and the Philippines")));

    // "The five countries are A, B, C, D and E. ... between South Korea and the five countries were w, x, y, z and v, respectively": each
    // figure is its country's; counted otherwise, the list is no one's.
    [Fact]
    public void AListCountedInTheNextSentenceGoesWithTheFigures()
    {
        const string first = "The five countries are Vietnam, Indonesia, Singapore, Malaysia and the Philippines. ";
        var r = Doc(first + "Last year, the bilateral trade volumes between South Korea and the five countries were US$68.3 billion, US$20 billion, US$19.8 billion, US$19.2 billion and US$15.6 billion, respectively.",
            "South Korea and its ASEAN partners", "SEOUL, June 3, 2019 - ");
        Assert.Equal([("KOR", "VNM", 68_300_000_000m), ("KOR", "IDN", 20_000_000_000m), ("KOR", "SGP", 19_800_000_000m), ("KOR", "MYS", 19_200_000_000m), ("KOR", "PHL", 15_600_000_000m)],
            r.Volumes.Select(v => (v.Reporter, v.Partner, v.Value)));
        Assert.All(r.Volumes, v => Assert.Equal(2018, v.Year));
        r = Doc(first + "Last year, the bilateral trade volumes between South Korea and the four countries were US$68.3 billion, US$20 billion, US$19.8 billion and US$19.2 billion, respectively.",
            "South Korea and its ASEAN partners", "SEOUL, June 3, 2019 - ");
        Assert.Empty(r.Volumes);
        r = Doc(first + "Last year, the bilateral trade volumes between South Korea and the three countries were US$68.3 billion, US$20 billion, US$19.8 billion, US$19.2 billion and US$15.6 billion, respectively.",
            "South Korea and its ASEAN partners", "SEOUL, June 3, 2019 - ");
        Assert.Empty(r.Volumes);
    }

    // The list stands where the count names it: before the other country, it is the first side.
    [Fact]
    public void ACountedListStandsWhereItIsCounted()
    {
        var r = Doc("The three countries are Vietnam, Indonesia and Singapore. Last year, trade between the three countries and South Korea was US$68.3 billion, US$20 billion and US$19.8 billion, respectively.",
            "South Korea and its ASEAN partners", "SEOUL, June 3, 2019 - ");
        Assert.Equal([("VNM", "KOR", 68_300_000_000m), ("IDN", "KOR", 20_000_000_000m), ("SGP", "KOR", 19_800_000_000m)], r.Volumes.Select(v => (v.Reporter, v.Partner, v.Value)));
    }
}

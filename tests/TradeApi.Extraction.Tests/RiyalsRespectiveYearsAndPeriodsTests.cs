using TradeApi.Extraction;

namespace TradeApi.Extraction.Tests;

// Phenomena that the eighty-first round of unseen pages showed (bench/judged): the riyal and the rial of several countries, years listed
// before figures closed by "respectively", "this period" after a span of years, the difference between exports and imports, a present
// level put as "which stands at just about", and the years before a year. Each on sentences of our own.
public class RiyalsRespectiveYearsAndPeriodsTests
{
    private static ExtractionResult Doc(string body, string title = "Qatar and Jordan", string dateline = "") =>
        PhenomenaTests.Doc(body, title, dateline);

    // "riyals" and "rials" with no nationality are the unit of the one side of the pair that has one; a figure written with no unit
    // right after such a figure is in it too.
    [Theory]
    [InlineData("Trade between Qatar and Jordan reached 895 million riyals in 2012.", "QAR")]
    [InlineData("Trade between Saudi Arabia and Jordan reached 895 million riyals in 2012.", "SAR")]
    [InlineData("Trade between Qatar and Jordan reached 895 million Saudi riyals in 2012.", "SAR")]
    [InlineData("Trade between Oman and India reached 895 million rials in 2012.", "OMR")]
    [InlineData("Trade between Iran and India reached 895 million rials in 2012.", "IRR")]
    public void ARiyalIsTheOneOfThePair(string body, string currency) =>
        Assert.Equal(currency, Assert.Single(Doc(body, "Trade news").Volumes).Currency);

    [Fact]
    public void AFigureWithNoUnitAfterARiyalIsInIt()
    {
        var r = Doc("However, the value of trade between Qatar and Jordan dropped to 802 million riyals in 2019, 660 million in 2020, and 624 million Qatari riyals in 2021.");
        Assert.Equal(3, r.Volumes.Count);
        Assert.All(r.Volumes, v => Assert.Equal("QAR", v.Currency));
    }

    // A list of figures after as many years listed before it goes one to one with the years; after a list of years of another length, no
    // figure of it is one year's.
    [Theory]
    [InlineData("Trade between Qatar and Jordan saw an increase in 2013 and 2014, reaching more than 1 billion Qatari riyals and 1.5 billion Qatari riyals, respectively.")]
    [InlineData("During 2013 and 2014, trade between Qatar and Jordan was 1 billion Qatari riyals and 1.5 billion Qatari riyals respectively.")]
    [InlineData("In 2013 and 2014, trade between Qatar and Jordan came to 1 billion Qatari riyals and 1.5 billion.")]
    public void YearsListedBeforeRespectiveFiguresGoOneToOne(string body)
    {
        var r = Doc(body);
        Assert.Equal(2013, Assert.Single(r.Volumes, v => v.Value == 1_000_000_000m).Year);
        Assert.Equal(2014, Assert.Single(r.Volumes, v => v.Value == 1_500_000_000m).Year);
    }

    [Fact]
    public void ThreeYearsAndThreeFigures()
    {
        var r = Doc("In 2019, 2020 and 2021, trade between Qatar and Jordan came to 802 million Qatari riyals, 660 million and 624 million, respectively.");
        Assert.Equal([(2019, 802_000_000m), (2020, 660_000_000m), (2021, 624_000_000m)], r.Volumes.Select(v => (v.Year, v.Value)).Order());
    }

    [Theory]
    [InlineData("In 2013 and 2014, it came to 1 billion Qatari riyals, 1.2 billion and 1.5 billion, respectively.")]
    [InlineData("In 2013 and 2014, it totaled 2.5 billion Qatari riyals.")]
    public void YearsAndFiguresOfOtherCountsDateNone(string second)
    {
        var v = Assert.Single(Doc($"Trade between Qatar and Jordan reached 900 million Qatari riyals in 2012. {second}").Volumes);
        Assert.Equal(2012, v.Year);
    }

    [Fact]
    public void TheSentenceAfterTheSumOfYearsHasNoYearEither() =>
        Assert.Empty(Doc("In 2013 and 2014, trade between Qatar and Jordan totaled 2.5 billion Qatari riyals. Qatar's exports to Jordan were 1 billion Qatari riyals.").Volumes);

    // "During this period" right after a sentence that names a span of years is that span, not its last year.
    [Fact]
    public void ThisPeriodAfterASpanOfYearsIsTheSpan() =>
        Assert.Empty(Doc("From 2012 to 2017, Qatar enjoyed a favourable trade balance with Jordan. During this period, Qatar's exports to Jordan amounted to about 5.35 billion Qatari riyals.").Volumes);

    [Fact]
    public void ThisPeriodAfterAYearIsTheYear()
    {
        var v = Assert.Single(Doc("In 2017, Qatar enjoyed a favourable trade balance with Jordan. During this period, Qatar's exports to Jordan amounted to about 5.35 billion Qatari riyals.").Volumes);
        Assert.Equal(2017, v.Year);
    }

    // The difference between exports and imports is a balance, no flow's level.
    [Theory]
    [InlineData("the difference between exports and imports")]
    [InlineData("the difference between the imports and the exports")]
    public void TheDifferenceBetweenExportsAndImportsIsABalance(string words)
    {
        var r = Doc($"In 2021, Qatar's exports to Jordan amounted to 466 million riyals, while its imports from Jordan were valued at 158 million riyals, bringing {words} to 308 million riyals.");
        Assert.Equal([466_000_000m, 158_000_000m], r.Volumes.Select(v => v.Value));
    }

    // A present level inside an aim's sentence, however hedged ("which stands at just about"), is no target.
    [Theory]
    [InlineData("just about")]
    [InlineData("only")]
    public void APresentLevelInAnAimIsNoTarget(string hedge)
    {
        var r = Doc($"\"Our objective is to expand our bilateral trade which stands at {hedge} US$7 billion today to expand that to US$10 billion,\" the President of the Philippines said of trade with Vietnam.", "Philippines and Vietnam");
        Assert.Equal(10_000_000_000m, Assert.Single(r.Targets).Value);
    }

    // The years before a year are no calendar year.
    [Theory]
    [InlineData("knowing that before 2011, it used to reach 2 billion dollars")]
    [InlineData("knowing that prior to 2011 it used to reach 2 billion dollars")]
    public void TheYearsBeforeAYearAreNone(string words) =>
        Assert.Empty(Doc($"\"Trade between Tunisia and Libya has recovered this year, {words}.\"", "Tunisia and Libya", "TUNIS, December 4, 2018 - ").Volumes);

    [Fact]
    public void AYearItselfStillDates()
    {
        var v = Assert.Single(Doc("\"Trade between Tunisia and Libya has recovered this year, knowing that in 2010 it reached 2 billion dollars.\"", "Tunisia and Libya", "TUNIS, December 4, 2018 - ").Volumes);
        Assert.Equal(2010, v.Year);
    }
}

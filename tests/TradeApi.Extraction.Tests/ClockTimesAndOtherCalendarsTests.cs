using TradeApi.Extraction;

namespace TradeApi.Extraction.Tests;

// Phenomena that the eightieth round of unseen pages showed (bench/judged): a page's date with its clock time after it, and a text that
// counts the years of another calendar. Each on sentences of our own.
public class ClockTimesAndOtherCalendarsTests
{
    private static ExtractionResult Extract(string text, string publishedOn) =>
        Extractor.Extract(text, DateOnly.Parse(publishedOn), null, null, floor: 0);

    // A date and its clock time ("17 February 2020 - 20:06") is no fiscal year written as a span ("2020-21"): the relative year after it
    // is a calendar year.
    [Theory]
    [InlineData("Publish Date: 17 February 2020 - 20:06")]
    [InlineData("Mon, 17 Feb 2020 - 09:15 GMT")]
    [InlineData("Posted 02/17/2020 - 20:06")]
    public void AClockTimeAfterADateIsNoSpanOfYears(string stamp)
    {
        var v = Assert.Single(Extract($"Iran and Oman\n\n{stamp}\n\nTrade between Iran and Oman reached $1.16 billion last year, the head of the joint chamber said.\n", "2020-02-17").Volumes);
        Assert.Equal((2019, 1_160_000_000m), (v.Year, v.Value));
    }

    [Fact]
    public void AFiscalYearAsASpanStillIsOne() =>
        Assert.Empty(Extract("Iran and Oman\n\nIn 2019-20: trade between Iran and Oman reached $1.16 billion, the chamber said.\n", "2020-06-17").Volumes);

    [Fact]
    public void AFiscalYearAsASpanStillMakesTheYearAfterItFiscal() =>
        Assert.Empty(Extract("Iran and Oman\n\nThe chamber reported its figures for 2019-20.\n\nLast year, trade between Iran and Oman reached $1.16 billion, the chamber said.\n", "2020-06-17").Volumes);

    // A text that counts the years of another calendar ("the current Iranian calendar year", which begins in March) means that
    // calendar's year by "last year" soon after: no calendar year.
    [Theory]
    [InlineData("the current Iranian calendar year")]
    [InlineData("the current Iranian year")]
    [InlineData("the current Persian calendar year")]
    [InlineData("the current Hijri year")]
    public void TheYearOfAnotherCalendarIsNoCalendarYear(string period)
    {
        var r = Extract($"Iran and Oman\n\nTrade between Iran and Oman is expected to grow by the end of {period}, the chamber said. Last year, the trade between the two countries reached $1.336 billion, up 57 percent.\n", "2022-06-15");
        Assert.Empty(r.Volumes);
    }

    [Fact]
    public void WithoutAnotherCalendarLastYearIsTheCalendarYear()
    {
        var r = Extract("Iran and Oman\n\nTrade between Iran and Oman is expected to grow by the end of the current year, the chamber said. Last year, the trade between the two countries reached $1.336 billion, up 57 percent.\n", "2022-06-15");
        Assert.Equal(2021, Assert.Single(r.Volumes).Year);
    }
}

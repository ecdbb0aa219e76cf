using TradeApi.Extraction;

namespace TradeApi.Extraction.Tests;

// Phenomena that the sixty-seventh round of unseen pages showed (bench/judged): a yearly growth rate after a percentage ("boost the trade
// volume by 30% on an annual basis") read as a one-time multiple of the trade. Each on sentences of our own.
public class YearlyRatesTests
{
    private static ExtractionResult Doc(string body, string title = "Bulgaria and Türkiye", string dateline = "SOFIA, March 25, 2023 - ") =>
        PhenomenaTests.Doc(body, title, dateline);

    // A percentage each year is a rate of growth, not a multiple of the trade.
    [Theory]
    [InlineData("Bulgaria aims to boost the trade volume with Türkiye by 30% on an annual basis, the minister said.")]
    [InlineData("Bulgaria aims to boost the trade volume with Türkiye by 30 percent annually, the minister said.")]
    [InlineData("Bulgaria aims to increase trade with Türkiye by 30 per cent a year, the minister said.")]
    [InlineData("Bulgaria aims to increase trade with Türkiye by 30% each year until 2030, the minister said.")]
    [InlineData("Bulgaria aims to increase trade with Türkiye by 30%, year-on-year, the minister said.")]
    [InlineData("Bulgaria aims to increase trade with Türkiye by a third every year, the minister said.")]
    public void AYearlyRateIsNoMultiple(string body) =>
        Assert.Empty(Doc(body).Targets);

    // A one-time increase stays a goal, also when the year it starts from is named after it.
    [Theory]
    [InlineData("Bulgaria aims to boost the trade volume with Türkiye by 30% in the next three years, the minister said.", 1.3)]
    [InlineData("Bulgaria aims to boost the trade volume with Türkiye by 30% a year later than planned, the minister said.", 1.3)]
    [InlineData("Bulgaria aims to boost the trade volume with Türkiye fivefold on an annual basis, the minister said.", 5)]
    public void AOneTimeIncreaseIsAGoal(string body, double multiple)
    {
        var t = Assert.Single(Doc(body).Targets);
        Assert.Equal((decimal)multiple, t.Multiplier);
    }
}

using TradeApi.Extraction;

namespace TradeApi.Extraction.Tests;

// Phenomena that the hundred-and-fourth round of unseen pages showed (bench/judged): trade between two dates of two years (a border's
// first nine months open), and a level at a point within a year ("in late 2021"), read as calendar years. Sentences of our own.
public class SpansBetweenDatesAndPointsInAYearTests
{
    private static ExtractionResult Doc(string body) => PhenomenaTests.Doc(body, "Trade news", "BOGOTA, July 27, 2023 - ");

    // The first date may carry its year and a clause set off by commas; the span is no year's level, and the year's figure after it stays.
    [Theory]
    [InlineData("Trade between Colombia and Venezuela reached $143.8 million between September 26, 2022 and June 30, 2023.")]
    [InlineData("Trade between Colombia and Venezuela reached $143.8 million between September 26, 2022, when the border reopened, and on June 30, 2023.")]
    [InlineData("Trade between Colombia and Venezuela reached $143.8 million from September 26, 2022, when the border reopened, to June 30, 2023.")]
    public void TradeBetweenTwoDatesIsNoYears(string body)
    {
        var v = Assert.Single(Doc(body + " Trade between Colombia and Venezuela was $1 billion in 2021.").Volumes);
        Assert.Equal((2021, 1_000_000_000m), (v.Year, v.Value));
    }

    // A clause set off by commas after a whole year, naming a month, leaves the year's level alone.
    [Fact]
    public void AClauseNamingAMonthAfterAYearKeepsTheYear()
    {
        var v = Assert.Single(Doc("Trade between Colombia and Venezuela reached $1 billion in 2022, when the border reopened in September, and grew in 2023.").Volumes);
        Assert.Equal((2022, 1_000_000_000m), (v.Year, v.Value));
    }

    [Theory]
    [InlineData("Trade between Fiji and New Zealand stood at $542 million in mid-2021.")]
    [InlineData("Trade between Fiji and New Zealand rose from $542 million in late 2021 to $1.41 billion in the most recent data.")]
    [InlineData("Trade between Fiji and New Zealand rose from $542 million in mid-2021 to $1.41 billion in the most recent data.")]
    [InlineData("Trade between Fiji and New Zealand rose from $542 million in mid 2021 to $1.41 billion in the latest data.")]
    [InlineData("Trade between Fiji and New Zealand rose from $542 million in early 2021 to $1.41 billion in the latest data.")]
    public void ALevelAtAPointWithinAYearIsNoYears(string body) => Assert.Empty(Doc(body).Volumes);

    // The end of a movement from such a point keeps its own year, and "by the end of" a year is still that year's level.
    [Fact]
    public void TheEndOfAMovementFromAPointKeepsItsYear()
    {
        var v = Assert.Single(Doc("Trade between Fiji and New Zealand rose from $542 million in early 2021 to $1.41 billion in 2022.").Volumes);
        Assert.Equal((2022, 1_410_000_000m), (v.Year, v.Value));
        var end = Assert.Single(Doc("Trade between Fiji and New Zealand reached $542 million by the end of 2021.").Volumes);
        Assert.Equal(2021, end.Year);
    }
}

using TradeApi.Extraction;

namespace TradeApi.Extraction.Tests;

// Phenomena that the seventy-fifth round of unseen pages showed (bench/judged): an aside in brackets between a figure and its year, a
// present level put as an appositive after an aim ("currently at USD 489 million"), and a goal put as what the sides "would like".
// Each on sentences of our own.
public class AsidesPresentLevelsAndWishesTests
{
    private static ExtractionResult Doc(string body, string dateline = "TBILISI, September 10, 2018 - ") =>
        PhenomenaTests.Doc(body, "Armenia and Georgia", dateline);

    // The year after a bracketed aside is the figure's before it, not the next one's.
    [Theory]
    [InlineData("Trade between Armenia and Georgia rose from USD 46.9 million (approximately 114.9bn/-) in 2015 to USD 77.7 million.")]
    [InlineData("Trade between Armenia and Georgia rose from USD 46.9 million (approximately) in 2015 to USD 77.7 million.")]
    [InlineData("Trade between Armenia and Georgia rose from USD 46.9 million (about 114.9 billion drams) in 2015 to USD 77.7 million.")]
    public void TheYearPastAnAsideIsTheFigureBeforeIt(string body)
    {
        var v = Assert.Single(Doc(body).Volumes);
        Assert.Equal((46_900_000m, 2015), (v.Value, v.Year));
    }

    [Fact]
    public void AFigureWithItsOwnYearAfterTheAsideKeepsIt()
    {
        var r = Doc("Trade between Armenia and Georgia rose from USD 46.9 million (approximately 114.9bn/-) in 2015 to USD 77.7 million in 2017.");
        Assert.Equal([(46_900_000m, 2015), (77_700_000m, 2017)], r.Volumes.Select(v => (v.Value, v.Year)).ToArray());
    }

    [Theory]
    [InlineData("Armenia and Georgia intend to more than double the trade turnover between the countries, currently at USD 489 million.")]
    [InlineData("Armenia and Georgia intend to double the trade turnover between the countries, presently standing at USD 489 million.")]
    public void APresentLevelAfterAnAimIsNoGoal(string body) =>
        Assert.DoesNotContain(Doc(body).Targets, t => t.Value == 489_000_000m);

    [Fact]
    public void TheGoalPastAPresentLevelIsTheAims()
    {
        var t = Assert.Single(Doc("Armenia and Georgia aim to raise the trade turnover, currently at USD 489 million, to USD 1 billion.").Targets);
        Assert.Equal(1_000_000_000m, t.Value);
    }

    [Theory]
    [InlineData("Armenia and Georgia would like to see the trade turnover increase to USD 1 billion.")]
    [InlineData("Armenia and Georgia would like trade to reach USD 1 billion.")]
    [InlineData("The leaders said Armenia and Georgia would like more cooperation, including increasing the trade turnover to USD 1 billion.")]
    public void WhatTheSidesWouldLikeIsAGoal(string body) =>
        Assert.Equal(1_000_000_000m, Assert.Single(Doc(body).Targets).Value);

    // A wish to say something says it: the level said is a level.
    [Theory]
    [InlineData("I want to note that trade between Armenia and Georgia rose to USD 1 billion in 2017.")]
    [InlineData("I would like to stress that trade between Armenia and Georgia rose to USD 1 billion in 2017.")]
    [InlineData("We wish to report that trade between Armenia and Georgia rose to USD 1 billion in 2017.")]
    public void AWishToSaySomethingStatesALevel(string body)
    {
        var r = Doc(body);
        Assert.Empty(r.Targets);
        Assert.Equal(2017, Assert.Single(r.Volumes).Year);
    }
}

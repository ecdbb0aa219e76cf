using TradeApi.Extraction;

namespace TradeApi.Extraction.Tests;

// Phenomena found after the thirty-eighth round of unseen pages (bench/judged): "more than" and "less than" right before a figure bound
// it and compare it with nothing; "no less than" is a floor, not "less than". Each on sentences of our own.
public class BoundsAndTitlesTests
{
    private static ExtractionResult Doc(string body, string dateline = "BANGKOK, March 10, 2022 - ", string? source = null) =>
        PhenomenaTests.Doc(body, "Trade news", dateline, source);

    // "raise bilateral trade to more than $10 billion by 2030": a goal stated as a bound is a goal ("than" had been read as the start of
    // a comparison, and a figure compared with is no goal).
    [Theory]
    [InlineData("more than", Qualifiers.MoreThan)]
    [InlineData("over", Qualifiers.MoreThan)]
    [InlineData("no less than", Qualifiers.AtLeast)]
    public void AGoalStatedAsABoundIsAGoal(string bound, string qualifier)
    {
        var t = Assert.Single(Doc($"Kazakhstan and Uzbekistan aim to raise bilateral trade to {bound} $10 billion by 2030.").Targets);
        Assert.Equal(("absolute", 10_000_000_000m, 2030, qualifier), (t.Kind, t.Value!.Value, t.ByYear!.Value, t.Qualifier));
    }

    // "two-way trade was more than US$74 billion, with $58.6 billion in Thai exports to the United States": the bounded total gives the
    // sentence its year, as any other total does, and the flows after it share it.
    [Theory]
    [InlineData("more than")]
    [InlineData("less than")]
    [InlineData("about")]
    public void ABoundedTotalDatesTheFlowsAfterIt(string bound)
    {
        var r = Doc($"In 2021, two-way trade between Thailand and the United States was {bound} US$74 billion, with $58.6 billion in Thai exports to the United States and $15.8 billion in U.S. exports to Thailand.");
        Assert.Contains(r.Volumes, v => (v.Reporter, v.Partner, v.Flow, v.Year, v.Value) == ("THA", "USA", "exports", 2021, 58_600_000_000m));
        Assert.Contains(r.Volumes, v => (v.Reporter, v.Partner, v.Flow, v.Year, v.Value) == ("USA", "THA", "exports", 2021, 15_800_000_000m));
    }

    // "no less than", "not more than": the longer bound is the one stated, not the "less than" or "more than" inside it.
    [Theory]
    [InlineData("no less than", Qualifiers.AtLeast)]
    [InlineData("not less than", Qualifiers.AtLeast)]
    [InlineData("no more than", Qualifiers.AtMost)]
    [InlineData("not more than", Qualifiers.AtMost)]
    [InlineData("less than", Qualifiers.LessThan)]
    [InlineData("more than", Qualifiers.MoreThan)]
    public void TheLongestBoundIsTheOneStated(string bound, string qualifier)
    {
        var v = Assert.Single(Doc($"Trade between Thailand and Vietnam was {bound} $6 billion in 2021.").Volumes);
        Assert.Equal((6_000_000_000m, qualifier), (v.Value, v.Qualifier));
    }

    // "higher than $5 billion in 2020" is still a figure measured against: its year is its own, not the sentence's.
    [Fact]
    public void AFigureAComparativeMeasuresAgainstKeepsItsOwnYear()
    {
        var r = Doc("Trade between Thailand and Vietnam reached $6 billion in 2021, higher than $5 billion in 2020.");
        Assert.Equal([(2020, 5_000_000_000m), (2021, 6_000_000_000m)], r.Volumes.Select(v => (v.Year, v.Value)).Order().ToArray());
    }
}

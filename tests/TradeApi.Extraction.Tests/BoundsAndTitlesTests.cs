using TradeApi.Extraction;

namespace TradeApi.Extraction.Tests;

// Phenomena found after the thirty-eighth round of unseen pages (bench/judged): "more than" and "less than" right before a figure bound
// it and compare it with nothing; "no less than" is a floor, not "less than"; a page that opens with its first paragraph has no title. Each on sentences of our own.
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

    // A stored page may open with its first paragraph rather than a title. A title lends its partner to a flow that names one side
    // ("Thai exports were ..." under "Thailand and Indonesia: ..."); a first paragraph naming a country in passing ("the second
    // largest economy in ASEAN after Indonesia") lends none.
    [Fact]
    public void AFirstLineOfSentencesIsNoTitle()
    {
        const string body = "BANGKOK, March 10, 2022 - Thai exports were $287 billion in 2021.\n";
        var paragraph = Extractor.Extract("Thailand is the second largest economy in ASEAN after Indonesia. Its exports are mostly manufactured goods.\n\n" + body);
        Assert.DoesNotContain(paragraph.Volumes, v => v.Partner == "IDN" || v.Reporter == "IDN");
        var titled = Extractor.Extract("Thailand and Indonesia: a growing partnership\n\n" + body);
        Assert.Contains(titled.Volumes, v => (v.Reporter, v.Partner, v.Flow, v.Value) == ("THA", "IDN", "exports", 287_000_000_000m));
        // A first paragraph is read as body text: its own facts stand.
        var facts = Extractor.Extract("Trade between Thailand and Laos reached $9 billion in 2021. Leaders met in Vientiane on Monday.\n\n" + body);
        Assert.Contains(facts.Volumes, v => (v.Reporter, v.Partner, v.Year, v.Value) == ("THA", "LAO", 2021, 9_000_000_000m));
        // One sentence ending with a full stop is still a title.
        var one = Extractor.Extract("Thailand and Indonesia agree to deepen trade.\n\n" + body);
        Assert.Contains(one.Volumes, v => (v.Reporter, v.Partner, v.Flow) == ("THA", "IDN", "exports"));
        // Nor is a headline of two short sentences that does not end as a sentence ends.
        var two = Extractor.Extract("Thailand and Indonesia: can trade double? Leaders meet in Jakarta\n\n" + body);
        Assert.Contains(two.Volumes, v => (v.Reporter, v.Partner, v.Flow) == ("THA", "IDN", "exports"));
    }
}

using TradeApi.Extraction;

namespace TradeApi.Extraction.Tests;

// Phenomena that the hundred-and-twenty-fifth round of unseen pages showed (bench/judged): the year a level is compared with "in
// comparison with", and a hope for the year under way. Sentences of our own.
public class ComparisonsAndHopesForTheYearTests
{
    private static ExtractionResult Doc(string body, string dateline) => PhenomenaTests.Doc(body, "Ghana and Peru", dateline);

    // "Last year, the two countries' trade volume grew 4.5 times in comparison with 1999 and reached $65.1 million": the year compared
    // with dates no level; "last year" does, where the text has a date.
    [Theory]
    [InlineData("in comparison with")]
    [InlineData("in comparison to")]
    public void TheYearComparedWithDatesNoLevel(string compared) =>
        Assert.Equal([(2000, 65_100_000m)],
            Doc($"Last year, trade between Ghana and Peru grew 4.5 times {compared} 1999 and reached $65.1 million.", "ACCRA, May 5, 2001 - ")
                .Volumes.Select(v => (v.Year, v.Value)));

    [Fact]
    public void InATextWithNoDateSuchALevelHasNoYear() =>
        Assert.Empty(Doc("Last year, trade between Ghana and Peru grew 4.5 times in comparison with 1999 and reached $65.1 million.", "").Volumes);

    // "in comparison with $374 million in 2016": the year of a figure compared with belongs to that figure.
    [Fact]
    public void TheYearOfAFigureComparedWithIsThatFigures() =>
        Assert.Equal([(2017, 504_000_000m), (2016, 374_000_000m)],
            Doc("Trade between Ghana and Peru stood at $504 million in 2017 in comparison with $374 million in 2016, while exports surged.", "")
                .Volumes.Select(v => (v.Year, v.Value)));

    // "We hope to achieve the record figure of $10 billion in exports by the end of the second half of the year": a hope for the year
    // under way projects it.
    [Theory]
    [InlineData("by the end of the second half of the year")]
    [InlineData("by the end of the year")]
    [InlineData("this year")]
    [InlineData("in 2024")]
    public void AHopeForTheYearUnderWayIsNoGoal(string when) =>
        Assert.Empty(Doc($"The minister said: \"We hope to achieve the record figure of $10 billion in exports to Peru {when}.\"", "ACCRA, May 5, 2024 - ").Targets);

    [Theory]
    [InlineData("We hope to achieve $10 billion in exports to Peru by 2026.", 2026)]
    [InlineData("We aim to achieve $10 billion in exports to Peru this year.", 2024)]
    public void AHopeForALaterYearOrAnAimForThisOneIsAGoal(string said, int by) =>
        Assert.Equal([("GHA", "PER", "exports", (decimal?)10_000_000_000m, (int?)by)],
            Doc($"The minister said: \"{said}\"", "ACCRA, May 5, 2024 - ").Targets.Select(t => (t.Reporter, t.Partner, t.Flow, t.Value, t.ByYear)));
}

using TradeApi.Extraction;

namespace TradeApi.Extraction.Tests;

// The phenomenon the hundred-and-twenty-second round of unseen pages showed (bench/judged): a level a reckoning "would suggest", however
// far before the figure, is no year's level. Sentences of our own.
public class ReckoningsTests
{
    private static ExtractionResult Doc(string body) => PhenomenaTests.Doc(body, "Ghana and Peru", "");

    [Theory]
    [InlineData("If annualised, this would suggest a 2023 total trade turnover between Ghana and Peru of just over US$3 billion.")]
    [InlineData("This would put trade between Ghana and Peru at US$3 billion in 2023.")]
    [InlineData("At this pace, the growth would translate into trade between Ghana and Peru of US$3 billion in 2023.")]
    public void WhatAReckoningWouldSuggestIsNoLevel(string body) => Assert.Empty(Doc(body).Volumes);

    // A level stated after the reckoning's verb, in a clause of its own, still is one.
    [Fact]
    public void ALevelStatedInsideTheSentenceStillIsOne() =>
        Assert.Equal([("GHA", "PER", 2023, 3_000_000_000m)],
            Doc("Officials said this would mean that trade between Ghana and Peru, which reached US$3 billion in 2023, keeps growing.").Volumes
                .Select(v => (v.Reporter, v.Partner, v.Year, v.Value)));
}

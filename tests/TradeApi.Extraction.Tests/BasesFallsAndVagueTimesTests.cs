using TradeApi.Extraction;

namespace TradeApi.Extraction.Tests;

// The phenomena the hundred-and-thirty-third round of unseen pages showed (bench/judged): a goal's base named as the current volume, the
// end of a fall after a word of intent, and a level at a time left vague. Sentences of our own.
public class BasesFallsAndVagueTimesTests
{
    private static ExtractionResult Doc(string body) => PhenomenaTests.Doc(body, "Peru and Ghana", "ACCRA, May 5, 2022 - ");

    // "The ambitious target represents a significant increase from current trade volumes of approximately $2 billion": the current volume
    // is the base the goal starts from, no second goal.
    [Fact]
    public void TheCurrentVolumeAfterAGoalIsItsBase()
    {
        var t = Assert.Single(Doc("Ghana has committed to raise bilateral trade with Peru to $8 billion by 2030. The ambitious target represents an increase from current trade volumes of approximately $2 billion.").Targets);
        Assert.Equal((8_000_000_000m, 2030), (t.Value, t.ByYear));
    }

    // "commitment to revitalizing the trade relations ..., highlighting the noticeable decline in bilateral trade volume from over $10
    // billion to $1.6 billion": the end of a fall is where trade went, no aim.
    [Fact]
    public void TheEndOfAFallIsNoGoal() =>
        Assert.Empty(Doc("The president expressed his commitment to revitalizing trade with Peru, highlighting the decline in bilateral trade volume from over $4 billion to $1.5 billion in recent years.").Targets);

    // A goal with another verb after the fall stays a goal.
    [Fact]
    public void AGoalAfterHaltingAFallStaysAGoal()
    {
        var t = Assert.Single(Doc("The president expressed his commitment to halt the decline and raise trade with Peru from $1.5 billion to $5 billion by 2030.").Targets);
        Assert.Equal((5_000_000_000m, 2030), (t.Value, t.ByYear));
    }

    // "was two billion dollars in 2016, noted with concern that some years back it was about $12 billion": a time left vague dates the
    // figure to no year the sentence named.
    [Theory]
    [InlineData("The minister said trade between Peru and Ghana was $2 billion in 2016, and noted that some years back it was about $6 billion.")]
    [InlineData("The minister said trade between Peru and Ghana was $2 billion in 2016, and noted that it was about $6 billion a decade ago.")]
    [InlineData("The minister said trade between Peru and Ghana was $2 billion in 2016, and noted that two years ago it was about $6 billion.")]
    public void ALevelAtAVagueTimeIsNoYears(string body) =>
        Assert.Equal([2016], Doc(body).Volumes.Select(v => v.Year));

    // "a year ago" names a year.
    [Fact]
    public void ALevelAYearAgoIsTheYearBefore() =>
        Assert.Contains(2021, Doc("Trade between Peru and Ghana reached $2 billion, compared with $1.8 billion a year ago, in 2022.").Volumes.Select(v => v.Year));
}

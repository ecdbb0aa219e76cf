using TradeApi.Extraction;

namespace TradeApi.Extraction.Tests;

// Phenomena that the eighty-fourth round of unseen pages showed (bench/judged): informal trade, a later level after "but", "by 2020 ...
// had dwindled to" in an undated text, and a scale letter before a full stop. Each on sentences of our own.
public class InformalTradeLaterLevelsAndScalesTests
{
    private static ExtractionResult Doc(string body) => PhenomenaTests.Doc(body, "Uganda and Rwanda", "");

    // Informal exports and imports (what crosses the border unrecorded) are a part of the flow.
    [Theory]
    [InlineData("Uganda's informal exports to Rwanda fell by 77.8 percent to $11.0 million in 2019.", 0)]
    [InlineData("Uganda's informal imports from Rwanda declined to $1.7 million in 2019.", 0)]
    [InlineData("Uganda's exports to Rwanda fell by 77.8 percent to $11.0 million in 2019.", 1)]
    public void InformalTradeIsAPart(string body, int volumes) => Assert.Equal(volumes, Doc(body).Volumes.Count);

    // "were A in 2018 but also dropped to B": B is a later level, of no year the sentence named.
    [Theory]
    [InlineData("but also dropped to")]
    [InlineData("but then rose to")]
    public void ALevelMovedToAfterButIsNoYearsNamed(string words)
    {
        var v = Assert.Single(Doc($"Uganda's imports from Rwanda in 2018 were $13,076,000 {words} $3,458,000.").Volumes);
        Assert.Equal((2018, 13_076_000m), (v.Year, v.Value));
    }

    [Fact]
    public void ALevelAfterButWithItsOwnYearKeepsIt()
    {
        var r = Doc("Uganda's imports from Rwanda were $13,076,000 in 2018 but dropped to $3,458,000 in 2020.");
        Assert.Equal([(2018, 13_076_000m), (2020, 3_458_000m)], r.Volumes.Select(v => (v.Year, v.Value)).Order());
    }

    // In a text of no date, "by 2020 ... had dwindled to" is past: the level of 2020.
    [Fact]
    public void ByAYearWithAPastPerfectDatesTheLevel()
    {
        var r = Doc("In 2018, Uganda's exports to Rwanda fetched $211,550,000 but by 2020 those exports had dwindled to a mere $2,312,000.");
        Assert.Equal([(2018, 211_550_000m), (2020, 2_312_000m)], r.Volumes.Select(v => (v.Year, v.Value)).Order());
    }

    // "$16M." ends a sentence: a scale letter after a number is no initial.
    [Fact]
    public void AScaleLetterBeforeAFullStopEndsTheSentence()
    {
        var r = Doc("In 2017 Uganda exported to Rwanda $182M worth of goods, against imports of about $16M. In 2018, exports grew to $406M.");
        Assert.Equal(2017, Assert.Single(r.Volumes, v => v.Flow == "imports").Year);
    }

    [Fact]
    public void AnInitialStillContinuesTheSentence() =>
        Assert.Equal(1962, Assert.Single(PhenomenaTests.Doc("Trade between the United States and Canada reached $8 billion, President John F. Kennedy said in 1962.", "Trade news", "").Volumes).Year);
}

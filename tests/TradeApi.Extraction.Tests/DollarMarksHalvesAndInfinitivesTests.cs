using TradeApi.Extraction;

namespace TradeApi.Extraction.Tests;

// Phenomena that the eighty-seventh round of unseen pages showed (bench/judged): a country's letters fused to a dollar sign, "two and a
// half billion", "hit" after "to" or a modal, and the level of a year compared with told in a relative clause. Each on sentences of our own.
public class DollarMarksHalvesAndInfinitivesTests
{
    private static ExtractionResult Doc(string body, string title = "Vietnam and Laos", string dateline = "HANOI, December 30, 2019 - ") => PhenomenaTests.Doc(body, title, dateline);

    // "US$ 1.1-1.2 billion": the first number of a range is no figure, so nothing claims "US"; it is still the dollar's mark, not a side.
    [Theory]
    [InlineData("US$ 1.1-1.2 billion")]
    [InlineData("US$1.1-1.2 billion")]
    [InlineData("US$ 1.1 to 1.2 billion")]
    public void LettersFusedToADollarSignNameNoSide(string range)
    {
        var r = Doc($"Vietnam and Laos have enjoyed close ties. Two-way trade is estimated at {range} this year. The two countries have set a target of 4 billion USD by 2020.",
            "Prime Minister to visit Hanoi");
        var t = Assert.Single(r.Targets);
        Assert.Equal(("LAO", 4_000_000_000m, 2020), (Pair(t.Reporter, t.Partner), t.Value, t.ByYear));
    }

    [Fact]
    public void TheUnitedStatesBeforeAFigureIsStillASide()
    {
        var r = Doc("Vietnam's exports to the US reached US$ 4 billion in 2018.", "Vietnam's exports");
        var v = Assert.Single(r.Volumes);
        Assert.Equal(("VNM", "USA", 4_000_000_000m), (v.Reporter, v.Partner, v.Value));
    }

    // "2 and a half billion euros": a half more than the number before the scale.
    [Theory]
    [InlineData("2 and a half billion euros", 2_500_000_000)]
    [InlineData("two and a half billion euros", 2_500_000_000)]
    [InlineData("one and a half million euros", 1_500_000)]
    [InlineData("half a billion euros", 500_000_000)]
    public void AHalfAfterANumberIsAddedToIt(string amount, long value)
    {
        var r = Doc($"In 2019 trade between Hungary and Slovenia was worth {amount}.", "Hungary and Slovenia", "LJUBLJANA, September 14, 2021 - ");
        Assert.Equal((decimal)value, Assert.Single(r.Volumes).Value);
    }

    // "targeted to hit three billion dollars", "could hit $2.5 billion": "hit" after "to" or a modal is an infinitive, not a level reached.
    [Fact]
    public void HitAfterAGoalWordIsTheGoal()
    {
        var r = Doc("Iran-Pakistan trade is targeted to hit three billion dollars a year, an official said.", "Iran-Pakistan trade", "TEHRAN, October 9, 2012 - ");
        Assert.Empty(r.Volumes);
        Assert.Equal(3_000_000_000m, Assert.Single(r.Targets).Value);
    }

    [Theory]
    [InlineData("could")]
    [InlineData("can")]
    [InlineData("may")]
    [InlineData("might")]
    [InlineData("will")]
    [InlineData("would")]
    [InlineData("should")]
    [InlineData("must")]
    [InlineData("shall")]
    public void HitAfterAModalIsNoLevel(string modal)
    {
        var r = Doc($"Trade between Fiji and Australia reached $2 billion in 2023 and it {modal} hit $2.5 billion.", "Fiji and Australia", "SUVA, May 1, 2024 - ");
        Assert.Equal(2_000_000_000m, Assert.Single(r.Volumes).Value);
    }

    [Fact]
    public void HitAsAPastVerbIsALevel()
    {
        var r = Doc("Trade between Fiji and Australia hit $2 billion in 2023.", "Fiji and Australia", "SUVA, May 1, 2024 - ");
        Assert.Equal((2023, 2_000_000_000m), (Assert.Single(r.Volumes).Year, r.Volumes[0].Value));
    }

    // "an increase of nine percent compared to 2022, when it reached $728.4 million": the relative clause states the level of the year
    // compared with; the increase is not its subject.
    [Theory]
    [InlineData("when it reached")]
    [InlineData("when trade reached")]
    public void ALevelInARelativeClauseAfterAChangeIsALevel(string clause)
    {
        var r = Doc($"In 2023 bilateral trade between Colombia and Venezuela reached $791 million, an increase of nine percent compared to 2022, {clause} $728.4 million.",
            "Colombia and Venezuela", "BOGOTA, March 26, 2024 - ");
        Assert.Equal([(2022, 728_400_000m), (2023, 791_000_000m)], r.Volumes.Select(v => (v.Year, v.Value)).OrderBy(x => x.Year));
    }

    [Fact]
    public void AnIncreaseThatReachedAFigureIsTheChange()
    {
        var r = Doc("In 2023 bilateral trade between Colombia and Venezuela reached $791 million. The increase of trade compared to 2022 reached $62.6 million.",
            "Colombia and Venezuela", "BOGOTA, March 26, 2024 - ");
        Assert.Equal(791_000_000m, Assert.Single(r.Volumes).Value);
    }

    private static string Pair(string a, string b) => a == "VNM" ? b : a;
}

using TradeApi.Extraction;

namespace TradeApi.Extraction.Tests;

// Phenomena that the seventy-first round of unseen pages showed (bench/judged): a goal named after a copula, with the figure as its
// subject ("a trade turnover of $10 billion is a realistic goal"), was not read. Each on sentences of our own.
public class GoalsNamedAfterTheFigureTests
{
    private static ExtractionResult Doc(string body, string title = "Ukraine and Turkey", string dateline = "KYIV, February 3, 2022 - ") =>
        PhenomenaTests.Doc(body, title, dateline);

    [Theory]
    [InlineData("The president noted that a trade turnover of $10 billion between Ukraine and Turkey is a realistic goal.")]
    [InlineData("The president noted that a trade turnover of $10 billion is a realistic goal for Ukraine and Turkey.")]
    [InlineData("The president said that $10 billion in trade between Ukraine and Turkey is our target.")]
    [InlineData("For Ukraine and Turkey, trade of $10 billion remains the objective.")]
    [InlineData("For Ukraine and Turkey, trade of $10 billion would be an achievable goal.")]
    public void AGoalAfterACopulaIsTheFiguresGoal(string body)
    {
        var t = Assert.Single(Doc(body).Targets);
        Assert.Equal(10_000_000_000m, t.Value);
        Assert.Empty(Doc(body).Volumes);
    }

    [Fact]
    public void AYearAfterTheFigureIsTheGoalsDeadline()
    {
        var t = Assert.Single(Doc("For Ukraine and Turkey, trade of $10 billion in 2025 is the goal.").Targets);
        Assert.Equal((10_000_000_000m, 2025), (t.Value, t.ByYear));
    }

    // A level whose clause goes on to a goal, or that a relative clause calls the target, stays a level.
    [Theory]
    [InlineData("Trade between Ukraine and Turkey reached $7 billion in 2021 and the target is higher.")]
    [InlineData("Trade between Ukraine and Turkey reached $7 billion in 2021, which is the target.")]
    [InlineData("Trade between Ukraine and Turkey reached $7 billion in 2021 and is the highest on record.")]
    [InlineData("Trade between Ukraine and Turkey reached $7 billion in 2021 and further growth is our goal.")]
    public void ALevelStaysALevel(string body)
    {
        var r = Doc(body);
        Assert.Empty(r.Targets);
        Assert.Equal(7_000_000_000m, Assert.Single(r.Volumes).Value);
    }

    // The goal of another subject after a conjunction is not the figure's.
    [Theory]
    [InlineData("Trade between Ukraine and Turkey reached $7 billion in goods and doubling it is the goal.")]
    [InlineData("Trade reached $7 billion between Ukraine and Turkey and growth is our goal.")]
    public void AnotherSubjectsGoalIsNotTheFigures(string body) =>
        Assert.Empty(Doc(body).Targets);
}

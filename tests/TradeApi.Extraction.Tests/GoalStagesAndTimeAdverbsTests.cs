using TradeApi.Extraction;

namespace TradeApi.Extraction.Tests;

// The phenomena the hundred-and-thirty-fourth round of unseen pages showed (bench/judged): a goal noun whose copula follows an adverb of
// time, and the next stage of a goal. Sentences of our own.
public class GoalStagesAndTimeAdverbsTests
{
    private static ExtractionResult Doc(string body) => PhenomenaTests.Doc(body, "Peru and Ghana", "ACCRA, May 5, 2022 - ");

    // "Bilateral trade between Turkiye and Senegal reached $540 million in 2021, and the target now is $1 billion": the goal noun names the
    // goal across "now".
    [Fact]
    public void AGoalNounWithATimeAdverbBeforeItsCopulaNamesTheGoal()
    {
        var r = Doc("Trade between Peru and Ghana reached $600 million in 2021, and the target now is $2 billion, the minister added.");
        Assert.Equal([2021], r.Volumes.Select(v => v.Year));
        Assert.Equal([2_000_000_000m], r.Targets.Select(t => t.Value));
    }

    // Another word there is no adverb of time: "the target of ... set in 2015" and a level after it are no goal.
    [Fact]
    public void ALevelAfterAGoalNounOfAnotherClauseIsNoGoal() =>
        Assert.Empty(Doc("Peru and Ghana agreed on the target in 2015. Trade between them today is $2 billion.").Targets);

    // "to $1 billion initially and eventually to $3 billion", "$1 billion initially and $2 billion in the next stage": the next stage of a
    // goal is a goal too.
    [Theory]
    [InlineData("Peru and Ghana held talks aimed at increasing their bilateral trade to $1 billion initially and eventually to $3 billion.")]
    [InlineData("\"We agreed to increase trade between Peru and Ghana, with the goal of reaching $1 billion initially and $3 billion in the next stage.\"")]
    public void TheNextStageOfAGoalIsAGoal(string body) =>
        Assert.Equal([1_000_000_000m, 3_000_000_000m], Doc(body).Targets.Select(t => t.Value).Order());

    // A level that was first one figure and later another is no goal.
    [Fact]
    public void ALevelInitiallyAndLaterIsNoGoal() =>
        Assert.Empty(Doc("Trade between Peru and Ghana was initially $1 billion and later rose to $3 billion in 2020.").Targets);
}

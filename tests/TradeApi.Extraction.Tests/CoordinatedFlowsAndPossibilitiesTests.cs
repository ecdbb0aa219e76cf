using TradeApi.Extraction;

namespace TradeApi.Extraction.Tests;

// Phenomena that the sixty-fifth round of unseen pages showed (bench/judged): a flow verb coordinated after a figure with no subject of
// its own ("Sri Lanka imported goods worth USD355m from Thailand and exported USD59m") given to the partner; a possibility ("noted the
// possibility for increasing the trade turnover volume to $500 million by 2020") read as a goal. Each on sentences of our own.
public class CoordinatedFlowsAndPossibilitiesTests
{
    private static ExtractionResult Doc(string body, string title = "Sri Lanka and Thailand", string dateline = "COLOMBO, February 3, 2024 - ") =>
        PhenomenaTests.Doc(body, title, dateline);

    private static (string, string, string, decimal)[] Flows(ExtractionResult r) => [.. r.Volumes.Select(v => (v.Reporter, v.Partner, v.Flow, v.Value))];

    // The second verb is the first one's trader's, with the same partner.
    [Theory]
    [InlineData("In 2021, Sri Lanka imported goods worth USD355m from Thailand and exported USD59m in commodities.", "imports", "exports")]
    [InlineData("In 2021, Sri Lanka imported goods worth USD355m from Thailand and exported goods worth USD59m.", "imports", "exports")]
    [InlineData("In 2021, Sri Lanka exported goods worth USD355m to Thailand and imported USD59m.", "exports", "imports")]
    [InlineData("In 2021, Sri Lanka exported goods worth USD355m to Thailand while it bought USD59m.", "exports", "imports")]
    public void ACoordinatedFlowVerbIsTheSameTradersFlow(string body, string first, string second) =>
        Assert.Equal([("LKA", "THA", first, 355_000_000m), ("LKA", "THA", second, 59_000_000m)], Flows(Doc(body)));

    // A new subject is its own trader.
    [Fact]
    public void ANewSubjectIsNotTheFirstTrader() =>
        Assert.DoesNotContain(("LKA", "THA", "imports", 59_000_000m), Flows(Doc("In 2021, Sri Lanka exported goods worth USD355m to Thailand and Thailand imported USD59m.")));

    // A possibility or an opportunity of raising trade is no goal; an agreement on it, or a goal word after it, is.
    [Theory]
    [InlineData("The counterparts noted the possibility for increasing the trade turnover between Uzbekistan and Turkmenistan to $500 million by 2020.")]
    [InlineData("There is an opportunity for raising the trade turnover between Uzbekistan and Turkmenistan to $500 million by 2020.")]
    [InlineData("The ministers see room for boosting trade between Uzbekistan and Turkmenistan to $500 million by 2020.")]
    public void APossibilityIsNoGoal(string body) =>
        Assert.Empty(Doc(body, "Uzbekistan and Turkmenistan", "TASHKENT, April 23, 2018 - ").Targets);

    [Theory]
    [InlineData("The presidents agreed on increasing the trade turnover between Uzbekistan and Turkmenistan to $500 million by 2020.")]
    [InlineData("Noting the possibility for increasing trade, the presidents set a target of raising trade between Uzbekistan and Turkmenistan to $500 million by 2020.")]
    public void AnAgreedGoalIsAGoal(string body)
    {
        var t = Assert.Single(Doc(body, "Uzbekistan and Turkmenistan", "TASHKENT, April 23, 2018 - ").Targets);
        Assert.Equal((500_000_000m, 2020), (t.Value, t.ByYear));
    }
}

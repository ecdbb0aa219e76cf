using TradeApi.Extraction;

namespace TradeApi.Extraction.Tests;

// Phenomena that the eighty-second round of unseen pages showed (bench/judged): the dirham of two countries, a conversion set off by
// commas between a figure and its year, the years before an event's year, and an increase someone was able to achieve. Each on
// sentences of our own.
public class DirhamsAsidesAndAchievementsTests
{
    private static ExtractionResult Doc(string body, string title = "Morocco and Mauritania") => PhenomenaTests.Doc(body, title, "");

    // "dirhams" (and "Dh") with no nationality are the unit of the one side of the pair that has one; "Moroccan" and "Emirati" say which
    // themselves.
    [Theory]
    [InlineData("Trade between Morocco and Mauritania reached 3.3 billion dirhams in 2024.", "MAD")]
    [InlineData("Trade between Morocco and Mauritania reached Dh3.3 billion in 2024.", "MAD")]
    [InlineData("Trade between India and the UAE reached 3.3 billion dirhams in 2024.", "AED")]
    [InlineData("Trade between India and the UAE reached 3.3 billion Moroccan dirhams in 2024.", "MAD")]
    [InlineData("Trade between India and Morocco reached 3.3 billion Emirati dirhams in 2024.", "AED")]
    [InlineData("Trade between India and Morocco reached 3.3 billion UAE dirhams in 2024.", "AED")]
    public void ADirhamIsTheOneOfThePair(string body, string currency) =>
        Assert.Equal(currency, Assert.Single(Doc(body, "Trade news").Volumes).Currency);

    // A conversion set off by commas ("1.7 billion dirhams, around US$170 million, in 2017") restates the figure before it: the figure
    // keeps its own currency and takes the year after the aside.
    [Theory]
    [InlineData("around", "about")]
    [InlineData("approximately", "around")]
    public void AConversionBetweenCommasRestatesTheFigure(string first, string second)
    {
        var r = Doc($"Moroccan exports to Mauritania increased from 1.7 billion dirhams, {first} US$170 million, in 2017 to 3.3 billion dirhams, {second} US$330 million, in 2024.");
        Assert.Equal([(2017, 1_700_000_000m, "MAD"), (2024, 3_300_000_000m, "MAD")], r.Volumes.Select(v => (v.Year, v.Value, v.Currency)).Order());
    }

    // "before the 1998 Brasilia Agreement was signed": the years before an event's year are no calendar year.
    [Fact]
    public void TheYearsBeforeAnEventAreNone() =>
        Assert.Empty(Doc("According to the President, before the 1998 Brasilia Agreement was signed, bilateral trade between Peru and Ecuador did not even exceed US$300 million.", "Peru and Ecuador").Volumes);

    // "we were able to increase trade threefold": an increase achieved, no aim.
    [Theory]
    [InlineData("\"During my tenure, we were able to increase trade threefold,\" he said.", 0)]
    [InlineData("\"During my tenure, the two sides were able to increase trade to $2 billion,\" he said.", 0)]
    [InlineData("\"We want to increase trade threefold,\" he said.", 1)]
    public void AnIncreaseAchievedIsNoTarget(string sentence, int targets) =>
        Assert.Equal(targets, Doc($"The trade volume between Kenya and Uganda in 2018 was Ksh104 billion. {sentence}", "Kenya and Uganda").Targets.Count);
}

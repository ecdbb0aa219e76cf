using TradeApi.Extraction;

namespace TradeApi.Extraction.Tests;

// Phenomena that the hundred-and-fourteenth round of unseen pages showed (bench/judged): a change's base written with "the", a year that
// names another figure's level, a headline bound ("tops"), a crisis named between the ends of a movement, "the two countries" after three,
// a level over a named period of years, "St." for "Saint", the whole of goods and services as a verb's object, an increment "by an
// additional" amount, a goal inside a condition, a second market noun coordinated with the first, a flow under a customs regime, and a
// pair named by "between" whose flow the text's side trades. Sentences of our own.
public class BasesSaintsAndCoordinatedMarketsTests
{
    private static ExtractionResult Doc(string body, string title = "Trade news") =>
        PhenomenaTests.Doc(body, title, "NAIROBI, March 3, 2022 - ");

    private static (string, string, string, int, decimal)[] Facts(ExtractionResult r) =>
        [.. r.Volumes.Select(v => (v.Reporter, v.Partner, v.Flow, v.Year, v.Value)).OrderBy(f => f.Year).ThenBy(f => f.Value)];

    // "up from the $17.6 million in 2020": a base with an article keeps its year to itself; the figure after it is not of that year.
    [Fact]
    public void TheYearOfABaseWithAnArticleDatesNoLaterFigure() =>
        Assert.Equal([("KEN", "UGA", "exports", 2020, 17_600_000m)],
            Facts(Doc("Kenya's exports to Uganda were $24.1 million, up from the $17.6 million in 2020; while imports from Uganda totaled $20.7 million.")));

    [Fact]
    public void AFigureAfterABaseWithAnArticleTakesTheYearOfItsOwnSentence() =>
        Assert.Equal([("KEN", "UGA", "exports", 2020, 17_600_000m), ("KEN", "UGA", "imports", 2021, 20_700_000m), ("KEN", "UGA", "exports", 2021, 24_100_000m)],
            Facts(Doc("Last year Kenya's exports to Uganda were $24.1 million, up from the $17.6 million in 2020, while imports from Uganda totaled $20.7 million.")));

    // "the 2019 high of $30 billion": the year names that level only; the figure the sentence goes on to is of the year written before.
    [Theory]
    [InlineData("Trade between Kenya and Uganda in 2021 surpassed the 2019 high of $30 billion to reach $32.3 billion.", 2019, 30_000_000_000, 32_300_000_000)]
    [InlineData("Trade between Kenya and Uganda in 2021 passed its 2018 level of $3 billion and reached $3.4 billion.", 2018, 3_000_000_000, 3_400_000_000)]
    public void AYearThatNamesALevelIsThatLevelsOnly(string body, int earlier, long level, long reached) =>
        Assert.Equal([("KEN", "UGA", "total", earlier, (decimal)level), ("KEN", "UGA", "total", 2021, (decimal)reached)], Facts(Doc(body)));

    // "tops $30 billion" in a headline is a bound the body's precise figure meets: one fact.
    [Theory]
    [InlineData("Kenya-Uganda trade tops $30 billion in 2021")]
    [InlineData("Kenya-Uganda trade crosses $30 billion in 2021")]
    [InlineData("Kenya-Uganda trade surpasses $30 billion in 2021")]
    public void AHeadlineBoundMetByTheBodyIsOneFact(string title) =>
        Assert.Equal([("KEN", "UGA", "total", 2021, 32_300_000_000m)], Facts(Doc("Trade between Kenya and Uganda reached $32.3 billion in 2021.", title)));

    // A crisis between the two ends of a movement names a time, not money of another kind.
    [Theory]
    [InlineData("Trade between Kenya and Uganda jumped 35% from $20 billion in 2009, at the height of the financial crisis, to $27.8 billion in 2010.", 20_000_000_000, 27_800_000_000)]
    [InlineData("Trade between Kenya and Uganda fell from $2 billion in 2009 during the debt crisis to $1.5 billion in 2010.", 2_000_000_000, 1_500_000_000)]
    public void ACrisisNamedInAMovementLeavesItsEndsLevels(string body, long from, long to) =>
        Assert.Equal([("KEN", "UGA", "total", 2009, (decimal)from), ("KEN", "UGA", "total", 2010, (decimal)to)], Facts(Doc(body)));

    // With three countries named before it, "the two countries" are the pair the text is about.
    [Fact]
    public void TheTwoCountriesAfterThreeAreThePairTheTextIsAbout() =>
        Assert.Equal([("KEN", "UGA", "total", 2021, 540_000_000m)],
            Facts(Doc("Since Kenya cut ties with Somalia and opened an embassy in Uganda three years ago, relations have grown, with trade between the two countries reaching $540 million in 2021.",
                "Kenya and Uganda mark three years of closer ties")));

    // "during the period 2010 to 2015 ... was valued at": a level over a span of years is no year's, and none is carried to it.
    [Fact]
    public void ALevelOverANamedPeriodOfYearsIsNoYears() =>
        Assert.Equal([("KEN", "UGA", "exports", 2016, 20_000_000m)],
            Facts(Doc("In 2016 Kenya exported $20 million of goods to Uganda. Kenya also led the region in exporting goods to Uganda during the period 2010 to 2015 with figures showing that trade was valued at $115 million.")));

    [Fact]
    public void ALevelOverAPeriodOfYearsValuedAtIsNoYears() =>
        Assert.Empty(Doc("Kenya's exports to Uganda over the period 2010 to 2015 were valued at $115 million.").Volumes);

    // "St." and "St" are written for "Saint"; "St. Kitts-Nevis" is Saint Kitts and Nevis.
    [Theory]
    [InlineData("St. Lucia exported goods worth $10 million to the United States in 2019.", "LCA")]
    [InlineData("St Lucia exported goods worth $10 million to the United States in 2019.", "LCA")]
    [InlineData("In 2019 exports from St Vincent and the Grenadines to the United States were $10 million.", "VCT")]
    [InlineData("St. Kitts-Nevis was the largest exporter to the United States in 2019, exporting goods worth US$10 million.", "KNA")]
    public void ASaintsNameWrittenShortIsTheCountry(string body, string exporter) =>
        Assert.Equal([(exporter, "USA", "exports", 2019, 10_000_000m)], Facts(Doc(body)));

    // "exported goods and services worth": the whole trade; goods named before them are still one kind of goods.
    [Fact]
    public void GoodsAndServicesAsAnObjectAreTheWholeTrade() =>
        Assert.Equal([("KEN", "UGA", "exports", 2019, 106_000_000m)], Facts(Doc("In 2019 Kenya exported goods and services worth $106 million to Uganda.")));

    [Fact]
    public void NamedGoodsBeforeServicesAreStillOneKindOfGoods() =>
        Assert.Empty(Doc("In 2019 Kenya exported industrial goods and services worth $106 million to Uganda.").Volumes);

    // "by an additional $14 billion": an amount added, no level and no goal's level.
    [Fact]
    public void AnAdditionalAmountIsNoGoalsLevel() => Assert.Empty(Doc("Kenya aims to expand exports to Uganda by an additional $14 billion by 2025.").Targets);

    [Fact]
    public void AnAdditionalAmountIsNoLevel() => Assert.Empty(Doc("Kenya's exports to Uganda rose by an additional $1.1 billion in 2021.").Volumes);

    // A figure inside an open condition is supposed, not aimed at; a condition after the goal leaves it a goal.
    [Theory]
    [InlineData("Even if Kenya is able to boost trade with Uganda to $14 million within five years, the deficit would remain.")]
    [InlineData("If trade between Kenya and Uganda reaches $10 billion by 2025, both will gain.")]
    public void AFigureInsideAConditionIsNoGoal(string body) => Assert.Empty(Doc(body).Targets);

    [Fact]
    public void AConditionThatNamesAGoalLeavesItAGoal()
    {
        var t = Assert.Single(Doc("Kenya and Uganda said that if they work together they can reach the goal of $5 billion in trade by 2025.").Targets);
        Assert.Equal((5_000_000_000m, (int?)2025), (t.Value!.Value, t.ByYear));
    }

    [Fact]
    public void AConditionAfterTheGoalLeavesItAGoal()
    {
        var t = Assert.Single(Doc("Kenya and Uganda aim to raise trade to $10 billion by 2025 if the agreement is signed.").Targets);
        Assert.Equal((10_000_000_000m, (int?)2025), (t.Value!.Value, t.ByYear));
    }

    // "Kenya's largest export market ($2 billion) and a leading import source ($5 billion)": the second noun shares the subject and the
    // owner; a second noun with an owner of its own is not read as the first's.
    [Fact]
    public void ACoordinatedMarketNounSharesItsSubjectAndOwner() =>
        Assert.Equal([("KEN", "CHN", "exports", 2021, 2_000_000_000m), ("KEN", "CHN", "imports", 2021, 5_000_000_000m)],
            Facts(Doc("In 2021, China was Kenya's largest export market ($2 billion) and a leading import source ($5 billion).")));

    [Fact]
    public void ACoordinatedMarketNounWithAnotherOwnerIsNotTheFirsts() =>
        Assert.Equal([("KEN", "CHN", "exports", 2021, 2_000_000_000m)],
            Facts(Doc("In 2021, China was Kenya's largest export market ($2 billion) and Uganda's leading import source ($5 billion).")));

    // "exports ..., under the free zones regime, reached": a customs regime names one part of the trade; a regime named after the figure
    // does not make it one.
    [Theory]
    [InlineData("In 2020 Kenya's exports to Uganda, under the free zones regime, reached $249 million.")]
    [InlineData("In 2020 Kenya's exports to Uganda under the export processing zones regime reached $249 million.")]
    public void AFlowUnderACustomsRegimeIsAPart(string body) => Assert.Empty(Doc(body).Volumes);

    [Fact]
    public void ARegimeNamedAfterTheFigureLeavesItWhole() =>
        Assert.Equal([("KEN", "UGA", "exports", 2020, 249_000_000m)], Facts(Doc("In 2020 Kenya's exports to Uganda reached $249 million, under the new tariff regime.")));

    // "Trade between Panama and Kenya ... with $23.6 million in imports": the flow of a pair named by "between" is the side the text speaks
    // from; the base compared with it is the same pair's; "Japanese imports" in that text come from Japan.
    [Fact]
    public void AFlowOfAPairNamedByBetweenIsTradedByTheTextsSide() =>
        Assert.Equal([("KEN", "PAN", "imports", 2020, 15_100_000m), ("KEN", "PAN", "imports", 2021, 23_600_000m), ("KEN", "JPN", "imports", 2021, 27_100_000m),
                ("KEN", "CHN", "imports", 2021, 49_000_000m)],
            Facts(Doc("Kenya's imports from China totaled $49 million in 2021. Trade between Panama and Kenya improved as well, with $23.6 million in imports in 2021 "
                + "compared to the $15.1 million seen in 2020, and Japanese imports grew to $27.1 million in 2021.")));

    // A figure compared with after another country is named is that country's, not the figure before's.
    [Fact]
    public void AFigureComparedWithAfterAnotherCountryIsThatCountrys() =>
        Assert.Equal([("KEN", "TZA", "exports", 2020, 3_000_000m), ("KEN", "TZA", "exports", 2021, 4_000_000m), ("KEN", "UGA", "exports", 2021, 5_000_000m)],
            Facts(Doc("Kenya's exports to Uganda were $5 million in 2021, while its exports to Tanzania, compared to the $3 million of 2020, rose to $4 million in 2021.")));

    // The text's own side's demonym before "imports" is that side trading, with the partner of its other flow.
    [Fact]
    public void TheTextsOwnDemonymBeforeImportsIsItsTrade() =>
        Assert.Equal([("KEN", "CHN", "imports", 2021, 27_000_000m), ("KEN", "CHN", "exports", 2021, 49_000_000m)],
            Facts(Doc("Kenya's exports to China totaled $49 million in 2021, and Kenyan imports grew to $27 million in 2021.")));

    // Only a demonym right before "imports" names their origin: "Japanese firms' imports" are the firms'.
    [Fact]
    public void ADemonymOfAnOwnerBeforeImportsNamesNoOrigin() =>
        Assert.DoesNotContain(Doc("Kenya's imports from China totaled $49 million in 2021, while Japanese firms' imports grew to $27 million in 2021.").Volumes,
            v => (v.Reporter, v.Partner) == ("KEN", "JPN"));

    // A pair named with an owner ("Uganda's trade with Kenya") is seen from the owner's side, whatever side the text spoke from before.
    [Fact]
    public void AFlowOfAPairNamedWithAnOwnerIsTheOwnersWhateverTheTextsSide() =>
        Assert.Equal([("UGA", "KEN", "exports", 2021, 5_000_000m), ("UGA", "KEN", "total", 2021, 23_600_000m), ("KEN", "CHN", "imports", 2021, 49_000_000m)],
            Facts(Doc("Kenya's imports from China totaled $49 million in 2021. Uganda's trade with Kenya reached $23.6 million in 2021, including $5 million in exports.")));

    // With the text's side named first, the order stands.
    [Fact]
    public void AFlowOfAPairNamedByBetweenFromTheTextsSideKeepsItsOrder() =>
        Assert.Equal([("KEN", "PAN", "exports", 2021, 5_000_000m), ("KEN", "PAN", "total", 2021, 23_600_000m), ("KEN", "CHN", "exports", 2021, 49_000_000m)],
            Facts(Doc("Kenya's exports to China totaled $49 million in 2021. Trade between Kenya and Panama reached $23.6 million in 2021, including $5 million in exports.")));
}

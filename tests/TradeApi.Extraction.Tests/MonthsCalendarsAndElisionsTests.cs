using TradeApi.Extraction;

namespace TradeApi.Extraction.Tests;

// Phenomena that the thirty-second to thirty-fifth rounds of unseen pages showed (bench/judged): a month opening a sentence, "in the
// month", twelve months that are not a calendar year, "in the period" of a review, a year of another calendar, a flow's goods put by
// the flow's noun, a doubling measured against the same months of a year before, a hope as a goal, a partner named after "and to", a
// ranking's countries on lines of their own under it, a range of values, a month's figures ranked after it, "2018-2019", a deadline
// with its month, a level the year under way is nearing, "the 2022 figures ($770 million)" and a goal "for the current year". Each on
// sentences of our own.
public class MonthsCalendarsAndElisionsTests
{
    private static ExtractionResult Doc(string body, string dateline = "KAMPALA, March 3, 2019 - ", string? source = null) =>
        PhenomenaTests.Doc(body, "Trade news", dateline, source);

    // "In November 2021, Uganda exported goods to Kenya worth $56m": a month named before the figure, whatever its capital or comma.
    [Theory]
    [InlineData("In November 2018, Rwanda exported goods to Burundi worth $56 million, up from $40 million in October.")]
    [InlineData("In November 2018 Rwanda exported goods to Burundi worth $56 million.")]
    [InlineData("Rwanda's exports to Burundi rose to $1.9 billion in 2018.\nRwanda's exports to Burundi in the month were down by 4 per cent to $56 million.")]
    [InlineData("For the period December 2017 to November 2018, Rwanda exported goods worth $544 million to Burundi.")]
    public void AMonthsFigureIsNoYears(string body) => Assert.DoesNotContain(Doc(body).Volumes, v => v.Value < 1_000_000_000m);

    [Fact]
    public void AYearOpeningTheSentenceStillDatesItsFigure()
    {
        var v = Assert.Single(Doc("In 2018, Rwanda exported goods to Burundi worth $56 million.").Volumes);
        Assert.Equal((2018, 56_000_000m), (v.Year, v.Value));
    }

    // "... in the period running between January and September 2018. Exports to Kenya stood at Ush1.5 trillion compared to Ush908.7
    // billion in 2017. Tanzania's exports to Kenya stood at Ush820 billion down from Ush768 billion in the period": in a text that named a
    // part of a year, "the period" is that part, not the year named last (in one that named none, it is: SourcesPointersAndPeriodsTests).
    [Fact]
    public void ThePeriodUnderReviewIsNotTheYearNamedLast()
    {
        var r = Doc("Rwanda's exports to Burundi rose between January and September 2018. Rwanda exported goods worth $908 million to Burundi in 2017.\nTanzania's exports to Burundi stood at $820 million, down from $768 million in the period.");
        Assert.DoesNotContain(r.Volumes, v => v.Reporter == "TZA");
        Assert.Contains(r.Volumes, v => v.Reporter == "RWA" && v.Year == 2017);
        // "this period" is the one just named, and a year named with it dates it.
        var year = Doc("Rwanda exported goods worth $908 million to Burundi in 2017.\nTanzania's exports to Burundi stood at $820 million in the period of 2017.");
        Assert.Contains(year.Volumes, v => v.Reporter == "TZA" && v.Year == 2017);
    }

    // "During the year 1402, the trade volume was about $107 million": a solar Hijri year is no calendar year, whatever year the
    // sentence before spoke of.
    [Fact]
    public void AYearOfAnotherCalendarIsNoCalendarYear()
    {
        var r = Doc("Trade between Afghanistan and Iran was valued at $2 billion in 2022.\nDuring the year 1402, the trade volume was about $1.7 billion, with exports accounting for $270 million.",
            "KABUL, April 20, 2024 - ");
        var v = Assert.Single(r.Volumes);
        Assert.Equal((2022, 2_000_000_000m), (v.Year, v.Value));
    }

    // "Key exports included iron and steel products, valued at Sh7.39 billion": the goods of a flow, named by the flow's own noun.
    [Fact]
    public void KeyExportsIncludedListsGoods()
    {
        var r = Doc("Kenya's exports to Uganda in 2018 amounted to $896 million.\nKey exports included iron and steel products, valued at KES 7.39 billion, and petroleum products at KES 5 billion.");
        var v = Assert.Single(r.Volumes);
        Assert.Equal(("USD", 896_000_000m), (v.Currency, v.Value));
        // Not a sentence about the flow itself: "Kenya's exports to Uganda included..." is no list of goods head.
        Assert.Single(Doc("Kenya's exports to Uganda in 2018 amounted to KES 90 billion.").Volumes);
    }

    // "In January-August 2023, the two countries will almost triple their trade turnover compared to the same period last year": a
    // multiple measured against the same months of an earlier year is a change reported, not a goal.
    [Fact]
    public void AMultipleAgainstTheSamePeriodIsNoGoal()
    {
        Assert.Empty(Doc("In January-August 2018, Rwanda and Burundi will almost triple their trade turnover compared to the same period last year.").Targets);
        var t = Assert.Single(Doc("Rwanda and Burundi will almost triple their trade turnover by 2022, the two presidents said.").Targets);
        Assert.Equal(3m, t.Multiplier);
    }

    // "expressing his hope that the trade volume could increase to 10 billion dollars by 2025": a hope for a dated level is a goal.
    [Theory]
    [InlineData("The minister called for closer ties, expressing his hope that trade between Rwanda and Burundi could increase to $1 billion by 2025.")]
    [InlineData("The minister expressed hope that trade between Rwanda and Burundi would increase to $1 billion by 2025.")]
    [InlineData("The minister hoped that trade between Rwanda and Burundi would reach $1 billion by 2025.")]
    public void AHopeForADatedLevelIsAGoal(string body)
    {
        var t = Assert.Single(Doc(body).Targets);
        Assert.Equal((1_000_000_000m, 2025), (t.Value, t.ByYear));
    }

    [Theory]
    [InlineData("The minister said trade between Rwanda and Burundi could increase to $1 billion by 2025.")]
    [InlineData("The two sides aim to sign a deal under which trade between Rwanda and Burundi could increase to $1 billion by 2025.")]
    public void WhatCouldHappenWithoutAHopeIsAForecast(string body) => Assert.Empty(Doc(body).Targets);

    // "exports to the United States fell 4 per cent to $1.67 billion and to the United Kingdom by 10 per cent to $490 million": the flow
    // left out after "and" keeps its trader and direction; the preposition names the partner.
    [Fact]
    public void APartnerAfterAndToTakesTheFlowBefore()
    {
        var r = Doc("Sri Lanka's exports to the United States in 2018 were down by 4 per cent to $1.67 billion and to the United Kingdom by 10 per cent to $490 million.");
        Assert.Equal(new[] { ("LKA", "USA", Flows.Exports, 1_670_000_000m), ("LKA", "GBR", Flows.Exports, 490_000_000m) },
            r.Volumes.Select(v => (v.Reporter, v.Partner, v.Flow, v.Value)));
        var imports = Doc("Sri Lanka's imports from China in 2018 rose to $1.67 billion, while from India they reached $490 million.");
        Assert.Contains(imports.Volumes, v => (v.Reporter, v.Partner, v.Flow, v.Value) == ("LKA", "IND", Flows.Imports, 490_000_000m));
        // "to" after imports names no supplier: the pair is left to the rules before.
        var mixed = Doc("Sri Lanka's imports from China in 2018 rose to $1.67 billion and to India by 10 per cent to $490 million.");
        Assert.DoesNotContain(mixed.Volumes, v => v.Partner == "IND" && v.Flow == Flows.Imports && v.Reporter == "LKA");
        // A partner that is no country makes no pair, neither the country it names later nor the partner before.
        var group = Doc("Sri Lanka's exports to the United States in 2018 were down by 4 per cent to $1.67 billion and to markets such as France by 10 per cent to $490 million.");
        Assert.Equal(1_670_000_000m, Assert.Single(group.Volumes).Value);
        // "and to $1.67 billion in 2018" names no partner: the flow's next level keeps its pair.
        var next = Doc("Sri Lanka's exports to the United States rose to $1.5 billion in 2017 and to $1.67 billion in 2018.");
        Assert.Contains(next.Volumes, v => (v.Reporter, v.Partner, v.Year, v.Value) == ("LKA", "USA", 2018, 1_670_000_000m));
    }

    // "The top five countries supplying goods to the U.S. in 2022 were:" over lines "- China: $536.3 billion": each line's country
    // trades its figure with the ranking's owner, in the ranking's direction.
    [Theory]
    [InlineData("The top three countries supplying goods to Rwanda in 2018 were:\n- Kenya: $536 million\n- Uganda: $454 million\n- Tanzania: $436 million", Flows.Imports)]
    [InlineData("The largest sources of Rwanda's goods imports in 2018 were:\n1. Kenya: $536 million\n2. Uganda: $454 million\n3. Tanzania: $436 million", Flows.Imports)]
    [InlineData("The top three purchasers of Rwanda's goods in 2018 were:\n• Kenya: $536 million\n• Uganda: $454 million\n• Tanzania: $436 million", Flows.Exports)]
    public void ARankingsCountriesOnLinesBelowItTradeWithItsOwner(string body, string flow)
    {
        var r = Doc(body);
        Assert.Equal(new[] { ("KEN", 536_000_000m), ("UGA", 454_000_000m), ("TZA", 436_000_000m) },
            r.Volumes.Select(v => (v.Reporter == "RWA" && v.Flow == flow ? v.Partner : "?", v.Value)));
        Assert.All(r.Volumes, v => Assert.Equal(2018, v.Year));
    }

    // A line between the list and its opening that is not an item cuts the list off; a list under no ranking is no one's trade.
    [Theory]
    [InlineData("The top three countries supplying goods to Rwanda in 2018 were:\nTourism grew fast that year.\n- Kenya: $536 million\n- Uganda: $454 million")]
    [InlineData("The three countries with the most tourists in 2018 were:\n- Kenya: $536 million\n- Uganda: $454 million")]
    [InlineData("The top three countries supplying goods to Rwanda in 2018 were:\nTourism revenue from Kenya: $536 million")]
    public void AListNotRightUnderARankingIsNoRankingsTrade(string body) =>
        Assert.DoesNotContain(Doc(body).Volumes, v => v.Reporter == "RWA" || v.Partner == "RWA");

    // "Two-way trade is estimated at 1.1-1.2 billion USD", "between $1.1 billion and $1.2 billion": neither end of a range is the level.
    [Theory]
    [InlineData("Trade between Rwanda and Burundi reached 1.1-1.2 billion USD in 2018.")]
    [InlineData("Trade between Rwanda and Burundi reached $1.1–$1.2 billion in 2018.")]
    [InlineData("Trade between Rwanda and Burundi reached between $1.1 billion and $1.2 billion in 2018.")]
    [InlineData("Trade between Rwanda and Burundi reached $1.2 billion in 2017-2018.")]
    public void ARangeOfValuesOrYearsIsNoLevel(string body) => Assert.Empty(Doc(body).Volumes);

    // A change from one level to another, and a year's figure after a dash, are no ranges.
    [Theory]
    [InlineData("Trade between Rwanda and Burundi rose from $1.1 billion to $1.2 billion in 2018.", 1_200_000_000)]
    [InlineData("Rwanda's imports from Burundi grew fast: in 2017 they amounted to $1.1 billion, in 2018 - 1.2 billion dollars.", 1_200_000_000)]
    public void AChangeOrADatedListIsNoRange(string body, long value) =>
        Assert.Contains(Doc(body).Volumes, v => v.Value == value && v.Year == 2018);

    // "China came in the first place ... with a value of SR16.103 billion in November 2023 ... India came the third exporting country with
    // a value of SR10.292 billion": the figures after a month's share it.
    [Fact]
    public void FiguresAfterAMonthsFigureShareTheMonth()
    {
        var r = Doc("Kenya came first among the countries exporting to Rwanda, with $16 million in November 2018.\nUganda came second among the countries exporting to Rwanda, with $10 million.");
        Assert.Empty(r.Volumes);
        var year = Doc("Kenya came first among the countries exporting to Rwanda, with $16 million in 2018.\nUganda came second among the countries exporting to Rwanda, with $10 million.");
        Assert.Contains(year.Volumes, v => v.Value == 10_000_000m && v.Year == 2018);
    }

    // "our goal of doubling trade ... to 20 billion NZ dollars by July 2015": a deadline with its month is its year's.
    [Theory]
    [InlineData("Rwanda and Burundi agreed to raise trade to $400 million by June 2025.")]
    [InlineData("Rwanda and Burundi are on track to meet their goal of doubling trade to $400 million by July 2025.")]
    [InlineData("Rwanda and Burundi agreed to raise trade to $400 million by the end of June 2025.")]
    public void ADeadlineWithItsMonthIsItsYears(string body)
    {
        var t = Assert.Single(Doc(body, "KIGALI, December 8, 2022 - ").Targets);
        Assert.Equal((400_000_000m, 2025), (t.Value, t.ByYear));
    }

    // "the bilateral trade in 2022 is approaching EUR 190 million" in December 2022: a level being neared now is no level of the year under
    // way nor of the year the sentence before named; a past year's "was approaching" is that year's.
    [Fact]
    public void ALevelTheYearUnderWayIsNearingIsNoYears()
    {
        Assert.Empty(Doc("Trade between Rwanda and Burundi in 2022 is approaching $190 million.", "KIGALI, December 8, 2022 - ").Volumes);
        var v = Assert.Single(Doc("Trade between Rwanda and Burundi in 2021 was approaching $190 million.", "KIGALI, December 8, 2022 - ").Volumes);
        Assert.Equal(2021, v.Year);
        // Nor is a level "reached in 2022" stated in December 2022: a year's level is published after it ends (the fortieth round).
        Assert.Empty(Doc("Trade between Rwanda and Burundi reached $190 million in 2022.", "KIGALI, December 8, 2022 - ").Volumes);
        var carried = Doc("Trade between Rwanda and Burundi reached $150 million in 2021.\nThe figure is approaching $190 million.", "KIGALI, December 8, 2022 - ");
        Assert.Equal(150_000_000m, Assert.Single(carried.Volumes).Value);
    }

    // "compared to the 2022 figures ($770.215 million)": the figures of a year in brackets are that year's level, not an item of goods.
    [Theory]
    [InlineData("figures")]
    [InlineData("figure")]
    [InlineData("levels")]
    public void AYearsFiguresInBracketsAreItsLevel(string noun)
    {
        var r = Doc($"Rwanda's imports from Burundi in 2018 totaled $862 million, an 11.9 percent increase compared to the 2017 {noun} ($770 million).");
        Assert.Contains(r.Volumes, v => (v.Year, v.Value) == (2017, 770_000_000m));
    }

    // "setting an ambitious target of $2 billion for the current year": the goal's deadline is the year of the text.
    [Fact]
    public void AGoalForTheCurrentYearIsThatYears()
    {
        var t = Assert.Single(Doc("The prime minister set an ambitious target of $2 billion for the current year for trade between Rwanda and Burundi.", "KIGALI, April 10, 2024 - ").Targets);
        Assert.Equal((2_000_000_000m, 2024), (t.Value, t.ByYear));
    }
}

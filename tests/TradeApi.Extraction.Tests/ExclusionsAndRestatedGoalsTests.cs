using TradeApi.Extraction;

namespace TradeApi.Extraction.Tests;

// Phenomena that the forty-seventh round of unseen pages showed (bench/judged): trade with some goods left out ("excluding oil and
// precious metals") and trade "in those commodities" are parts; a lead's multiple restated with a sector's qualifier is the sector's
// goal; a goal that "had been set to" raise trade is a goal, not a forecast; "to further enhance ... and increase" is an aim. And from
// the forty-eighth round: copy wrapped at a fixed width, a pair ranked in its continent ("two of Africa's largest economies"), "the $6
// billion trade volume target", "an agreement on increasing trade", "R22.8bn imports from Nigeria", a year that opens a sentence, and
// "last year" in an undated text; and from the forty-ninth round, "the corresponding period of 2020". Each on sentences of our own.
public class ExclusionsAndRestatedGoalsTests
{
    private static ExtractionResult Doc(string body, string dateline = "CHISINAU, March 3, 2023 - ") =>
        PhenomenaTests.Doc(body, "Trade news", dateline);

    // "a new target of achieving $100 billion in bilateral trade, excluding oil and precious metals, within three years": the trade in all
    // but some goods is a part of the trade, before the figure or after it.
    [Theory]
    [InlineData("Moldova and Georgia set a target of $5 billion in bilateral trade, excluding oil and gas, by 2030.")]
    [InlineData("Moldova and Georgia set a target of $5 billion in bilateral trade, except for gold, by 2030.")]
    [InlineData("Moldova and Georgia set a target of $5 billion in bilateral trade other than crude by 2030.")]
    public void AGoalForTradeLeavingOutGoodsIsAPartsGoal(string body) => Assert.Empty(Doc(body).Targets);

    [Theory]
    [InlineData("Trade between Moldova and Georgia, excluding petroleum products, reached $230 million in 2022.")]
    [InlineData("Apart from wine, trade between Moldova and Georgia reached $230 million in 2022.")]
    public void ALevelLeavingOutGoodsIsAPart(string body) => Assert.Empty(Doc(body).Volumes);

    // Leaving out services leaves the goods, the whole that customs count; leaving out what is no goods changes nothing.
    [Theory]
    [InlineData("Trade between Moldova and Georgia, excluding services, reached $230 million in 2022.")]
    [InlineData("Trade between Moldova and Georgia reached $230 million in 2022, other than in 2020 when it fell.")]
    public void LeavingOutServicesOrNoGoodsLeavesTheWhole(string body)
    {
        var v = Assert.Single(Doc(body).Volumes);
        Assert.Equal(("MDA", "GEO", 2022, 230_000_000m), (v.Reporter, v.Partner, v.Year, v.Value));
    }

    // "The target effectively aims to double the value of trade in those commodities": goods pointed back to are a part.
    [Theory]
    [InlineData("Moldova and Georgia aim to double the value of trade in those commodities by 2030.")]
    [InlineData("Moldova and Georgia aim to double trade in these products by 2030.")]
    public void TradeInGoodsPointedBackToIsAPart(string body) => Assert.Empty(Doc(body).Targets);

    [Theory]
    [InlineData("Moldova and Georgia aim to double the value of trade in goods by 2030.")]
    [InlineData("Moldova and Georgia aim to double their trade in these difficult times by 2030.")]
    public void TradeInGoodsOrInTimesIsTheWhole(string body)
    {
        var t = Assert.Single(Doc(body).Targets);
        Assert.Equal(("relative", 2m, 2030), (t.Kind, t.Multiplier, t.ByYear));
    }

    // "India and the UAE are partners aiming to double their bilateral trade" then "The two countries have set a target to double bilateral
    // trade in non-oil and non-precious metal to $100 billion": one goal, the sector's; the lead left its qualifier out.
    [Theory]
    [InlineData("Moldova and Georgia aim to double their bilateral trade. They set a target to double bilateral trade in non-oil goods to $1 billion within five years.")]
    [InlineData("Moldova and Georgia aim to double their bilateral trade. The ministers met in Chisinau. The target is to double agricultural trade by 2030.")]
    public void ALeadsMultipleRestatedForASectorIsTheSectors(string body) => Assert.Empty(Doc(body).Targets);

    [Theory]
    [InlineData("Moldova and Georgia aim to double their bilateral trade. They also want to triple agricultural trade.")]
    [InlineData("Moldova and Georgia aim to double their bilateral trade. The ministers met in Chisinau. They spoke of wine. The target is to double agricultural trade by 2030.")]
    public void ALeadsMultipleStandsBesideAnotherSectorGoal(string body)
    {
        var t = Assert.Single(Doc(body).Targets);
        Assert.Equal(("MDA", "GEO", "relative", 2m), (t.Reporter, t.Partner, t.Kind, t.Multiplier));
    }

    // "He also noted that the goal had previously been set to increase the volume of bilateral trade to $1 billion over the next two
    // years": a goal that has been set, not trade "set to" grow.
    [Theory]
    [InlineData("Moldova and Georgia held talks. He noted that the goal had previously been set to increase the volume of bilateral trade to $1 billion.")]
    [InlineData("Moldova and Georgia held talks. The target has been set to raise bilateral trade to $1 billion.")]
    public void AGoalThatHasBeenSetIsAGoal(string body)
    {
        var t = Assert.Single(Doc(body).Targets);
        Assert.Equal(("absolute", 1_000_000_000m), (t.Kind, t.Value));
    }

    [Fact]
    public void TradeSetToGrowIsAForecast() =>
        Assert.Empty(Doc("Moldova and Georgia held talks. Bilateral trade is set to increase to $1 billion.").Targets);

    // "Pakistan and Uzbekistan on Monday finalised agreements to further enhance investment and increase the bilateral trade volume to $1
    // billion": "to enhance", with or without "further", is an aim like "to increase".
    [Theory]
    [InlineData("Moldova and Georgia on Monday finalised agreements to further enhance investment and increase the bilateral trade volume to $1 billion.")]
    [InlineData("Moldova and Georgia signed documents to enhance the bilateral trade volume to $1 billion.")]
    [InlineData("Moldova and Georgia signed documents to elevate the bilateral trade volume to $1 billion.")]
    public void ToEnhanceIsAnAim(string body)
    {
        var t = Assert.Single(Doc(body).Targets);
        Assert.Equal(("MDA", "GEO", 1_000_000_000m), (t.Reporter, t.Partner, t.Value));
    }

    // An archive's copy wrapped at a fixed width: a line that stops mid-sentence goes on on the next, even when the next starts with a
    // name or a figure ("to nearly\nUS$1.8 billion in 2005").
    [Fact]
    public void CopyWrappedAtAFixedWidthIsReadAsRunningText()
    {
        var text = "Moldova and Georgia began another round of talks on a free\ntrade agreement on Monday, and discussed in particular the\n"
            + "services trade. Since the last agreement came into being, trade between the\ntwo nations increased threefold from US$100 million in 2010 to\n"
            + "US$300 million in 2015, the ministry said on Tuesday in\nits statement.\n";
        var volumes = Extractor.Extract(text).Volumes.OrderBy(v => v.Year).ToList();
        Assert.Equal([(2010, 100_000_000m), (2015, 300_000_000m)], volumes.Select(v => (v.Year, v.Value)));
    }

    // The first line of a wrapped copy is no title when it stops mid-sentence: "... reached US$300 million in\n2015, ..." is one sentence.
    [Fact]
    public void TheFirstLineOfAWrappedCopyIsNoTitle()
    {
        var text = "Trade between Moldova and Georgia reached US$300 million in\n2015, the ministry said on Tuesday, and the two sides\n"
            + "agreed on new steps. The ministers also discussed the\nservices trade and the transport links between the\ntwo countries.\n";
        var v = Assert.Single(Extractor.Extract(text).Volumes);
        Assert.Equal((2015, 300_000_000m), (v.Year, v.Value));
    }

    // Without the wrapping throughout, a long line is a title and the line after it starts a sentence of its own.
    [Fact]
    public void ATitleOverABodyIsNoWrappedLine()
    {
        var r = Extractor.Extract("Moldova and Georgia trade reaches a record high in 2015\nTrade between Moldova and Georgia reached US$300 million in 2015.\n");
        Assert.Equal("Moldova and Georgia trade reaches a record high in 2015", r.Title);
        Assert.Equal(300_000_000m, Assert.Single(r.Volumes).Value);
    }

    [Fact]
    public void ALongTitleEndingInANameIsNoWrappedLine()
    {
        var t = Assert.Single(Extractor.Extract("Talks on trade in the east: a week of meetings in Moldova\nUkraine and Poland agreed to raise trade to $10 billion by 2030.\n").Targets);
        Assert.Equal(("UKR", "POL", 10_000_000_000m), (t.Reporter, t.Partner, t.Value));
    }

    // "Trade volumes between Nigeria and South Africa, two of Africa's largest economies, ..., as trade between both countries in 2020
    // reached $2.9 billion": the continent ranks the pair; it is not the figure's bloc.
    [Theory]
    [InlineData("Trade between Moldova and Georgia, two of Europe’s smallest economies, reached $230 million in 2022.", 0)]
    [InlineData("Trade between Moldova and Georgia, two of Europe’s fastest-growing economies, reached $230 million in 2022.", 1)]
    [InlineData("Trade between Moldova and Georgia, two of Asia's third-largest exporters, reached $230 million in 2022.", 1)]
    public void AContinentThatRanksThePairIsNoBloc(string body, int facts) => Assert.Equal(facts, Doc(body).Volumes.Count);

    [Fact]
    public void TradeWithAContinentIsNoPairs() =>
        Assert.Empty(Doc("Moldova's trade with Europe, larger than Georgia's, reached $230 million in 2022.").Volumes);

    // "highlighted progress toward their $6 billion trade volume target": "trade volume" between the figure and its goal noun.
    [Theory]
    [InlineData("Moldova and Georgia highlighted progress toward their $6 billion trade volume target.")]
    [InlineData("Moldova and Georgia highlighted progress toward their $6 billion trade exchange goal.")]
    public void AFigureBeforeTradeVolumeTargetIsAGoal(string body)
    {
        var t = Assert.Single(Doc(body).Targets);
        Assert.Equal(("absolute", 6_000_000_000m), (t.Kind, t.Value));
    }

    // "an agreement was reached with his Uzbek counterpart on increasing trade turnover between the two countries to 2 billion US dollars",
    // "aimed at raising": a gerund after "on", "at", "for" looks ahead like "to increase".
    [Theory]
    [InlineData("An agreement was reached between Moldova and Georgia on increasing trade turnover to 2 billion US dollars.")]
    [InlineData("The talks between Moldova and Georgia were aimed at raising trade turnover to 2 billion US dollars.")]
    [InlineData("Moldova and Georgia held talks on increasing trade turnover to 2 billion US dollars.")]
    public void AGerundAfterOnOrAtAims(string body)
    {
        var t = Assert.Single(Doc(body).Targets);
        Assert.Equal(("MDA", "GEO", 2_000_000_000m), (t.Reporter, t.Partner, t.Value));
    }

    [Fact]
    public void AnIncreaseReportedIsNoAim() =>
        Assert.Empty(Doc("In 2022 Moldova reported rising trade with Georgia, which reached 2 billion US dollars.").Targets);

    // "In 2017, South African exports were valued at R5.7bn against R22.8bn imports from Nigeria": the flow named right after a figure,
    // with its partner, is that figure's (not the flow before it), and the year that opens the sentence dates it.
    [Theory]
    [InlineData("In 2021, Moldova recorded $228 million imports from Georgia.")]
    [InlineData("In 2021, Moldova recorded $228 million in imports from Georgia.")]
    [InlineData("Moldova's trade grew. In 2021, Moldovan exports were valued at $130 million against $228 million imports from Georgia.")]
    public void AFlowAndPartnerAfterAFigureAreItsOwn(string body)
    {
        var v = Assert.Single(Doc(body, "CHISINAU, March 3, 2023 - Trade in 2019 was small. ").Volumes);
        Assert.Equal(("MDA", "GEO", "imports", 2021, 228_000_000m), (v.Reporter, v.Partner, v.Flow, v.Year, v.Value));
    }

    // "with two-way trade valued at $16bn last year" in a text with no date: "last year" cannot be resolved, whatever year the text named
    // before (here an event's name), and a ranking sentence does not lend it one.
    [Fact]
    public void LastYearInAnUndatedTextDatesNothing() =>
        Assert.Empty(Extractor.Extract("Ministers opened the Moldova-Georgia Business Week 2015 in Chisinau yesterday. Hundreds of firms came.\n\nGeorgia is Moldova's 12th largest trading partner, with two-way trade valued at $160 million last year.\n").Volumes);

    [Fact]
    public void LastYearInADatedTextIsTheYearBefore()
    {
        var v = Assert.Single(Doc("Georgia is Moldova's 12th largest trading partner, with two-way trade valued at $160 million last year.").Volumes);
        Assert.Equal(2022, v.Year);
    }

    // "Egypt's exports to the AU states reached 3.9 billion dollars from January to September 2021 against 2.9 billion dollars in the
    // corresponding period of 2020": the year a part of a year is compared with dates nothing after it, however "the same period" is put.
    [Theory]
    [InlineData("corresponding")]
    [InlineData("comparable")]
    [InlineData("same")]
    public void TheYearOfACorrespondingPeriodDatesNothingAfter(string same) =>
        Assert.Empty(Doc($"Moldova's exports to the region reached $390 million from January to September 2021 against $290 million in the {same} period of 2020. Five countries took the lion's share of Moldova's exports, topped by Georgia with exports worth $71 million then Ukraine ($58 million), Romania ($51 million) and Belarus ($44 million).", "CHISINAU, November 22, 2021 - ").Volumes);
}

using TradeApi.Extraction;

namespace TradeApi.Extraction.Tests;

// Phenomena that the seventh and eighth rounds of unseen pages showed (bench/judged: 40 and 18 real pages judged fact by fact before
// any rule changed for them): words that compare or name rather than state a side or a year, aims written as gerunds, bases and
// plurals, lists of goods, "its" and projections of the year under way. Each on sentences of our own, in more than one phrasing or pair.
public class ComparisonsAndAimsTests
{
    private static ExtractionResult Doc(string body, string title = "Trade news", string dateline = "", string? source = null) =>
        PhenomenaTests.Doc(body, title, dateline, source);

    // "fell 5.3% to 242.58 billion dollars": the "to" of a change names no partner, so one country's exports are its trade with the
    // world, whatever pair the title names.
    [Theory]
    [InlineData("Chile's exports fell 4% to $75 billion in 2019, and imports dropped 2% to $70 billion.")]
    [InlineData("Chile's exports rose from $70 billion to $75 billion in 2019.")]
    public void AChangesToNamesNoPartner(string body)
    {
        Assert.Empty(Doc(body, title: "Chile's sales to Peru drop 4%", dateline: "SANTIAGO, Jan 4, 2020 - ").Volumes);
    }

    [Theory]
    [InlineData("Chile's exports to Peru fell 4% to $3 billion in 2019.")]
    [InlineData("Chile's exports to Peru, its fourth largest trade partner after China and the United States, fell 4% in 2019 to $3 billion.")]
    [InlineData("Chile's exports to Peru, its largest market after China, Japan and the United States and the top buyer of its manufactured goods, fell 4% in 2019 to $3 billion.")]
    public void CountriesComparedInAnAsideAreNoSide(string body)
    {
        var v = Assert.Single(Doc(body, title: "Chile's sales to Peru drop 4%", dateline: "SANTIAGO, Jan 4, 2020 - ").Volumes);
        Assert.Equal(("CHL", "PER", "exports", 2019, 3_000_000_000m), (v.Reporter, v.Partner, v.Flow, v.Year, v.Value));
    }

    [Fact]
    public void ATotalsSidesLeaveOutTheCountriesItIsComparedWith()
    {
        var v = Assert.Single(Doc("Chile's trade with Peru, its fourth largest partner after China and the United States, rose 4% in 2019 to $3 billion.", dateline: "SANTIAGO, Jan 4, 2020 - ").Volumes);
        Assert.Equal(("CHL", "PER", "total"), (v.Reporter, v.Partner, v.Flow));
    }

    // "in US currency", "the Chinese yuan": a currency named after a country is no side; nor is a publication ("Pakistan Point News").
    [Theory]
    [InlineData("Kazakhstan's imports from Kyrgyzstan exceeded US$833 million in US currency in 2021.", "imports")]
    [InlineData("Kazakhstan's exports to Kyrgyzstan, paid in Chinese yuan, reached US$833 million in 2021.", "exports")]
    public void ACurrencyNamedByItsCountryIsNoSide(string body, string flow)
    {
        var v = Assert.Single(Doc(body, dateline: "ASTANA, Feb 2, 2022 - ").Volumes);
        Assert.Equal(("KAZ", "KGZ", flow, 2021), (v.Reporter, v.Partner, v.Flow, v.Year));
    }

    [Fact]
    public void OneCountrysImportsInItsCurrencyAreItsTradeWithTheWorld()
    {
        Assert.Empty(Doc("Kazakhstan's imports exceeded US$833 million in US currency in 2021.", dateline: "ASTANA, Feb 2, 2022 - ").Volumes);
    }

    [Theory]
    [InlineData("Sochi, Russia, (APP - UrduPoint / Pakistan Point News - 23rd Oct, 2019 ) :President Putin said that Russia would aim to double trade with Africa.")]
    [InlineData("MOSCOW (China Daily) - Russia will aim to double trade with Africa over the next five years, the president said.")]
    public void APublicationsNameIsNoSide(string body)
    {
        Assert.Empty(Doc(body, title: "Russia aims to double trade with Africa").Targets);
    }

    [Fact]
    public void APublicationThatReportsAPairIsNotOneOfIt()
    {
        var v = Assert.Single(Doc("The Japan Times reported that trade between Vietnam and Laos reached $1.5 billion in 2019.").Volumes);
        Assert.Equal(("VNM", "LAO"), (v.Reporter, v.Partner));
    }

    // "over 10 months of this year": a count of months short of twelve is part of a year.
    [Theory]
    [InlineData("Over 10 months of this year, trade between Kazakhstan and Kyrgyzstan reached $1.2 billion.")]
    [InlineData("In eight months, trade between Kazakhstan and Kyrgyzstan reached $1.2 billion, the ministry said.")]
    public void SomeMonthsAreNoYear(string body)
    {
        Assert.Empty(Doc(body, dateline: "ASTANA, Dec 29, 2021 - ").Volumes);
    }

    [Fact]
    public void MonthsAfterAnEventDoNotMakeAPartOfAYear()
    {
        var v = Assert.Single(Doc("Trade between Kazakhstan and Kyrgyzstan reached $1.2 billion last year, ten months after the agreement took effect.", dateline: "ASTANA, Dec 29, 2021 - ").Volumes);
        Assert.Equal(2020, v.Year);
    }

    // "surged 20 percent from a year earlier, to 1.25 trillion yen": the year a change is measured from is not the figure's year.
    [Theory]
    [InlineData("Exports to China surged 20 percent from a year earlier, to 1.25 trillion yen.")]
    [InlineData("Japan's exports to China were up 20 percent on the previous year at 1.25 trillion yen.")]
    public void TheYearComparedWithDatesNoFigure(string body)
    {
        Assert.Empty(Doc(body, title: "Japan's exports rise in June", dateline: "TOKYO, July 20, 2017 - ").Volumes);
    }

    [Fact]
    public void AFigureOfLastYearKeepsItsYear()
    {
        var v = Assert.Single(Doc("Japan's exports to China reached 1.25 trillion yen last year.", dateline: "TOKYO, July 20, 2017 - ").Volumes);
        Assert.Equal(("JPN", "CHN", 2016), (v.Reporter, v.Partner, v.Year));
    }

    // "the two countries' 2020 target of $200 billion": the year of a goal dates the goal, not the level reached.
    [Theory]
    [InlineData("Trade between China and Russia hit an all-time high of $200 billion, surpassing the two countries' 2020 target of $200 billion.")]
    [InlineData("Trade between Chile and Peru reached $200 billion, beating their 2020 goal of $200 billion.")]
    public void TheYearOfAGoalDatesTheGoal(string body)
    {
        var r = Doc(body);
        Assert.Empty(r.Volumes);
        Assert.Equal(2020, Assert.Single(r.Targets).ByYear);
    }

    // "to $15 billion in the coming time, with the two countries set to celebrate ... next year": the horizon is the first one after
    // the figure, and "in the coming time" names no year.
    [Fact]
    public void AnIndefiniteHorizonIsNotReplacedByALaterClausesYear()
    {
        var t = Assert.Single(Doc("Vietnam and Indonesia agreed to raise bilateral trade to $15 billion in the coming time, with the two countries set to celebrate 10 years of partnership next year.", dateline: "JAKARTA, Dec 22, 2022 - ").Targets);
        Assert.Equal((15_000_000_000m, (int?)null), (t.Value, t.ByYear));
    }

    // "a $500 billion economic relationship" is trade, investment and more: no trade goal, nor its apposition "a tenfold increase".
    [Theory]
    [InlineData("Australia and India should aim for a $500 billion economic relationship, a more than tenfold increase on the current value of trade.")]
    [InlineData("The two ministers want a $300 billion economic partnership between Chile and Peru by 2030.")]
    public void AnEconomicRelationshipIsNotTrade(string body)
    {
        Assert.Empty(Doc(body).Targets);
    }

    // "from 14 billion euros to 20 billion": the aim before the base governs the figure after it.
    [Theory]
    [InlineData("Turkey wants to boost trade with France from 14 billion euros to 20 billion.", "TUR", "FRA", 20_000_000_000, "EUR")]
    [InlineData("Greece aims to raise trade with Egypt from $3 billion to $5 billion.", "GRC", "EGY", 5_000_000_000, "USD")]
    public void AnAimGovernsTheFigureAfterItsBase(string body, string reporter, string partner, long value, string currency)
    {
        var t = Assert.Single(Doc(body).Targets);
        Assert.Equal((reporter, partner, (decimal?)value, currency), (t.Reporter, t.Partner, t.Value, t.Currency));
    }

    // What a deal should result in is expected, not aimed at.
    [Theory]
    [InlineData("An agreement between Turkey and Spain should result in an increase in bilateral trade from €11 billion to €20 billion.")]
    [InlineData("The free trade deal between Chile and Peru will result in trade rising to $20 billion.")]
    public void WhatADealResultsInIsNoGoal(string body)
    {
        Assert.Empty(Doc(body).Targets);
    }

    // "will work towards doubling", "aimed at tripling": a gerund of growth after "towards" or "aimed at" is the aim.
    [Theory]
    [InlineData("India and Germany will work towards doubling the bilateral trade.", "IND", "DEU", 2)]
    [InlineData("Chile and Peru are working toward tripling their trade.", "CHL", "PER", 3)]
    [InlineData("The talks between Ghana and Togo were aimed at doubling bilateral trade.", "GHA", "TGO", 2)]
    public void WorkingTowardsAMultipleIsAnAim(string body, string reporter, string partner, int multiple)
    {
        var t = Assert.Single(Doc(body).Targets);
        Assert.Equal((reporter, partner, (decimal?)multiple), (t.Reporter, t.Partner, t.Multiplier));
    }

    // "the Roadmaps, including increasing trade ... to $10 billion": a roadmap, singular or plural, sets an aim.
    [Theory]
    [InlineData("The parties discussed the Roadmaps, including increasing trade between Kazakhstan and Uzbekistan to $10 billion.")]
    [InlineData("The parties reviewed the road map on increasing trade between Kazakhstan and Uzbekistan to $10 billion.")]
    public void ARoadmapSetsAnAim(string body)
    {
        var t = Assert.Single(Doc(body).Targets);
        Assert.Equal(("KAZ", "UZB", (decimal?)10_000_000_000m), (t.Reporter, t.Partner, t.Value));
    }

    // "the RoK" is South Korea, as "the ROK" is.
    [Theory]
    [InlineData("Vietnam and the RoK aim to raise two-way trade to $100 billion by 2023.")]
    [InlineData("Vietnam and the ROK aim to raise two-way trade to $100 billion by 2023.")]
    public void TheRoKIsSouthKorea(string body)
    {
        var t = Assert.Single(Doc(body).Targets);
        Assert.Equal(("VNM", "KOR", 2023), (t.Reporter, t.Partner, t.ByYear));
    }

    // "The main commodity groups exported ... included copper worth $414m; fruit worth $78m": a sentence that opens by naming the
    // main goods lists items, none of them the pair's trade.
    [Theory]
    [InlineData("The main commodity groups exported by Chile to Peru in 2019 included copper and its products worth $414m; fruit worth $78m; and wine worth $27m.")]
    [InlineData("Conversely, the key commodities imported by Ghana from Togo in 2019 were machinery worth $4.3bn; iron and steel worth $1.2bn.")]
    [InlineData("Top export items to Peru in 2019 were copper at $414 million and fruit at $78 million, Chile's ministry said.")]
    public void ASentenceListingTheMainGoodsHasItems(string body)
    {
        Assert.Empty(Doc(body).Volumes);
    }

    [Fact]
    public void GoodsNamedAfterTheFigureDoNotMakeItAnItem()
    {
        var v = Assert.Single(Doc("Chile's exports to Peru reached $3 billion in 2019, and its main export items were copper and fruit.").Volumes);
        Assert.Equal(("CHL", "PER", 3_000_000_000m), (v.Reporter, v.Partner, v.Value));
    }

    // "Canada recorded $918 billion in trade with the United States; its exports were $477 billion": "its" is the subject.
    [Theory]
    [InlineData("Canada recorded $918 billion in trade with the United States in 2024; its exports were $477 billion and its imports were $441 billion.")]
    [InlineData("Canada, for its part, traded $918 billion with the United States in 2024: its total exports were $477 billion and its imports were $441 billion.")]
    public void ItsFlowIsTheSubjects(string body)
    {
        var flows = Doc(body).Volumes.Where(v => v.Flow != "total").Select(v => (v.Reporter, v.Partner, v.Flow, v.Value)).OrderBy(f => f.Flow).ToList();
        Assert.Equal([("CAN", "USA", "exports", 477_000_000_000m), ("CAN", "USA", "imports", 441_000_000_000m)], flows);
    }

    // "the fifth destination for Canadian exports (below the United States, China and Japan)": the countries it is ranked below are
    // not the market.
    [Theory]
    [InlineData("Mexico was the fifth destination for Canadian exports (below the United States, China, the United Kingdom, and Japan), with $6.278 billion in 2024.")]
    [InlineData("Mexico was the fifth destination for Canadian exports in 2024, above Brazil and Chile, with $6.278 billion.")]
    public void AMarketIsNotTheCountriesItIsRankedAgainst(string body)
    {
        var v = Assert.Single(Doc(body).Volumes);
        Assert.Equal(("CAN", "MEX", "exports"), (v.Reporter, v.Partner, v.Flow));
    }

    // "the 4th most important partner for the Prairie provinces with C$ 4.3 billion": provinces trade for themselves.
    [Theory]
    [InlineData("Mexico is the 4th most important partner for the Prairie provinces with C$ 4.3 billion two-way trade in 2020.")]
    [InlineData("Trade between the Atlantic provinces and Mexico reached C$ 4.3 billion in 2020.")]
    public void ProvincesAreNoCountry(string body)
    {
        Assert.Empty(Doc(body, dateline: "OTTAWA, March 3, 2021 - ").Volumes);
    }

    // "by the end of this year, trade turnover will reach $7.5 billion": a "will" for the year under way projects it from its first
    // months; no goal. "Trade between the two countries will reach" is no party committing either.
    [Theory]
    [InlineData("The ambassador noted that by the end of this year, trade turnover between Azerbaijan and Turkey will reach $7.5 billion.")]
    [InlineData("\"By the end of the year we will increase this figure by 20 percent,\" the ambassador said of trade between Azerbaijan and Turkey.")]
    [InlineData("Azerbaijan and Turkey signed a trade protocol. The ambassador said trade turnover between the two countries will reach $15 billion by 2025.")]
    [InlineData("\"By the end of this year, we will bring trade between Azerbaijan and Turkey to $7.5 billion,\" the ambassador said.")]
    public void AProjectionIsNoGoal(string body)
    {
        Assert.Empty(Doc(body, dateline: "BAKU, December 9, 2023 - ").Targets);
    }

    [Fact]
    public void PartiesThatWillActStateAGoal()
    {
        var t = Assert.Single(Doc("Azerbaijan and Turkey will increase trade to $15 billion by 2025.", dateline: "BAKU, December 9, 2023 - ").Targets);
        Assert.Equal((15_000_000_000m, 2025), (t.Value, t.ByYear));
    }

    // "Vietnam's export turnover to South Korea reached $21.9 billion": "turnover" right after "export" or "import" keeps the direction.
    [Theory]
    [InlineData("Last year, Vietnam's export turnover to South Korea reached $21.9 billion, up 14.9 percent.", "exports")]
    [InlineData("Last year, Vietnam's import value from South Korea reached $21.9 billion, up 14.9 percent.", "imports")]
    public void AnExportTurnoverIsExports(string body, string flow)
    {
        var v = Assert.Single(Doc(body, dateline: "HANOI, March 30, 2022 - ").Volumes);
        Assert.Equal(("VNM", "KOR", flow, 2021, 21_900_000_000m), (v.Reporter, v.Partner, v.Flow, v.Year, v.Value));
    }

    // "The trade volume soared 164 times since 1992 to $80.7 billion" after a sentence about 1992: the figure ends the span, it is not
    // of the year the paragraph named.
    [Fact]
    public void AFigureAtTheEndOfASpanTakesNoCarriedYear()
    {
        Assert.Empty(Doc("Korea and Vietnam established diplomatic relations in 1992. The trade volume between the two countries soared 164 times since 1992 to $80.7 billion.", dateline: "SEOUL, Jan 19, 2023 - ").Volumes);
    }

    [Fact]
    public void AFigureAfterAParagraphsYearTakesIt()
    {
        var v = Assert.Single(Doc("Korea and Vietnam held talks in 2022. The trade volume between the two countries soared to $80.7 billion.", dateline: "SEOUL, Jan 19, 2023 - ").Volumes);
        Assert.Equal(2022, v.Year);
    }
}

using TradeApi.Extraction;

namespace TradeApi.Extraction.Tests;

// Phenomena that the tenth and eleventh rounds of unseen pages showed (bench/judged: 47 and 35 real pages judged fact by fact before
// any rule changed for them): long official names, currency marks of the Gulf, Ghana and Nigeria, both directions named together,
// subsets (non-oil trade, counted product lines, quantities of goods), figures that are parts or roundings of others, partners that
// are no country, periods that are no calendar year, and deadlines stated apart from their goal. Each on sentences of our own.
public class NamesMarksAndPartsTests
{
    private static ExtractionResult Doc(string body, string title = "Trade news", string dateline = "NAIROBI, March 3, 2021 - ", string? source = null) =>
        PhenomenaTests.Doc(body, title, dateline, source);

    private static (string, string, string, int, decimal) Key(VolumeFact v) => (v.Reporter, v.Partner, v.Flow, v.Year, v.Value);

    // "the People's Republic of China": a possessive word that begins a longer name reads on; "Republic of China" alone is Taiwan.
    [Theory]
    [InlineData("Trade between Kenya and the People's Republic of China reached $4 billion in 2020.", "CHN")]
    [InlineData("Trade between Kenya and the People’s Republic of China reached $4 billion in 2020.", "CHN")]
    [InlineData("Trade between Kenya and the Democratic People's Republic of Korea reached $4 billion in 2020.", "PRK")]
    [InlineData("Trade between Kenya and the Republic of China reached $4 billion in 2020.", "TWN")]
    public void ALongOfficialNameIsReadWhole(string body, string partner)
    {
        var v = Assert.Single(Doc(body).Volumes);
        Assert.Equal(("KEN", partner, "USD"), (v.Reporter, v.Partner, v.Currency));
    }

    [Theory]
    [InlineData("Saudi exports to India in 2019 amounted to SR120.5 billion.", "SAU", "SAR", 120_500_000_000)]
    [InlineData("Qatar's exports to India in 2019 amounted to QR 40 billion.", "QAT", "QAR", 40_000_000_000)]
    [InlineData("The UAE's exports to India in 2019 amounted to Dh95 billion.", "ARE", "AED", 95_000_000_000)]
    [InlineData("Ghana's exports to India in 2019 amounted to GH₵12.4 billion.", "GHA", "GHS", 12_400_000_000)]
    [InlineData("Ghana's exports to India in 2019 amounted to GH¢12.4 billion.", "GHA", "GHS", 12_400_000_000)]
    public void GulfAndCediMarksAreMoney(string body, string reporter, string currency, long value)
    {
        var v = Assert.Single(Doc(body).Volumes);
        Assert.Equal((reporter, "IND", "exports", 2019, (decimal)value, currency), (v.Reporter, v.Partner, v.Flow, v.Year, v.Value, v.Currency));
    }

    // "import-export turnover", "both imports and exports": the two directions named together are two-way trade; listed with a
    // figure each ("respectively"), each is its own.
    [Theory]
    [InlineData("Peru's import-export turnover with Chile reached $6 billion in 2019.")]
    [InlineData("Peru's export-import turnover with Chile reached $6 billion in 2019.")]
    [InlineData("In 2019, Peru's trade with Chile – both imports and exports – totaled $6 billion.")]
    [InlineData("In 2019, Peru's import-export value with Chile reached $6 billion.")]
    public void BothDirectionsNamedTogetherAreTwoWayTrade(string body)
    {
        var v = Assert.Single(Doc(body).Volumes);
        Assert.Equal(("PER", "CHL", "total", 2019, 6_000_000_000m), Key(v));
    }

    [Fact]
    public void DirectionsListedWithAFigureEachAreNoTotal()
    {
        var r = Doc("In 2019, Peru's exports and imports with Chile were $4 billion and $2 billion respectively.");
        Assert.DoesNotContain(r.Volumes, v => v.Flow == "total");
    }

    [Theory]
    [InlineData("Peru's excess of imports over exports with Chile hit $1.5 billion in 2019.")]
    [InlineData("The excess of exports over imports in Peru's trade with Chile was $1.5 billion in 2019.")]
    public void AnExcessOfOneFlowOverTheOtherIsABalance(string body) => Assert.Empty(Doc(body).Volumes);

    // Non-oil trade, and goods counted as product lines, are parts of the trade: no level and no goal of the pair's.
    [Theory]
    [InlineData("Oman and India seek to double their non-oil bilateral trade by 2030.")]
    [InlineData("Oman and India are on course to meet their target of $20 billion in non-oil trade.")]
    [InlineData("Oman is ready to increase exports of 120 commodity items worth $300 million to India.")]
    public void ASubsetsGoalIsNoTradeGoal(string body) => Assert.Empty(Doc(body).Targets);

    [Theory]
    [InlineData("Oman exported $2.1 billion worth of non-oil products to India last year.")]
    [InlineData("Oman's non-oil exports to India were $2.1 billion in 2020.")]
    public void ANonOilFlowIsASector(string body) => Assert.Empty(Doc(body).Volumes);

    // No two countries trade a trillion and a half dollars a year: "US$ 1,345 billion" is a decimal comma; anything else beyond is misread.
    [Theory]
    [InlineData("In 2019 trade between Uruguay and Paraguay reached US$ 1,345 billion, 20,5% more than in 2018.", 1_345_000_000)]
    [InlineData("In 2019 trade between Uruguay and Paraguay reached $2,345 billion.", 2_345_000_000)]
    public void ADecimalCommaBeforeBillionInAHugeAmount(string body, long value) =>
        Assert.Equal((decimal)value, Assert.Single(Doc(body).Volumes).Value);

    [Fact]
    public void AnAmountNoPairTradesIsDropped() =>
        Assert.Empty(Doc("In 2019 trade between Uruguay and Paraguay reached $2.5 trillion.").Volumes);

    [Fact]
    public void ATrillionInASoftCurrencyStays() =>
        Assert.Equal(3_200_000_000_000m, Assert.Single(Doc("Japan's exports to Thailand reached ¥3.2 trillion in 2019.").Volumes).Value);

    // The period of another figure, a month compared with, a reporting period: parts of a year.
    [Theory]
    [InlineData("Uruguay's exports to Paraguay were $1.4 billion, down from $1.6 billion recorded during the corresponding period in 2019.")]
    [InlineData("Uruguay's exports to Paraguay in the reporting period made up $1.4 billion.")]
    [InlineData("Trade between Uruguay and Paraguay reached $140 million, 12% lower than August 2019.")]
    public void APeriodOfAnotherFigureIsNoYear(string body) => Assert.Empty(Doc(body, dateline: "MONTEVIDEO, October 3, 2020 - ").Volumes);

    [Fact]
    public void MadeUpIsALevelNotAChange()
    {
        var r = Doc("Uruguay's exports to Paraguay in 2019 made up $1.4 billion, while imports were $0.9 billion.");
        Assert.Equal(new[] { ("URY", "PRY", "exports", 2019, 1_400_000_000m), ("URY", "PRY", "imports", 2019, 900_000_000m) }, r.Volumes.Select(Key));
    }

    [Theory]
    [InlineData("Tunisia and Jordan aim to raise trade to $1 billion within a year, the ministers said.")]
    [InlineData("Tunisia and Jordan aim to raise trade to $1 billion within the next year, the ministers said.")]
    public void WithinAYearIsNextYear(string body) =>
        Assert.Equal(2022, Assert.Single(Doc(body, dateline: "TUNIS, March 3, 2021 - ").Targets).ByYear);

    // "trade topped $50 billion in 2025" beside "reached more than $51.43 billion in 2025": one fact, the precise one.
    [Theory]
    [InlineData("Peru-Chile trade topped $5 billion in 2019. Official data show that trade between Peru and Chile in 2019 reached more than $5.143 billion.")]
    [InlineData("Peru-Chile trade was nearly $5.2 billion in 2019. Official data show that trade between Peru and Chile in 2019 reached $5.143 billion.")]
    public void ARoundFigureRestatesThePreciseOne(string body) =>
        Assert.Equal(5_143_000_000m, Assert.Single(Doc(body).Volumes).Value);

    [Fact]
    public void TwoPreciseFiguresOfOneYearBothStay() =>
        Assert.Equal(2, Doc("Peru-Chile trade was $5.2 billion in 2019, Peru said. Chile put trade with Peru in 2019 at $5.143 billion.").Volumes.Count);

    // "India became the fourth-largest source with imports totaling X, while the USA was fifth with Y": ranked sources of an unnamed
    // importer are no pair of the two.
    [Fact]
    public void RankedSourcesOfAnUnnamedImporterAreNoPair() =>
        Assert.Empty(Doc("Ghana's imports reached $40 billion in 2023, the statistics office said. India became the fourth-largest source with imports totaling $11.7 billion, while the USA was fifth with $10.9 billion.",
            dateline: "ACCRA, June 3, 2024 - ").Volumes);

    // "Saudi exports to China amounted to SR92.1 billion and the US SR80.5 billion": a country alone after a figure lists another partner.
    [Theory]
    [InlineData("Omani exports to India in 2019 amounted to $2.1 billion and Japan $1.5 billion.")]
    [InlineData("Omani exports to India in 2019 amounted to $2.1 billion, and to Japan $1.5 billion.")]
    public void ACountryAloneAfterAFigureIsTheNextPartner(string body)
    {
        var r = Doc(body);
        Assert.Equal(new[] { ("OMN", "IND", "exports", 2019, 2_100_000_000m), ("OMN", "JPN", "exports", 2019, 1_500_000_000m) }, r.Volumes.Select(Key));
    }

    // "Vietnam's economy recorded ..., with total import-export turnover reaching USD 930 billion": one country's trade, not the page's pair.
    [Fact]
    public void AWithClauseOfOneCountrysFlowIsItsTradeWithTheWorld()
    {
        var r = Doc("Trade between Peru and Chile reached $5.1 billion in 2019. Peru's economy recorded many bright spots in 2019, with total import-export turnover reaching $90 billion.");
        Assert.Equal(5_100_000_000m, Assert.Single(r.Volumes).Value);
    }

    // "exports to Virginia", "India-Virginia trade": a partner that is no country is no country's trade.
    [Theory]
    [InlineData("Kenya-US trade reached $1.2 billion in 2019. Kenya's exports to Virginia stood at $40 million and imports from Virginia at $60 million in 2019.")]
    [InlineData("Kenya-US trade reached $1.2 billion in 2019. Kenya-Virginia trade stood at $100 million in 2019.")]
    [InlineData("Kenya-US trade reached $1.2 billion in 2019. Kenya's exports to Ontario stood at $40 million in 2019.")]
    public void APartnerThatIsNoCountryGivesNoFact(string body) =>
        Assert.Equal(1_200_000_000m, Assert.Single(Doc(body).Volumes).Value);

    // "rose ... to more than $1.3 billion by the end of 2010" in a later text: the level at a past year's end is that year's.
    [Fact]
    public void ALevelByAPastYearsEndIsThatYears()
    {
        var r = Doc("In 2011 trade between Ghana and Togo reached $3.4 billion. Trade between them rose from $170 million in 2006 to more than $1.3 billion by the end of 2010.",
            dateline: "ACCRA, March 3, 2015 - ");
        Assert.Contains(r.Volumes, v => v.Year == 2010 && v.Value == 1_300_000_000m);
        Assert.DoesNotContain(r.Volumes, v => v.Year == 2011 && v.Value == 1_300_000_000m);
    }

    // After the pair's total, bare "Exports" and "imports" are seen from the side the text is written from.
    [Theory]
    [InlineData("https://24.kg/english/1", "KGZ")]
    [InlineData("https://kaztag.kz/en/1", "KAZ")]
    public void BareFlowsAfterATotalAreTheHomeSides(string source, string home)
    {
        var r = Doc("In 2023, the volume of mutual trade between Kazakhstan and Kyrgyzstan amounted to $1.3 billion. Exports amounted to $455.7 million, and imports to $862.2 million.",
            dateline: "", source: source);
        Assert.All(r.Volumes.Where(v => v.Flow != "total"), v => Assert.Equal(home, v.Reporter));
        Assert.Equal(3, r.Volumes.Count);
    }

    [Fact]
    public void ALongAdverbialForecastIsNoLevel() =>
        Assert.Empty(Doc("Peru and Chile signed a trade agreement in 2019. The agreement is expected to significantly increase bilateral trade ties to an estimated $6 billion in 2020.").Volumes);

    // Eleventh round.
    [Theory]
    [InlineData("Kenya's exports to Uganda rose to $90 million in September, from the $80 million registered in the same month last year.")]
    [InlineData("Kenya's imports from Uganda reached KSh 8.4 billion between January and September 2019.")]
    public void AMonthAndAMonthSpanAreNoYear(string body) => Assert.Empty(Doc(body, dateline: "NAIROBI, November 3, 2020 - ").Volumes);

    [Fact]
    public void AFiscalYearCarriesNoCalendarYear()
    {
        var r = Doc("Japanese investment in Kenya grew between 2000 and 2019. Trade between Kenya and Japan for 2019-20 crossed $1.2 billion. "
            + "Kenya's exports to Japan amounted to $0.3 billion while Kenya's imports from Japan stood at $0.9 billion.", dateline: "NAIROBI, March 3, 2021 - ");
        Assert.Empty(r.Volumes);
    }

    [Theory]
    [InlineData("The total value of trade between Kenya and Nigeria for 2017 amounted to $2.5 billion.", 2017)]
    [InlineData("In 2020, Kenya's exports to Nigeria slightly exceeded $2 billion; a year later they rose to almost $2.4 billion.", 2021)]
    public void APastYearsLevelAndTheYearAfter(string body, int year) =>
        Assert.Contains(Doc(body, dateline: "NAIROBI, March 3, 2022 - ").Volumes, v => v.Year == year && v.Value is 2_500_000_000m or 2_400_000_000m);

    [Fact]
    public void NairaWrittenWithAnN()
    {
        var v = Assert.Single(Doc("The trade volume between Nigeria and Ghana fell to about N1.3 trillion (5.5 billion cedis) in 2020.").Volumes);
        Assert.Equal((1_300_000_000_000m, "NGN", 2020), (v.Value, v.Currency, v.Year));
    }

    // "... the goal of bringing trade to $20 billion will be achieved. The leaders set the task of achieving the goal by 2025."
    [Fact]
    public void AGoalsDeadlineStatedInTheNextSentence()
    {
        var t = Assert.Single(Doc("Kenya and Nigeria are certain that the goal of bringing bilateral trade to $20 billion will be achieved. The presidents set the task of achieving the goal by 2025.").Targets);
        Assert.Equal((20_000_000_000m, 2025), (t.Value, t.ByYear));
    }

    [Theory]
    [InlineData("Kenya is to raise its trade with Nigeria to $5 billion within the next two years and to $10 billion within the next four.", 10_000_000_000, 2025)]
    [InlineData("Kenya aims to increase its trade with Nigeria by 25% to reach about $8 billion during 2023.", 8_000_000_000, 2023)]
    public void DeadlinesWrittenShort(string body, long value, int year) =>
        Assert.Contains(Doc(body).Targets, t => t.Value == value && t.ByYear == year);

    [Fact]
    public void TheValueOfAQuantityOfGoodsIsAPart()
    {
        var r = Doc("In 2020 Kenya's exports to Egypt were valued at $2.4 billion. Kenya exported 26 million tonnes of tea to Egypt in 2020 ($0.7 billion in value terms).");
        Assert.Equal(2_400_000_000m, Assert.Single(r.Volumes).Value);
    }

    [Fact]
    public void TheOtherDirectionOfTheSameTraderKeepsThePartner()
    {
        var r = Doc("Kenyan exports to Egypt reached $3.8 billion in 2020, while Kenya's imports fell by 27% to $2.8 billion.");
        Assert.Equal(new[] { ("KEN", "EGY", "exports", 2020, 3_800_000_000m), ("KEN", "EGY", "imports", 2020, 2_800_000_000m) }, r.Volumes.Select(Key));
    }

    // Twelfth round.
    [Fact]
    public void TheSamePeriodLastYearDatesNoLaterFigure()
    {
        var r = Doc("Trade between Kenya and Egypt in the first ten months came in at $3.1 billion, up 14% compared to the same period last year. "
            + "Kenya's exports to Egypt were valued at $1.2 billion, while imports stood at $1.9 billion.", dateline: "NAIROBI, November 28, 2022 - ");
        Assert.Empty(r.Volumes);
    }

    [Fact]
    public void AYearLabellingTheNextBracketedFigureIsThatFigures()
    {
        var r = Doc("In 2021 Kenya's trade with Egypt grew. Kenya's total exports to Egypt rose by 13%, reaching $323 million (2020: $285 million).",
            dateline: "NAIROBI, March 3, 2022 - ");
        Assert.DoesNotContain(r.Volumes, v => v.Value == 323_000_000m && v.Year == 2020);
        Assert.Contains(r.Volumes, v => v.Value == 285_000_000m && v.Year == 2020);
    }

    [Fact]
    public void DomesticExportsLeaveReExportsOut() =>
        Assert.Empty(Doc("Domestic Kenyan exports to Egypt rose to $142 million in 2020.").Volumes);

    [Theory]
    [InlineData("The value of Egyptian imports into Kenya reached $2.9 billion in 2020.")]
    [InlineData("The value of imports from Egypt into Kenya reached $2.9 billion in 2020.")]
    public void ImportsIntoACountryAreThatCountrys(string body)
    {
        var v = Assert.Single(Doc(body).Volumes);
        Assert.Equal(("KEN", "EGY", "imports"), (v.Reporter, v.Partner, v.Flow));
    }

    [Theory]
    [InlineData("The value of Kenyan exports to Egypt amounted to $148 million in 2011, as against $135.9 million of imports from Egypt.", "imports")]
    [InlineData("Kenya's imports from Egypt amounted to $148 million in 2011, as against $135.9 million of exports to Egypt.", "exports")]
    public void AFlowAndItsPartnerRightAfterAFigure(string body, string flow) =>
        Assert.Contains(Doc(body).Volumes, v => (v.Reporter, v.Partner, v.Flow, v.Year, v.Value) == ("KEN", "EGY", flow, 2011, 135_900_000m));

    // Thirteenth round: Vietnamese sources write the name with its diacritics.
    [Fact]
    public void VietNamWithItsDiacritics()
    {
        var v = Assert.Single(Doc("In 2022, Việt Nam-Cambodia trade turnover reached nearly US$11 billion.", dateline: "HÀ NỘI, December 12, 2023 - ").Volumes);
        Assert.Equal(("VNM", "KHM", 2022), (v.Reporter, v.Partner, v.Year));
    }
}


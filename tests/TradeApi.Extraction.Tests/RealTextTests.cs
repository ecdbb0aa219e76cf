using TradeApi.Extraction;

namespace TradeApi.Extraction.Tests;

// Phenomena of real press releases, transcripts and fact sheets, each on sentences written for the test (none from a corpus).
public class RealTextTests
{
    private static ExtractionResult Doc(string body, string title = "Trade news", string dateline = "ALMATY, March 3, 2021 - ", string? source = null) =>
        Extractor.Extract($"{title}\n\n{dateline}{body}\n", source: source);

    private static (string, string, string, int, decimal, string) Key(VolumeFact v) => (v.Reporter, v.Partner, v.Flow, v.Year, v.Value, v.Currency);

    [Theory]
    [InlineData("Chile's exports to Korea rose by $0.9 billion, or 12 %, to $8.4 billion in 2020.", 8_400_000_000)]
    [InlineData("Chile's exports to Korea increased $1.1 billion (15 percent) to $8.4 billion in 2020.", 8_400_000_000)]
    [InlineData("Chile's exports to Korea in 2020 were $8.4 billion, up 12% ($0.9 billion) from 2019.", 8_400_000_000)]
    [InlineData("Chile's exports to Korea grew 2.5-fold over five years and amounted to $8.4 billion in 2020.", 8_400_000_000)]
    public void AChangeIsNotALevel(string sentence, double level)
    {
        var r = Doc(sentence);
        var v = Assert.Single(r.Volumes);
        Assert.Equal(("CHL", "KOR", Flows.Exports, 2020, (decimal)level, "USD"), Key(v));
        Assert.Empty(r.Targets);
    }

    [Fact]
    public void AChangeNamesTheYearOfTheLevelAfterIt()
    {
        var r = Doc("Peru's exports to Japan increased by $1.3 billion in 2019, from $2.7 billion in 2018 to $4.0 billion.", dateline: "");
        Assert.Equal(new[] { (2018, 2_700_000_000m), (2019, 4_000_000_000m) }, r.Volumes.Select(v => (v.Year, v.Value)).Order());
    }

    [Theory]
    [InlineData("Trade between Laos and Thailand could soon reach $15 billion.")]
    [InlineData("Trade between Laos and Thailand is expected to reach $14 billion by 2025.")]
    [InlineData("Trade between Laos and Thailand is forecast to grow to $14 billion by 2025.")]
    [InlineData("Analysts expect trade between Laos and Thailand to reach $14 billion by 2025.")]
    [InlineData("Trade between Laos and Thailand may hit $14 billion by 2025, economists say.")]
    public void AForecastIsNotATarget(string sentence) => Assert.Empty(Doc(sentence).Targets);

    [Theory]
    [InlineData("The leaders signed $2 billion of new trade and investment deals between Laos and Thailand in 2020.")]
    [InlineData("The agreement between Laos and Thailand brings $40 million in duty savings in 2020.")]
    [InlineData("Laos and Thailand announced £1bn of new trade in 2020.")]
    public void DealsAndSavingsAreNotTrade(string sentence)
    {
        var r = Doc(sentence);
        Assert.Empty(r.Volumes);
        Assert.Empty(r.Targets);
    }

    [Theory]
    [InlineData("They agreed to raise trade between Oman and Kenya to $2 billion by 2025.", 2_000_000_000, 2025)]
    [InlineData("Oman and Kenya set a goal of $2 billion in trade by 2025.", 2_000_000_000, 2025)]
    [InlineData("Oman and Kenya committed to lifting trade to $2 billion by 2025.", 2_000_000_000, 2025)]
    [InlineData("Trade between Oman and Kenya should reach $2 billion by 2025.", 2_000_000_000, 2025)]
    public void AnAimIsATarget(string sentence, double value, int byYear)
    {
        var t = Assert.Single(Doc(sentence).Targets);
        Assert.Equal(((decimal)value, byYear), (t.Value!.Value, t.ByYear!.Value));
    }

    [Fact]
    public void AWillFramedAsABenchmarkIsATargetAndSoIsTheOneCoordinatedWithIt()
    {
        var r = Doc("We have set ambitious benchmarks: trade between Oman and Kenya will reach $2 billion by 2025 and $5 billion by 2030.");
        Assert.Equal(new[] { (2_000_000_000m, 2025), (5_000_000_000m, 2030) }, r.Targets.Select(t => (t.Value!.Value, t.ByYear!.Value)));
    }

    [Fact]
    public void ALeadersDatedWouldIsAGoalAndAnAnalystsIsNot()
    {
        var t = Assert.Single(Doc("President Ali Hassan said trade between Oman and Kenya would reach $2 billion by 2025. "
            + "Analysts said trade between Oman and Kenya would reach $3 billion by 2027.").Targets);
        Assert.Equal((2_000_000_000m, 2025, "Ali Hassan"), (t.Value!.Value, t.ByYear!.Value, t.Speaker));
    }

    [Fact]
    public void ThisYearIsAHorizon()
    {
        var t = Assert.Single(Doc("Trade between Oman and Kenya exceeded $1 billion in 2020. This year we hope to bring it up to the $2-billion mark.").Targets);
        Assert.Equal((2021, Qualifiers.Exact), (t.ByYear, t.Qualifier));
    }

    [Fact]
    public void ALevelApproachedIsNoTarget() =>
        Assert.Empty(Doc("Trade between Oman and Kenya keeps growing, and we are nearing the $1-billion mark.").Targets);

    [Theory]
    [InlineData("The deficit with Brazil was $15 billion in 2020; trade between Argentina and Brazil was $25 billion in 2020.")]
    [InlineData("Argentina's 2020 deficit on merchandise trade with Brazil was $15 billion, and trade between Argentina and Brazil was $25 billion in 2020.")]
    public void ABalanceIsNotAVolume(string sentence)
    {
        var v = Assert.Single(Doc(sentence).Volumes);
        Assert.Equal(25_000_000_000m, v.Value);
    }

    [Fact]
    public void AListOfDeficitsStaysDeficits() =>
        Assert.Empty(Doc("In 2020, the US deficit with China was $310 billion, with Mexico was $113 billion, and with Japan was $55 billion.").Volumes);

    [Theory]
    [InlineData("Services exports from Canada to Peru totalled $1 billion in 2020.")]
    [InlineData("Trade in services between Canada and Peru totalled $1 billion in 2020.")]
    [InlineData("Canadian exports of agricultural products to Peru were $1 billion in 2020.")]
    [InlineData("Canada's dairy exports to Peru reached $1 billion in 2020.")]
    [InlineData("Canadian car exports to Peru were worth $1 billion in 2020.")]
    [InlineData("Agricultural trade between Canada and Peru reached $1 billion in 2020.")]
    public void ASectorOrServicesFigureIsNotTheTradeOfThePair(string sentence) => Assert.Empty(Doc(sentence).Volumes);

    [Fact]
    public void GoodsAndServicesIsTheWhole()
    {
        var v = Assert.Single(Doc("Canada's goods and services trade with Peru totalled $9 billion in 2020.").Volumes);
        Assert.Equal(("CAN", "PER", Flows.Total, 2020, 9_000_000_000m, "USD"), Key(v));
    }

    [Fact]
    public void EllipticClausesKeepThePairOfTheSentenceBefore()
    {
        var r = Doc("U.S. goods trade with Peru totaled $18 billion in 2020. Exports were $10.2 billion; imports were $7.8 billion.", dateline: "");
        Assert.Equal(new[]
        {
            ("USA", "PER", Flows.Total, 2020, 18_000_000_000m, "USD"),
            ("USA", "PER", Flows.Exports, 2020, 10_200_000_000m, "USD"),
            ("USA", "PER", Flows.Imports, 2020, 7_800_000_000m, "USD"),
        }, r.Volumes.Select(Key));
    }

    [Fact]
    public void AGoodsAfterTheFlowWordKeepsItsDirection()
    {
        var r = Doc("In 2020, Danish businesses exported goods to Chile worth over $600 million. Imports of goods from Chile topped $900 million.", dateline: "");
        Assert.Equal(new[]
        {
            ("DNK", "CHL", Flows.Exports, 2020, 600_000_000m, "USD"),
            ("DNK", "CHL", Flows.Imports, 2020, 900_000_000m, "USD"),
        }, r.Volumes.Select(Key));
    }

    [Fact]
    public void TheSameYearIsTheYearJustNamed()
    {
        var r = Doc("For the year to December 2019 Denmark exported $166 million of goods to Chile. In the same year Danish imports from Chile were $120 million.", dateline: "");
        Assert.Equal(new[] { 2019, 2019 }, r.Volumes.Select(v => v.Year));
    }

    [Fact]
    public void OurTradeIsThePairsTrade()
    {
        var v = Assert.Single(Doc("Peru and Chile are old friends. Last year our trade increased by 26 percent and reached nearly $3 billion.",
            dateline: "LIMA, May 5, 2021 - ").Volumes);
        Assert.Equal(("CHL", "PER", 2020, Qualifiers.Approximately), (string.CompareOrdinal(v.Reporter, v.Partner) < 0 ? v.Reporter : v.Partner,
            string.CompareOrdinal(v.Reporter, v.Partner) < 0 ? v.Partner : v.Reporter, v.Year, v.Qualifier));
    }

    [Fact]
    public void EachListedPartnerTradesWithThePossessor()
    {
        var r = Doc("Brazil's largest trading partner in 2020 was China ($102 billion), followed by Argentina ($20 billion) and Chile ($8 billion).");
        Assert.Equal(new[] { ("BRA", "CHN"), ("BRA", "ARG"), ("BRA", "CHL") }, r.Volumes.Select(v => (v.Reporter, v.Partner)));
    }

    [Fact]
    public void ACountryNamedForComparisonIsNotASide()
    {
        var v = Assert.Single(Doc("Peru is Chile's second-largest partner after China, with bilateral trade totaling $5 billion in 2020.").Volumes);
        Assert.Equal(new[] { "CHL", "PER" }, new[] { v.Reporter, v.Partner }.Order());
    }

    [Theory]
    [InlineData("CANBERRA, 4 May 2021 - ", null, "AUD")]
    [InlineData("AUCKLAND, 4 May 2021 - ", null, "NZD")]
    [InlineData("LIMA, 4 May 2021 - ", "https://www.beehive.govt.nz/release/x", "NZD")]
    [InlineData("LIMA, 4 May 2021 - ", null, "USD")]
    public void ABareDollarIsThePublishersDollar(string dateline, string? source, string currency)
    {
        var v = Assert.Single(Doc("Two-way trade between Peru and Chile was worth $2 billion in 2020.", dateline: dateline, source: source).Volumes);
        Assert.Equal(currency, v.Currency);
    }

    [Fact]
    public void ATextThatWritesNzDollarsMeansThemByABareDollar()
    {
        var r = Doc("Trade between New Zealand and Peru reached NZ$2 billion in 2019. It was $2.2 billion in 2020.");
        Assert.All(r.Volumes, v => Assert.Equal("NZD", v.Currency));
    }

    [Fact]
    public void AConversionIsOneFactWithTheRestatedAmount()
    {
        var v = Assert.Single(Doc("Trade between Spain and Morocco reached 15 billion euros ($16.3 billion) in 2020.").Volumes);
        Assert.Equal((15_000_000_000m, "EUR", 2020), (v.Value, v.Currency, v.Year));
        Assert.Equal(new Amount(16_300_000_000m, "USD"), v.Restated);
    }

    [Theory]
    [InlineData("India's exports to Nepal were Rs 12,34,567 crore in 2020.", 12_345_670_000_000, "INR")]
    [InlineData("Trade between India and Nepal hit $8B in 2020.", 8_000_000_000, "USD")]
    [InlineData("Trade between Spain and Morocco reached €1,2 billion in 2020.", 1_200_000_000, "EUR")]
    [InlineData("Trade between India and Nepal reached USD 2.5bn in 2020.", 2_500_000_000, "USD")]
    public void NumberFormats(string sentence, double value, string currency)
    {
        var v = Assert.Single(Doc(sentence).Volumes);
        Assert.Equal(((decimal)value, currency), (v.Value, v.Currency));
    }

    [Theory]
    [InlineData("In FY2019-20 trade between India and Nepal reached $8 billion.")]
    [InlineData("Trade between India and Nepal reached $8 billion in 2019-20.")]
    [InlineData("Trade between India and Nepal reached $150 million a week in 2020.")]
    [InlineData("Trade between India and Nepal was $8 billion in the year to June 2020.")]
    public void FiscalWeeklyAndOffsetYearsAreNotCalendarYears(string sentence) => Assert.Empty(Doc(sentence).Volumes);

    [Fact]
    public void AYearBeforeABracketedFigureIsItsYear()
    {
        var r = Doc("Trade between Ghana and Togo rose to $1.9 billion in 2020, up from 2019 ($1.5 billion).");
        Assert.Equal(new[] { (2019, 1_500_000_000m), (2020, 1_900_000_000m) }, r.Volumes.Select(v => (v.Year, v.Value)).Order());
    }

    [Fact]
    public void ThatFigureForAYearIsAVolume()
    {
        var r = Doc("Trade between Ghana and Togo reached $1.9 billion in 2020. That figure for 2018 was $1.2 billion.");
        Assert.Contains(r.Volumes, v => v.Year == 2018 && v.Value == 1_200_000_000m);
    }

    [Fact]
    public void AHedgedHorizonKeepsItsYear()
    {
        var t = Assert.Single(Doc("Ghana and Togo aim to take trade to $5 billion by roughly 2030.").Targets);
        Assert.Equal(2030, t.ByYear);
    }

    [Fact]
    public void ADatelineWithoutAPlaceDatesTheText()
    {
        var v = Assert.Single(Doc("Trade between Ghana and Togo reached $1.9 billion last year.", dateline: "February 25, 2017 - ").Volumes);
        Assert.Equal(2016, v.Year);
    }

    [Fact]
    public void ATranscriptLabelNamesTheSpeaker()
    {
        var text = "Talks with the President of Ghana\n\nACCRA, May 4, 2021 - President of Togo Faure Gnassingbe: Dear friends,\n"
            + "Last year trade between Ghana and Togo reached $1.9 billion. We should double it within five years.\n"
            + "President of Ghana Nana Akufo-Addo: Thank you.\n";
        var t = Assert.Single(Extractor.Extract(text).Targets);
        Assert.Equal(("Faure Gnassingbe", 2026), (t.Speaker, t.ByYear));
    }

    [Fact]
    public void ALabelIsNotABulletWithAColon()
    {
        var r = Extractor.Extract("Peru trade\n\nU.S. exports to Peru: increased by $1 billion (8 percent) to $10 billion in 2020.\n");
        var v = Assert.Single(r.Volumes);
        Assert.Equal(("USA", "PER", Flows.Exports, 2020, 10_000_000_000m, "USD"), Key(v));
    }

    [Fact]
    public void AQuotationOpeningAParagraphKeepsTheSpeakerOfTheParagraphBefore()
    {
        var r = Doc("Prime Minister Jacinda Ardern held talks with the President of Peru.\n\nPrime Minister Ardern said the talks went well.\n\n"
            + "“We agreed to grow two-way trade between New Zealand and Peru by 50 per cent by 2030.", dateline: "LIMA, May 4, 2021 - ");
        Assert.Equal("Jacinda Ardern", Assert.Single(r.Targets).Speaker);
    }

    [Fact]
    public void AHyphenatedNameIsOneName()
    {
        var t = Assert.Single(Doc("President Kassym-Jomart Tokayev said Kazakhstan and Kyrgyzstan should lift trade to $3 billion by 2025.").Targets);
        Assert.Equal("Kassym-Jomart Tokayev", t.Speaker);
    }

    [Fact]
    public void ACountryInsideACurrencyIsNoSide()
    {
        var r = Doc("China-Africa trade volume reached 282 billion US dollars in 2020. China’s trade with South Africa amounted to 56.7 billion US dollars in 2020.");
        var v = Assert.Single(r.Volumes);
        Assert.Equal(new[] { "CHN", "ZAF" }, new[] { v.Reporter, v.Partner }.Order());
    }

    [Theory]
    [InlineData("Kazakhstan's trade with Central Asia reached $7 billion in 2020.")]
    [InlineData("Trade between Turkey and Europe reached $7 billion in 2020.")]
    [InlineData("Brazil's trade with Latin America reached $7 billion in 2020.")]
    public void ARegionIsNoCountry(string sentence) => Assert.Empty(Doc(sentence).Volumes);

    [Fact]
    public void WithIntroducesThePartnerAndTheSubjectStays()
    {
        var r = Doc("Japan's exports to China fell to 19.4 trillion yen in 2020. Trade with the United States rose to 24.5 trillion yen and with South Korea to 11.6 trillion yen.");
        Assert.Equal(new[] { ("JPN", "CHN"), ("JPN", "USA"), ("JPN", "KOR") }, r.Volumes.Select(v => (v.Reporter, v.Partner)));
    }

    [Fact]
    public void ATranscriptDatelinedInACapitalHasThatCountryAsItsImplicitSide()
    {
        var text = "Meeting with the Prime Minister of Vietnam\n\nMOSCOW, September 6, 2017 - Vladimir Putin: Mr Prime Minister, friends,\n"
            + "Our trade keeps growing. I hope we will reach $10 billion in the near future.\n";
        var t = Assert.Single(Extractor.Extract(text).Targets);
        Assert.Equal(("RUS-VNM", "Vladimir Putin"), (string.Join('-', new[] { t.Reporter, t.Partner }.Order()), t.Speaker));
    }
}

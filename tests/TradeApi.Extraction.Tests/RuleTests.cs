using TradeApi.Extraction;

namespace TradeApi.Extraction.Tests;

// Each rule on sentences written for it, none taken from the corpus.
public class RuleTests
{
    private static ExtractionResult Doc(string body, string title = "Trade news", string dateline = "ALMATY, March 3, 2021 - ") =>
        Extractor.Extract($"{title}\n\n{dateline}{body}\n", null, null, null, floor: 0);

    private static VolumeFact OneVolume(string body, string dateline = "ALMATY, March 3, 2021 - ") => Assert.Single(Doc(body, dateline: dateline).Volumes);

    [Theory]
    [InlineData("Trade between Kenya and Uganda reached USD 305 mln in 2020.", 305_000_000, "USD")]
    [InlineData("Trade between Kenya and Uganda reached $2.5bn in 2020.", 2_500_000_000, "USD")]
    [InlineData("Trade between Spain and Morocco reached €18.7 billion in 2020.", 18_700_000_000, "EUR")]
    [InlineData("Trade between Ireland and Britain reached £40 million in 2020.", 40_000_000, "GBP")]
    [InlineData("Trade between Australia and Fiji reached A$1.2 billion in 2020.", 1_200_000_000, "AUD")]
    [InlineData("Trade between Chile and Bolivia reached 750 million dollars in 2020.", 750_000_000, "USD")]
    [InlineData("Trade between China and Laos reached 42 billion yuan in 2020.", 42_000_000_000, "CNY")]
    [InlineData("Trade between Russia and Armenia reached 1.2 trillion rubles in 2020.", 1_200_000_000_000, "RUB")]
    [InlineData("Trade between Nepal and India reached half a billion dollars in 2020.", 500_000_000, "USD")]
    [InlineData("Trade between Canada and Mexico reached C$ 3.2 billion in 2020.", 3_200_000_000, "CAD")]
    [InlineData("Trade between Kenya and Uganda reached 1,250 million euros in 2020.", 1_250_000_000, "EUR")]
    [InlineData("Trade between India and Nepal reached Rs 1.2 lakh crore in 2020.", 1_200_000_000_000, "INR")]
    [InlineData("Trade between Georgia and Armenia reached 2.1 billion U.S. dollars in 2020.", 2_100_000_000, "USD")]
    [InlineData("Trade between Russia and Belarus reached 1.2 trln rubles in 2020.", 1_200_000_000_000, "RUB")]
    public void MoneyKeepsItsCurrencyAndScale(string sentence, double value, string currency)
    {
        var v = OneVolume(sentence);
        Assert.Equal((decimal)value, v.Value);
        Assert.Equal(currency, v.Currency);
        Assert.Equal(2020, v.Year);
    }

    [Theory]
    [InlineData("Kyrgyz-Uzbek turnover stood at $1.1 billion in 2020.", "KGZ", "UZB")]
    [InlineData("The UAE's trade with Britain came to $9 billion in 2020.", "ARE", "GBR")]
    [InlineData("Emirati-Brazilian trade reached $4 billion in 2020.", "ARE", "BRA")]
    [InlineData("Argentina's trade with South Korea totalled $2 billion in 2020.", "ARG", "KOR")]
    [InlineData("Trade between Nigeria and Niger reached $300 million in 2020.", "NGA", "NER")]
    [InlineData("Trade between the Dominican Republic and Dominica reached $50 million in 2020.", "DOM", "DMA")]
    public void CountriesFromNamesAliasesAndDemonyms(string sentence, string a, string b)
    {
        var v = OneVolume(sentence);
        Assert.Equal(Flows.Total, v.Flow);
        Assert.Equal(new[] { a, b }.Order(), new[] { v.Reporter, v.Partner }.Order());
    }

    [Fact]
    public void GeorgiaTheStateIsNotACountry()
    {
        var r = Doc("Exports from the U.S. state of Georgia to Japan reached $2 billion in 2020.");
        Assert.DoesNotContain(r.Volumes, v => v.Reporter == "GEO" || v.Partner == "GEO");
    }

    [Fact]
    public void BareCongoIsNotGuessed()
    {
        var r = Doc("Trade between Angola and the Congo reached $300 million in 2020.");
        Assert.Empty(r.Volumes);
    }

    [Theory]
    [InlineData("around", "approximately")]
    [InlineData("roughly", "approximately")]
    [InlineData("almost", "approximately")]
    [InlineData("just over", "more_than")]
    [InlineData("more than", "more_than")]
    [InlineData("just under", "less_than")]
    [InlineData("at least", "at_least")]
    [InlineData("up to", "at_most")]
    public void QualifierWordsBeforeTheFigure(string words, string qualifier)
    {
        var v = OneVolume($"Trade between Peru and Ecuador was {words} $3 billion in 2020.");
        Assert.Equal(qualifier, v.Qualifier);
    }

    [Fact]
    public void DirectedFlowsCarryTheSubjectIntoTheNextClause()
    {
        var r = Doc("Brazilian exports to Argentina rose to $11 billion in 2020, while imports from Argentina fell to $8 billion.");
        Assert.Collection(r.Volumes,
            x => Assert.Equal(("BRA", "ARG", "exports", 2020), (x.Reporter, x.Partner, x.Flow, x.Year)),
            x => Assert.Equal(("BRA", "ARG", "imports", 2020), (x.Reporter, x.Partner, x.Flow, x.Year)));
    }

    [Fact]
    public void LastYearResolvesAgainstTheDateline()
    {
        var v = OneVolume("Trade between Poland and Ukraine amounted to $9 billion last year.", "WARSAW, 5 May 2022 - ");
        Assert.Equal(2021, v.Year);
    }

    [Fact]
    public void PartOfAYearIsNotAYearlyVolume()
    {
        var r = Doc("In the first nine months of 2020 trade between Egypt and Sudan reached $1 billion.");
        Assert.Empty(r.Volumes);
    }

    [Theory]
    [InlineData("Thailand has invested more than $3 billion in Laos since 2015.")]
    [InlineData("Japan extended a $2 billion loan to Vietnam in 2020.")]
    [InlineData("Chile and Peru signed agreements worth $4 billion in 2020.")]
    [InlineData("Kenya's GDP reached $100 billion in 2020, while Uganda's reserves stood at $4 billion.")]
    public void MoneyThatIsNotTradeIsNotAVolume(string sentence) => Assert.Empty(Doc(sentence).Volumes);

    [Fact]
    public void AbsoluteTargetWithYearAndSpeaker()
    {
        var r = Doc("Foreign Minister Anna Kowalska said Poland and Lithuania want to bring bilateral trade to $5 billion by 2026.", dateline: "VILNIUS, 2 June 2023 - ");
        var t = Assert.Single(r.Targets);
        Assert.Equal(("absolute", 5_000_000_000m, 2026, "Anna Kowalska"), (t.Kind, t.Value!.Value, t.ByYear!.Value, t.Speaker!));
        Assert.Empty(r.Volumes);
    }

    [Fact]
    public void RelativeTargetTakesItsBaseAndResolvesWithinYears()
    {
        var r = Doc("Trade between Ghana and Togo stood at $400 million in 2022. The two governments plan to triple it within four years, President Kofi Mensah said.",
            dateline: "ACCRA, May 2, 2023 - ");
        var t = Assert.Single(r.Targets);
        Assert.Equal(("relative", 3m, 1_200_000_000m, 2027), (t.Kind, t.Multiplier!.Value, t.Value!.Value, t.ByYear!.Value));
        Assert.Equal("Kofi Mensah", t.Speaker);
    }

    [Fact]
    public void PercentIncreaseIsARelativeTarget()
    {
        var r = Doc("Trade between Spain and Portugal reached €30 billion in 2022. Both governments aim to increase trade by 20 percent in the coming years.",
            dateline: "LISBON, 3 March 2023 - ");
        var t = Assert.Single(r.Targets);
        Assert.Equal(1.2m, t.Multiplier);
        Assert.Equal(36_000_000_000m, t.Value);
        Assert.Null(t.ByYear);
        Assert.Equal("in the coming years", t.Horizon);
    }

    [Fact]
    public void MultipleInTheSentenceOfItsBase()
    {
        var r = Doc("Trade between Laos and Cambodia stood at $600 million in 2022, and the two governments agreed to double it by 2028.",
            dateline: "VIENTIANE, 5 June 2023 - ");
        Assert.Equal(600_000_000m, Assert.Single(r.Volumes).Value);
        var t = Assert.Single(r.Targets);
        Assert.Equal(("relative", 2m, 1_200_000_000m, 2028), (t.Kind, t.Multiplier!.Value, t.Value!.Value, t.ByYear!.Value));
    }

    [Fact]
    public void DoublingToALevelIsOneAbsoluteTarget()
    {
        var r = Doc("Trade between Laos and Cambodia stood at $600 million in 2022. The leaders plan to double trade to $1.2 billion by 2028.",
            dateline: "VIENTIANE, 5 June 2023 - ");
        var t = Assert.Single(r.Targets);
        Assert.Equal(("absolute", 1_200_000_000m, 2028), (t.Kind, t.Value!.Value, t.ByYear!.Value));
    }

    [Fact]
    public void ACapitalThatIsAFirstNameIsNotACountry()
    {
        var r = Doc("Trade between Brazil and Argentina reached $28 billion in 2022. Foreign Minister Santiago Cafiero said both sides hoped to increase trade by 30 percent.",
            dateline: "BUENOS AIRES, 2 August 2023 - ");
        var t = Assert.Single(r.Targets);
        Assert.Equal(new[] { "ARG", "BRA" }, new[] { t.Reporter, t.Partner }.Order());
        Assert.Equal("Santiago Cafiero", t.Speaker);
    }

    [Fact]
    public void AMultipleRestatingALevelIsOneTarget()
    {
        var r = Doc("Trade between Oman and Jordan stood at $2 billion in 2022. The two sides set a target of $4 billion by 2030. "
            + "\"We want to double our trade,\" said Trade Minister Omar Haddad.", dateline: "AMMAN, 10 January 2024 - ");
        var t = Assert.Single(r.Targets);
        Assert.Equal((4_000_000_000m, 2030), (t.Value!.Value, t.ByYear!.Value));
    }

    [Fact]
    public void AnInfinitiveToRaiseTradeStatesAGoal()
    {
        var r = Extractor.Extract("Laos and Thailand sign trade plan\n\nVIENTIANE, 3 October 2022 - Laos and Thailand signed a plan to raise mutual trade to $11 billion.\n");
        var t = Assert.Single(r.Targets);
        Assert.Equal(("absolute", 11_000_000_000m), (t.Kind, t.Value!.Value));
        Assert.Null(t.ByYear);
    }

    [Fact]
    public void WithThreeCountriesTheTwoNearestTheFigureTrade()
    {
        var v = OneVolume("Japan is Australia's second-largest partner after China, with which Australia traded A$327 billion in 2023.", "SYDNEY, 21 March 2024 - ");
        Assert.Equal(new[] { "AUS", "CHN" }, new[] { v.Reporter, v.Partner }.Order());
    }

    [Fact]
    public void AGoalWithNoOtherSubjectIsTheTradeGoalOfThePair()
    {
        var r = Doc("Trade between Azerbaijan and Georgia amounted to around $600 million in 2020. "
            + "President Ilham Aliyev said the goal was to reach $1 billion in the near future.", dateline: "BAKU, 15 June 2021 - ");
        var t = Assert.Single(r.Targets);
        Assert.Equal((1_000_000_000m, "in the near future", "Ilham Aliyev"), (t.Value!.Value, t.Horizon!, t.Speaker!));
    }

    [Fact]
    public void ABylineDatesATextWithoutDateline()
    {
        var r = Extractor.Extract("Serbia and Hungary\n\nBy Staff | Published 12 March 2024\n\nSerbian-Hungarian trade reached 4.2 billion euros last year.\n");
        Assert.Equal(new DateOnly(2024, 3, 12), r.PublishedOn);
        Assert.Equal((2023, "EUR"), (Assert.Single(r.Volumes).Year, r.Volumes[0].Currency));
    }

    [Fact]
    public void AFiscalYearIsNotACalendarYear() =>
        Assert.Empty(Doc("India's exports to Bangladesh were $12.2 billion in fiscal 2022/23.").Volumes);

    [Fact]
    public void ASentenceWithoutYearSpeaksOfTheLatestYearBefore()
    {
        var r = Doc("Polish-Ukrainian trade declined to €11.7 billion in 2023 from €12.3 billion in 2022. Poland's imports from Ukraine fell 8% to €4.1 billion.",
            dateline: "WARSAW, 4 April 2024 - ");
        Assert.Equal(2023, Assert.Single(r.Volumes, v => v.Flow == Flows.Imports).Year);
    }

    [Fact]
    public void ANonTradeWordInTheNextClauseDoesNotSpoilTheFigure()
    {
        var r = Doc("American exports to Vietnam were $9.9 billion in 2023, while imports from Vietnam reached $114 billion, leaving a deficit of $104.6 billion.",
            dateline: "WASHINGTON, January 30, 2024 - ");
        Assert.Equal(new[] { 9_900_000_000m, 114_000_000_000m }, r.Volumes.Select(v => v.Value));
        Assert.Equal(("USA", "VNM", Flows.Imports), (r.Volumes[1].Reporter, r.Volumes[1].Partner, r.Volumes[1].Flow));
    }

    [Fact]
    public void TimesIsAMultiplier()
    {
        var r = Doc("Commodity turnover between Belarus and Russia in 2022 amounted to $47.6 billion. "
            + "Prime Minister Roman Golovchenko said the sides intend to increase it by 1.5 times by 2030. In 2023 trade grew 1.3 times.",
            dateline: "MINSK, 20 December 2023 - ");
        var t = Assert.Single(r.Targets);
        Assert.Equal((1.5m, 71_400_000_000m, 2030), (t.Multiplier!.Value, t.Value!.Value, t.ByYear!.Value));
    }

    [Fact]
    public void AQuotationIsAttributedWhereItCloses()
    {
        var r = Doc("Trade between Nepal and India reached $8 billion in 2022.\n\n“We will double trade with India by 2030. That is our goal,” said Commerce Minister Ramesh Rijal.",
            dateline: "KATHMANDU, 5 May 2023 - ");
        Assert.Equal("Ramesh Rijal", Assert.Single(r.Targets).Speaker);
    }

    [Fact]
    public void FromOneYearToTheNextGivesTwoFigures()
    {
        var r = Doc("Trade between Georgia and Azerbaijan rose from $1.1 billion in 2021 to $1.3 billion in 2022.", dateline: "TBILISI, 2 February 2023 - ");
        Assert.Equal(new[] { (2021, 1_100_000_000m), (2022, 1_300_000_000m) }, r.Volumes.Select(v => (v.Year, v.Value)));
    }

    [Theory]
    [InlineData("by mid-2026", 2026)]
    [InlineData("by the end of 2027", 2027)]
    [InlineData("within a decade", 2033)]
    [InlineData("in five years' time", 2028)]
    public void HorizonsResolveToAYear(string horizon, int byYear)
    {
        var r = Doc($"Ministers of Chile and Peru agreed to lift bilateral trade to $9 billion {horizon}.", dateline: "LIMA, 4 May 2023 - ");
        Assert.Equal(byYear, Assert.Single(r.Targets).ByYear);
    }

    [Fact]
    public void AComparisonFigureKeepsTheFlowOfTheFigureBefore()
    {
        var r = Doc("Kenya exported goods worth $610 million to Pakistan in 2023, up from $540 million in 2022.", dateline: "NAIROBI, 14 March 2024 - ");
        Assert.All(r.Volumes, v => Assert.Equal(("KEN", "PAK", Flows.Exports), (v.Reporter, v.Partner, v.Flow)));
        Assert.Equal(new[] { 2023, 2022 }, r.Volumes.Select(v => v.Year));
    }

    [Fact]
    public void AGoalAroundAFigureKeepsBoth()
    {
        var r = Doc("The presidents of Korea and Uzbekistan agreed to raise bilateral trade, which stood at $2.2 billion last year, to $5 billion by 2030.",
            dateline: "SEOUL, 14 June 2024 - ");
        Assert.Equal((2023, 2_200_000_000m), (Assert.Single(r.Volumes).Year, r.Volumes[0].Value));
        Assert.Equal((5_000_000_000m, 2030), (Assert.Single(r.Targets).Value!.Value, r.Targets[0].ByYear!.Value));
    }

    [Fact]
    public void HistoricalGrowthIsNotATarget()
    {
        var r = Doc("Trade between Qatar and Oman more than doubled in 2022 and rose by 15 percent in 2023.");
        Assert.Empty(r.Targets);
    }

    [Fact]
    public void PronounSpeakerResolvesToTheLastNamedPerson()
    {
        var r = Doc("Trade Minister Maria Lopez met her Colombian counterpart on Monday. She said Ecuador and Colombia wanted trade to reach $4 billion by 2028.",
            dateline: "QUITO, 8 May 2024 - ");
        Assert.Equal("Maria Lopez", Assert.Single(r.Targets).Speaker);
    }

    [Fact]
    public void HeadlineRestatingTheBodyIsOneFact()
    {
        var r = Extractor.Extract("Serbia and Hungary aim for $10 billion trade\n\nBELGRADE, 4 April 2024 - Serbia and Hungary plan to lift trade to $10 billion by 2030, officials said.\n");
        var t = Assert.Single(r.Targets);
        Assert.Equal(2030, t.ByYear);
    }

    [Fact]
    public void EvidenceIsTheSentenceAsUtf16Offsets()
    {
        var text = "Título – trade\n\nLIMA, 1 May 2022 - Trade between Peru and Chile reached $7 billion in 2021. Officials met.\n";
        var v = Assert.Single(Extractor.Extract(text).Volumes);
        Assert.Equal(text[v.Evidence.Start..v.Evidence.End], v.Evidence.Quote);
        Assert.Equal("Trade between Peru and Chile reached $7 billion in 2021.", v.Evidence.Quote);
    }

    [Fact]
    public void DatelineGivesTheDocumentDate()
    {
        var r = Doc("Nothing here.", dateline: "NAIROBI, 12 January 2024 - ");
        Assert.Equal(new DateOnly(2024, 1, 12), r.PublishedOn);
        Assert.Equal("Trade news", r.Title);
    }
}

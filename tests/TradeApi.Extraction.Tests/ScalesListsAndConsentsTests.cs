using TradeApi.Extraction;

namespace TradeApi.Extraction.Tests;

// Phenomena that the thirty-seventh and thirty-eighth rounds of unseen pages showed (bench/judged): scales written "bil" and "mil", "US"
// before a number of dollars, a flow's figures listed with a partner after each, a flow's own verb in the past carrying the paragraph's
// year (but not "over the years" nor a sum over "the past 12 years"), a total "with" one named partner, a goal the sides "consented" to,
// "$58.6 billion in Thai exports to the United States", and a country's exports "a total of" a figure. Each on sentences of our own.
public class ScalesListsAndConsentsTests
{
    private static ExtractionResult Doc(string body, string dateline = "KUALA LUMPUR, October 20, 2016 - ", string? source = null) =>
        PhenomenaTests.Doc(body, "Trade news", dateline, source);

    // "a new bilateral trade target of US$25bil (RM104.3bil) with Indonesia", "rose 1.0% to RM60.2bil": Malaysian papers' scales.
    [Theory]
    [InlineData("US$16bil", 16_000_000_000, "USD")]
    [InlineData("RM60.2bil", 60_200_000_000, "MYR")]
    [InlineData("RM450mil", 450_000_000, "MYR")]
    [InlineData("RM1.2tril", 1_200_000_000_000, "MYR")]
    public void BilMilAndTrilAreScales(string amount, long value, string currency)
    {
        var v = Assert.Single(Doc($"Malaysia's trade with Thailand rose 1.0% to {amount} in 2015.").Volumes);
        Assert.Equal((value, currency, 2015), ((long)v.Value, v.Currency, v.Year));
    }

    // "take trade volume to US one billion dollars till 2024": "US" marks the dollars; the sides are the ones the text names.
    [Theory]
    [InlineData("US one billion dollars")]
    [InlineData("US 1 billion dollars")]
    public void UsBeforeANumberOfDollarsIsTheCurrency(string amount)
    {
        var r = Doc($"The Minister of Trade of Sri Lanka visited Karachi.\nHe expressed his resolve to take trade between Sri Lanka and Pakistan to {amount} till 2024.", "KARACHI, January 23, 2022 - ");
        var t = Assert.Single(r.Targets);
        Assert.Equal(("LKA PAK", 1_000_000_000m, 2024), (string.Join(' ', new[] { t.Reporter, t.Partner }.Order()), t.Value!.Value, t.ByYear!.Value));
        Assert.DoesNotContain(r.Targets, x => x.Reporter == "USA" || x.Partner == "USA");
    }

    // "Kenya exported goods worth 804 million dollars to Uganda, 424 million dollars to Tanzania, and 309 million dollars to Rwanda": each
    // listed figure goes to the country right after it.
    [Fact]
    public void AListedFlowGoesToThePartnerAfterEachFigure()
    {
        var r = Doc("Kenya exported goods worth 804 million dollars to Uganda in 2023, 424 million dollars to Tanzania, and 309 million dollars to Rwanda.", "NAIROBI, February 26, 2024 - ");
        Assert.Equal(
            [("UGA", 804_000_000m), ("TZA", 424_000_000m), ("RWA", 309_000_000m)],
            r.Volumes.Where(v => v.Reporter == "KEN" && v.Flow == "exports" && v.Year == 2023).Select(v => (v.Partner, v.Value)).ToArray());
        // Imports are listed with "from"; a "to" after an import figure names no partner of it.
        var imports = Doc("Kenya imported goods worth 804 million dollars from Uganda in 2023, 424 million dollars from Tanzania.", "NAIROBI, February 26, 2024 - ");
        Assert.Contains(imports.Volumes, v => (v.Reporter, v.Partner, v.Flow, v.Value) == ("KEN", "TZA", "imports", 424_000_000m));
        // A figure with no partner of its own after it is no item of the list.
        var more = Doc("Kenya exported goods worth 804 million dollars to Uganda in 2023, 424 million dollars more than Tanzania did.", "NAIROBI, February 26, 2024 - ");
        Assert.DoesNotContain(more.Volumes, v => v.Partner == "TZA");
        // Figures that are no list keep their own sides.
        var two = Doc("Kenya exported goods worth 804 million dollars to Uganda in 2023 while Tanzania imported 424 million dollars from China in 2023.", "NAIROBI, February 26, 2024 - ");
        Assert.DoesNotContain(two.Volumes, v => v.Reporter == "KEN" && v.Partner == "CHN");
        Assert.Contains(two.Volumes, v => (v.Reporter, v.Partner, v.Flow, v.Value) == ("TZA", "CHN", "imports", 424_000_000m));
    }

    // "The exports increased to 396.3 billion shillings in 2023 ... Kenya exported goods worth 804 million dollars to Uganda": a flow's
    // verb in the past carries the year the paragraph is about; "Over the years, South Africa imported R35 billion" is a sum over years.
    [Fact]
    public void AFlowVerbInThePastCarriesTheParagraphsYear()
    {
        var r = Doc("Kenya's exports to Africa increased to 2.72 billion U.S. dollars in 2023.\nKenya exported goods worth 804 million dollars to Uganda.", "NAIROBI, February 26, 2024 - ");
        Assert.Contains(r.Volumes, v => (v.Reporter, v.Partner, v.Year, v.Value) == ("KEN", "UGA", 2023, 804_000_000m));
        // A year named further back may date something else: "The target was set in 2017 ... Sri Lanka had exported 185 million US dollars".
        var far = Doc("The trade target was set by the President in 2017 during a visit to Russia.\nThe talks focused on energy.\nLavrov said Russia needs more contact with local markets.\nThe two sides agreed to cooperate in agriculture.\nSri Lanka had exported 185 million US dollars of goods to Russia.", "COLOMBO, January 14, 2020 - ");
        Assert.Empty(far.Volumes);
        var span = Doc("Nigeria was South Africa's top import market in Africa in 2020.\nOver the years, South Africa imported R35 billion worth of goods from Nigeria.", "ABUJA, June 14, 2021 - ");
        Assert.Empty(span.Volumes);
    }

    // "He said last year alone, total trade with China stood at RM374.2 billion": a total with one named partner is the pair's, seen from
    // the text's country.
    [Fact]
    public void ATotalWithANamedPartnerIsThePairs()
    {
        var r = Doc("Malaysia's trade could reach the RM2 trillion mark this year, said the minister.\nHe said last year, total trade with China stood at RM374.2 billion.", "KUALA LUMPUR, January 24, 2018 - ");
        var v = Assert.Single(r.Volumes);
        Assert.Equal(("MYS", "CHN", "total", 2017, 374_200_000_000m), (v.Reporter, v.Partner, v.Flow, v.Year, v.Value));
        // Without a partner it is the country's trade with the world.
        Assert.Empty(Doc("He said last year, Malaysia's total trade stood at RM1.7 trillion.", "KUALA LUMPUR, January 24, 2018 - ").Volumes);
    }

    // "consented to build trade exchange between the two nations up to USD 1 billion": consenting to a level is aiming at it.
    [Fact]
    public void ConsentingToALevelIsAGoal()
    {
        var t = Assert.Single(Doc("The prime ministers of Vietnam and Sri Lanka consented to build trade between the two nations up to USD 1 billion.", "HANOI, April 17, 2017 - ").Targets);
        Assert.Equal(1_000_000_000m, t.Value);
    }
    // "with $58.6 billion in Thai exports to the United States": a named country's flow right after the figure is trade.
    [Fact]
    public void AFigureInANamedCountrysExportsIsThatFlow()
    {
        var v = Assert.Single(Doc("In 2022 there were $58.6 billion in Thai exports to the United States.", "WASHINGTON, August 1, 2023 - ").Volumes);
        Assert.Equal(("THA", "USA", "exports", 2022, 58_600_000_000m), (v.Reporter, v.Partner, v.Flow, v.Year, v.Value));
    }

    // "reached SR1.73 trillion during the past 12 years consisting of SR1.2 trillion of Saudi exports to China": a sum over years and its
    // parts are no year's, whatever year the sentence before named.
    [Fact]
    public void ASumOverYearsAndItsPartsAreNoYears()
    {
        var r = Doc("Trade between Saudi Arabia and China was SR200 billion in 2013.\nThe trade reached SR1.73 trillion during the past 12 years consisting of SR1.2 trillion of Saudi exports to China.", "JEDDAH, August 29, 2016 - ");
        var v = Assert.Single(r.Volumes);
        Assert.Equal((2013, 200_000_000_000m), (v.Year, v.Value));
    }

    // "Thailand exported a total of $287 billion worth of goods in 2022" under a first line that names Indonesia: its exports to the world;
    // "a total of" with the partner named is the pair's.
    [Fact]
    public void ACountrysTotalExportsWithNoPartnerAreTheWorlds()
    {
        var r = PhenomenaTests.Doc("An export-dependent economy, Thailand exported a total of $287 billion worth of goods in 2022.",
            "Thailand is the second largest economy in ASEAN after Indonesia.", "WASHINGTON, August 1, 2023 - ");
        Assert.Empty(r.Volumes);
        var named = Doc("Kenya exported a total of $804 million worth of goods to Uganda in 2023.", "NAIROBI, February 26, 2024 - ");
        Assert.Contains(named.Volumes, x => (x.Reporter, x.Partner, x.Value) == ("KEN", "UGA", 804_000_000m));
    }
}

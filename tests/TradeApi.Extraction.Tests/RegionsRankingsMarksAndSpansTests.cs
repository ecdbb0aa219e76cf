using TradeApi.Extraction;

namespace TradeApi.Extraction.Tests;

// Phenomena that the hundred-and-thirteenth round of unseen pages showed (bench/judged): a statement after a colon that only a balance
// announces, a dollar mark in mixed case glued to its number, a clause after ", and" that is no list of partners, a ranking of traders
// going on past the first one's figure, a title naming a part of the year, a region's or a community's trade, the pula's "P", and a span
// of years put as "between 2012 to 2016". Sentences of our own.
public class RegionsRankingsMarksAndSpansTests
{
    private static ExtractionResult Doc(string body, string title = "Trade news", string dateline = "NAIROBI, March 3, 2022 - ") =>
        PhenomenaTests.Doc(body, title, dateline);

    private static (string, string, string, int, decimal, string)[] Facts(ExtractionResult r) =>
        [.. r.Volumes.Select(v => (v.Reporter, v.Partner, v.Flow, v.Year, v.Value, v.Currency)).OrderBy(f => f.Year).ThenBy(f => f.Value)];

    // What follows a colon and names a flow of its own is stated, not the balance the words before announce.
    [Fact]
    public void AStatementAfterAColonIsNoBalance() =>
        Assert.Equal([("KEN", "RWA", "exports", 2019, 50_000_000m, "USD")],
            Facts(Doc("The trade imbalance is stark: in 2019 Kenya exported $50 million worth of goods to Rwanda.")));

    [Theory]
    [InlineData("Kenya's trade deficit with China: $5 billion in 2019.")]
    [InlineData("Kenya and China: a trade deficit of $5 billion in 2019.")]
    public void ABalanceAfterAColonStaysABalance(string body) => Assert.Empty(Doc(body).Volumes);

    // "Bds$80 million" is "BDS$80 million": letters glued to the dollar sign are its mark, in whatever case.
    [Theory]
    [InlineData("Trade between Barbados and Jamaica reached Bds$80 million in 2018.")]
    [InlineData("Trade between Barbados and Jamaica reached BDS$80 million in 2018.")]
    public void AMixedCaseDollarMarkGluedToItsNumberIsRead(string body) =>
        Assert.Equal([("BRB", "JAM", "total", 2018, 80_000_000m, "BBD")], Facts(Doc(body, dateline: "BRIDGETOWN, March 3, 2022 - ")));

    // ", and" after the first country named past the figure starts a clause of its own; "and" alone lists a second partner.
    [Fact]
    public void ACommaAndStartsANewClauseNotAList() =>
        Assert.Equal([("FJI", "TON", "exports", 2019, 45_000_000m, "FJD")],
            Facts(Doc("In 2019 Fiji exported F$45 million of goods to Tonga, and Samoa bought more than before.", dateline: "SUVA, March 3, 2022 - ")));

    [Fact]
    public void AndAloneListsPartners() =>
        Assert.Empty(Doc("In 2019 Fiji exported F$45 million of goods to Tonga and Samoa.", dateline: "SUVA, March 3, 2022 - ").Volumes);

    // "X remained the largest buyer ..., taking $A, followed by Y and Z with $B and $C": the figures after the other countries are theirs,
    // not the first trader's; their places in the ranking are not read.
    [Fact]
    public void ARankingOfTradersGoesOnPastTheFirstFigure() =>
        Assert.Equal([("CAN", "JAM", "imports", 2019, 300_000_000m, "USD")],
            Facts(Doc("Canada remained the largest buyer of Jamaican goods in 2019, taking $300 million, followed by the United States and the United Kingdom with $250 million and $90 million respectively.")));

    // Countries each with its figure in brackets after the first trader's are each a trader of their own, as before.
    [Fact]
    public void TradersListedWithTheirFiguresInBracketsKeepTheirOwn() =>
        Assert.Equal([("PRT", "CHL", "exports", 2019, 700_000_000m, "EUR"), ("FRA", "CHL", "exports", 2019, 2_200_000_000m, "EUR"),
                ("ITA", "CHL", "exports", 2019, 2_900_000_000m, "EUR"), ("ESP", "CHL", "exports", 2019, 4_100_000_000m, "EUR")],
            Facts(Doc("Among the member states, Spain was the largest exporter to Chile in 2019, with 4.1 bn euro, followed by Italy (2.9 bn), France (2.2 bn) and Portugal (0.7 bn).",
                "EU and Chile", "BRUSSELS, March 3, 2022 - ")));

    // A title naming a part of a year makes the body's figures of that year that part's; other years keep theirs.
    [Theory]
    [InlineData("Kenya's exports fall in January-June 2021")]
    [InlineData("Kenya's exports fall from January to June 2021")]
    [InlineData("Kenya's exports in the first six months of 2021")]
    public void ATitleNamingAPartOfTheYearMakesThatYearsFiguresPartial(string title)
    {
        var r = Doc("Kenya's exports to Uganda reached $300 million in 2021. In 2020 Kenya's exports to Uganda had reached $500 million.", title);
        Assert.Equal([("KEN", "UGA", "exports", 2020, 500_000_000m, "USD")], Facts(r));
    }

    // A title with two years says no one year of its part.
    [Fact]
    public void ATitleWithTwoYearsMarksNeither() =>
        Assert.Equal([("KEN", "UGA", "exports", 2020, 500_000_000m, "USD")],
            Facts(Doc("Kenya's exports to Uganda reached $500 million in 2020.", "Kenya's exports of 2020 passed in January-June 2021")));

    [Fact]
    public void AWholeYearsTitleLeavesTheYear() =>
        Assert.Equal([("KEN", "UGA", "exports", 2021, 300_000_000m, "USD")],
            Facts(Doc("Kenya's exports to Uganda reached $300 million in 2021.", "Kenya's exports in 2021")));

    // A region named by its adjective, or a regional community, trades as a group: no country's fact, whatever pair the text had.
    [Theory]
    [InlineData("Pacific exports to China rose from $40 million in 2010 to $350 million in 2019.")]
    [InlineData("Caribbean exports to Canada reached $900 million in 2019.")]
    [InlineData("African exports to China reached $9 billion in 2019.")]
    [InlineData("Asian imports from Australia reached $90 billion in 2019.")]
    [InlineData("Latin American exports to China reached $9 billion in 2019.")]
    [InlineData("Pacific island exports to China reached $400 million in 2019.")]
    [InlineData("In 2019 Barbados exported $80 million of goods to the CARICOM region.")]
    [InlineData("In 2019 Zambia's exports to SADC reached $2 billion.")]
    [InlineData("In 2019 Ghana's imports from ECOWAS reached $900 million.")]
    public void ARegionOrACommunityIsNoCountry(string body) =>
        Assert.Empty(Doc("Australia and China compete in the region. Australia's exports to China were large. " + body).Volumes);

    // Each regional community named as the partner of a flow, in a text about two of its members.
    [Theory]
    [InlineData("CARICOM")]
    [InlineData("Caricom")]
    [InlineData("SADC")]
    [InlineData("COMESA")]
    [InlineData("ECOWAS")]
    [InlineData("SACU")]
    [InlineData("CEMAC")]
    [InlineData("UEMOA")]
    [InlineData("WAEMU")]
    [InlineData("PICs")]
    [InlineData("the Pacific Island Countries")]
    [InlineData("the Andean Community")]
    [InlineData("the Pacific Alliance")]
    [InlineData("SICA")]
    public void ARegionalCommunityIsNoPartner(string community)
    {
        Assert.Empty(Doc($"Barbados and Grenada agreed to work together. In 2019 Barbados exported $80 million to {community}.", "Barbados and Grenada").Volumes);
        // Named before the figure, it is what "the region" after it is.
        var r = Doc($"The mission visited Dominica and Grenada. Exports to the {community} region should grow, the minister said, and noted that in 2019 Barbados exported about $80 million in goods to the region.",
            "Barbados and Grenada");
        Assert.Empty(r.Volumes);
        Assert.Empty(r.Targets);
    }

    // "the region" right after a figure is a group too, whatever country the sentences before named; "the region's largest market,
    // Grenada" names a country.
    [Fact]
    public void TheRegionAfterAFigureIsNoCountry() =>
        Assert.Empty(Doc("Barbados and Grenada agreed to work together. In 2019 Barbados exported $80 million of goods to the region.", "Barbados and Grenada").Volumes);

    [Fact]
    public void TheRegionsLargestMarketIsACountry() =>
        Assert.Equal([("BRB", "GRD", "exports", 2019, 80_000_000m, "USD")],
            Facts(Doc("In 2019 Barbados exported $80 million of goods to the region's largest market, Grenada.", "Barbados and Grenada")));

    [Fact]
    public void SouthAfricanExportsAreACountrysExports() =>
        Assert.Equal([("ZAF", "CHN", "exports", 2019, 100_000_000_000m, "ZAR")],
            Facts(Doc("South African exports to China reached R100 billion in 2019.", dateline: "PRETORIA, March 3, 2022 - ")));

    // "P" against a number: the pula in a text about Botswana, the Philippine peso otherwise.
    [Theory]
    [InlineData("Botswana's exports to Namibia rose to P900 million in 2019.", "BWA", "NAM", "BWP")]
    [InlineData("The Philippines' exports to Japan reached P560 billion in 2019.", "PHL", "JPN", "PHP")]
    public void PIsThePulaOrThePeso(string body, string reporter, string partner, string currency)
    {
        var v = Assert.Single(Doc(body, dateline: "").Volumes);
        Assert.Equal((reporter, partner, 2019, currency), (v.Reporter, v.Partner, v.Year, v.Currency));
    }

    // "from $A to $B between 2015 to 2018", "between the period 2015 to 2018": the span's first and last years, as with "and".
    [Theory]
    [InlineData("between 2015 and 2018")]
    [InlineData("between 2015 to 2018")]
    [InlineData("between the period 2015 to 2018")]
    [InlineData("between the period of 2015 to 2018")]
    public void ASpanOfYearsDatesAMovementsEnds(string span) =>
        Assert.Equal([("ZMB", "MWI", "exports", 2015, 120_000_000m, "USD"), ("ZMB", "MWI", "exports", 2018, 95_000_000m, "USD")],
            Facts(Doc($"Zambia's exports to Malawi fell from $120 million to $95 million {span}.", dateline: "LUSAKA, March 3, 2022 - ")));
}

using TradeApi.Extraction;

namespace TradeApi.Extraction.Tests;

// Phenomena that the hundred-and-twentieth round of unseen pages showed (bench/judged): a page dated only by its address, the pair's
// whole trade under a title about one product, products bought "for" a sum, parts as a product, the year of a figure compared with, a
// year-on-year base, a movement over the period the sentence before dated, and the Zimbabwe dollar's mark. Sentences of our own.
public class AddressDatesAndComparedYearsTests
{
    private static ExtractionResult Doc(string body, string title = "Trade news", string? source = null) =>
        PhenomenaTests.Doc(body, title, "", source);

    private static (string, string, string, int, decimal)[] Volumes(ExtractionResult r) =>
        r.Volumes.Select(v => (v.Reporter, v.Partner, v.Flow, v.Year, v.Value)).OrderBy(v => v.Year).ThenBy(v => v.Value).ToArray();

    // "In the previous year, the total trade volume ... amounted to 7.1 billion" on a page whose only date is in its address: the address
    // dates the page, in each form news addresses write it.
    [Theory]
    [InlineData("https://news.example.com/world/2024/06/13/572558.html")]
    [InlineData("https://news.example.com/world/2024/06/trade-story")]
    [InlineData("https://news.example.com/13-Jun-2024/trade-story")]
    [InlineData("https://news.example.com/business/2024-06-13-trade-story")]
    [InlineData("http://www.example.com/view.php?ud=20240613000718&np=16")]
    [InlineData("https://news.example.com/business/202406131050189923-trade-story/")]
    public void AnAddressDatesAPageThatHasNoOtherDate(string address) =>
        Assert.Equal([("GHA", "PER", "total", 2023, 7_100_000_000m)],
            Volumes(Doc("In the previous year, the total trade volume between Ghana and Peru amounted to 7.1 billion US Dollars.", source: address)));

    // An address with no date in it, or a number that is no date, dates nothing; a date the text writes comes first.
    [Theory]
    [InlineData("https://news.example.com/world/572558.html")]
    [InlineData("https://news.example.com/world/2024/trade-story")]
    [InlineData("https://news.example.com/world/20241345/trade-story")]
    [InlineData("https://news.example.com/world/20240613123/trade-story")]
    public void AnAddressWithoutADateDatesNothing(string address) =>
        Assert.Empty(Doc("In the previous year, the total trade volume between Ghana and Peru amounted to 7.1 billion US Dollars.", source: address).Volumes);

    [Fact]
    public void TheTextsOwnDateComesBeforeTheAddresss() =>
        Assert.Equal([("GHA", "PER", "total", 2020, 7_100_000_000m)],
            Volumes(PhenomenaTests.Doc("In the previous year, the total trade volume between Ghana and Peru amounted to 7.1 billion US Dollars.",
                "Trade news", "ACCRA, March 3, 2021 - ", "https://news.example.com/world/2024/06/13/572558.html")));

    // "trade exchange between Egypt and Russia amounted to $4.7 billion in 2021" under a title about wheat imports: the trade between
    // the two sides is the whole, not the title's product.
    [Theory]
    [InlineData("Trade exchange between Ghana and Peru amounted to $4.7 billion in 2021.")]
    [InlineData("The trade turnover of Ghana and Peru amounted to $4.7 billion in 2021.")]
    public void ThePairsTradeUnderATitleAboutOneProductIsTheWhole(string body) =>
        Assert.Equal([("GHA", "PER", "total", 2021, 4_700_000_000m)],
            Volumes(Doc(body, "Ghana's wheat imports from Peru surged 84% year-on-year")));

    [Fact]
    public void ABareFlowUnderATitleAboutOneProductIsStillTheProducts() =>
        Assert.Empty(Doc("Ghana's imports from Peru amounted to $4.7 billion in 2021.", "Ghana's wheat imports from Peru surged 84% year-on-year").Volumes);

    // "Egypt purchased imported wheat for $3.25 billion": goods bought "for" a sum are that product's figure; goods in general are not.
    [Fact]
    public void ProductsBoughtForASumAreTheProducts() =>
        Assert.Empty(Doc("In 2023, Ghana purchased imported wheat from Peru for $3.25 billion.").Volumes);

    [Fact]
    public void GoodsBoughtForASumAreTheWhole() =>
        Assert.Equal([("GHA", "PER", "imports", 2023, 3_250_000_000m)],
            Volumes(Doc("In 2023, Ghana purchased goods from Peru for $3.25 billion.")));

    // "its auto parts imports from South Korea ... to US$1.8 billion": parts are one product.
    [Theory]
    [InlineData("auto parts")]
    [InlineData("electronic components")]
    public void PartsAreOneProduct(string goods) =>
        Assert.Empty(Doc($"Ghana raised its {goods} imports from Peru in 2022 to US$1.8 billion.").Volumes);

    // "stood at $504 million in 2017 compared to $374 million in 2016, while Russian exports to Egypt surpassed $6.2 billion": the year
    // of the figure compared with is its own; the clause after it speaks of the year written before the comparison.
    [Theory]
    [InlineData("compared to")]
    [InlineData("against")]
    public void AComparedYearDoesNotDateTheNextClause(string compared) =>
        Assert.Equal([("GHA", "PER", "exports", 2016, 374_000_000m), ("GHA", "PER", "exports", 2017, 504_000_000m), ("PER", "GHA", "exports", 2017, 6_200_000_000m)],
            Volumes(Doc($"Ghana's exports to Peru stood at $504 million in 2017 {compared} $374 million in 2016, while Peruvian exports to Ghana surpassed $6.2 billion.")));

    // With no other year before it, the clause after a comparison has none: "grew 20 percent compared to 10 percent in 2016, reaching
    // $6.2 billion" does not say when.
    [Fact]
    public void AComparedYearAloneDatesNothingAfterIt() =>
        Assert.Empty(Doc("Ghana's exports to Peru grew 20 percent compared to 10 percent in 2016, reaching $6.2 billion.").Volumes);

    // "amounted to $4.7 billion in 2021, increasing by 5.1% YoY from $4.5 billion": the base of a year-on-year change is the year before's.
    [Theory]
    [InlineData("YoY")]
    [InlineData("year-on-year")]
    [InlineData("year over year")]
    public void AYearOnYearBaseIsTheYearBefore(string yoy) =>
        Assert.Equal([("GHA", "PER", "total", 2020, 4_500_000_000m), ("GHA", "PER", "total", 2021, 4_700_000_000m)],
            Volumes(Doc($"Trade between Ghana and Peru amounted to $4.7 billion in 2021, increasing by 5.1% {yoy} from $4.5 billion.")));

    [Fact]
    public void ABaseWithNoYearOnYearIsNoYears() =>
        Assert.Equal([("GHA", "PER", "total", 2021, 4_700_000_000m)],
            Volumes(Doc("Trade between Ghana and Peru amounted to $4.7 billion in 2021, increasing by 5.1% from $4.5 billion.")));

    // "Mexican exports to Japan increased from USD 3 billion in 2015 to USD 4.2 billion in 2024. Meanwhile, imports rose from USD 17.3
    // billion to USD 19.2 billion, representing 9.2% of the total during the same period": the movement over the same period has the ends
    // of the one before.
    [Fact]
    public void AMovementOverTheSamePeriodHasTheEndsOfTheOneBefore() =>
        Assert.Equal([("GHA", "PER", "exports", 2015, 3_000_000_000m), ("GHA", "PER", "imports", 2015, 17_300_000_000m),
                      ("GHA", "PER", "exports", 2024, 4_200_000_000m), ("GHA", "PER", "imports", 2024, 19_200_000_000m)],
            Volumes(Doc("Ghanaian exports to Peru increased from USD 3 billion in 2015 to USD 4.2 billion in 2024. Meanwhile, imports rose from "
                        + "USD 17.3 billion to USD 19.2 billion, representing 9.2% of the total during the same period.")));

    // Not a movement over another year's months: "during the same period last year" is no period just named.
    [Fact]
    public void TheSamePeriodOfAnotherYearIsNoPeriodJustNamed() =>
        Assert.DoesNotContain(Doc("Ghanaian exports to Peru increased from USD 3 billion in 2015 to USD 4.2 billion in 2024. Meanwhile, imports rose from "
                                  + "USD 17.3 billion to USD 19.2 billion, faster than during the same period last year.").Volumes, v => v.Value == 17_300_000_000m);

    // A movement that writes a year of its own is not over the period before.
    [Fact]
    public void AMovementWithAYearOfItsOwnKeepsIt() =>
        Assert.Equal([("GHA", "PER", "imports", 2023, 19_200_000_000m)],
            Volumes(Doc("Ghanaian exports to Peru increased from USD 3 billion in 2015 to USD 4.2 billion in 2024. Meanwhile, imports rose from "
                        + "USD 17.3 billion to USD 19.2 billion in 2023, during the same period.")).Where(v => v.Item3 == "imports"));

    // "imported goods worth ZW$324.6bn (about R12.8bn)": ZW$ is the Zimbabwe dollar, the figure's own currency.
    [Fact]
    public void ZimbabweDollarsAreRead()
    {
        var v = Assert.Single(Doc("In 2020 Zimbabwe imported goods worth ZW$324.6bn (about R12.8bn) from South Africa.").Volumes);
        Assert.Equal(("ZWE", "ZAF", "imports", 2020, 324_600_000_000m, "ZWL"), (v.Reporter, v.Partner, v.Flow, v.Year, v.Value, v.Currency));
    }
}

using TradeApi.Extraction;

namespace TradeApi.Extraction.Tests;

// Phenomena that the seventy-fourth round of unseen pages showed (bench/judged): a farm sector named by a compound ("agricommodity
// trade"), a fiscal year opening a sentence whose figure then took a year from sentences before, months counted the way Egyptian
// business papers write them ("8M-22"), and a figure "in imports" after one of exports. Each on sentences of our own.
public class FarmSectorsFiscalYearsAndMonthCountsTests
{
    private static ExtractionResult Doc(string body, string title = "Egypt and Jordan") =>
        PhenomenaTests.Doc(body, title, "CAIRO, March 2, 2023 - ");

    [Theory]
    [InlineData("Total agricommodity trade export value from Egypt to Jordan in 2021 was $846 million.")]
    [InlineData("Agro-industrial exports from Egypt to Jordan in 2021 were $846 million.")]
    [InlineData("Egypt's agrifood exports to Jordan reached $846 million in 2021.")]
    public void AFarmWordByItsPrefixIsASector(string body) =>
        Assert.Empty(Doc(body).Volumes);

    [Fact]
    public void AWordOfNoFarmIsNoSector()
    {
        var v = Assert.Single(Doc("Total trade export value from Egypt to Jordan in 2021 was $846 million.").Volumes);
        Assert.Equal((846_000_000m, 2021), (v.Value, v.Year));
    }

    // A fiscal year opening the sentence dates the figure; no calendar year from the sentences before stands in.
    [Theory]
    [InlineData("In the fiscal year 2018-19, exports to Jordan reached a new high of $277 million.")]
    [InlineData("In FY 2018-19, exports to Jordan reached a new high of $277 million.")]
    [InlineData("In the financial year 2018-19, exports to Jordan reached a new high of $277 million.")]
    public void AFiscalYearBeforeTheCommaIsNoCalendarYear(string body) =>
        Assert.Empty(Doc("Egypt established ties with Jordan in 1972. " + body).Volumes);

    [Theory]
    [InlineData("Trade between Egypt and Jordan rose 2.7% during the first eight months (8M) of 2022 to $646 million.")]
    [InlineData("Egypt's exports to Jordan amounted to $481 million during 8M-22, down 3.3%.")]
    [InlineData("Egypt's exports to Jordan amounted to $481 million during 9M-2022.")]
    public void MonthsCountedByTheirAbbreviationArePartOfAYear(string body) =>
        Assert.Empty(Doc(body).Volumes);

    [Fact]
    public void AnAmountInMillionsIsNoCountOfMonths()
    {
        var r = Doc("Egypt's exports to Jordan amounted to $481 million in 2022 (up from US$8M-worth in 2000).");
        Assert.Contains(r.Volumes, v => (v.Value, v.Year, v.Flow) == (481_000_000m, 2022, "exports"));
        var after = Doc("Trade grew fast (Egypt's exports to Jordan rose to $481 million in 2022 from US$8M).");
        Assert.Contains(after.Volumes, v => (v.Value, v.Year, v.Flow) == (481_000_000m, 2022, "exports"));
    }

    [Fact]
    public void AFigureInImportsAfterExportsIsTheTradersImports()
    {
        var r = Doc("Jordan's exports to Egypt in 2021 tallied $151 million, compared to $482 million in imports.", "Jordan and Egypt");
        Assert.Equal(2, r.Volumes.Count);
        Assert.Equal(("JOR", "EGY", "exports", 151_000_000m), (r.Volumes[0].Reporter, r.Volumes[0].Partner, r.Volumes[0].Flow, r.Volumes[0].Value));
        Assert.Equal(("JOR", "EGY", "imports", 482_000_000m), (r.Volumes[1].Reporter, r.Volumes[1].Partner, r.Volumes[1].Flow, r.Volumes[1].Value));
    }
}

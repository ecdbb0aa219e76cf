using TradeApi.Extraction;

namespace TradeApi.Extraction.Tests;

// Phenomena that the fifth round of unseen pages showed (bench/judged: 82 real pages judged fact by fact before any rule changed for
// them), each on sentences of our own, in more than one phrasing or pair.
public class JudgedPagesTests
{
    private static ExtractionResult Doc(string body, string title = "Trade news", string dateline = "", string? source = null) =>
        PhenomenaTests.Doc(body, title, dateline, source);

    // "RM95.31 billion" is Malaysian ringgit, written as its symbol.
    [Theory]
    [InlineData("In 2021, total trade between Malaysia and Thailand amounted to RM95.31 billion.", 95_310_000_000)]
    [InlineData("Malaysia's trade with Thailand rose 4 per cent to RM 60.2 billion in 2021.", 60_200_000_000)]
    public void RmIsTheRinggit(string body, long value)
    {
        var v = Assert.Single(Doc(body, dateline: "KUALA LUMPUR, Sept 27, 2022 - ").Volumes);
        Assert.Equal(("MYS", "THA", 2021, (decimal)value, "MYR"), (v.Reporter, v.Partner, v.Year, v.Value, v.Currency));
    }

    // "Rs" and "rupees" with no nationality are the rupee of where the text is written, or of the one rupee country of its pair.
    [Theory]
    [InlineData("ISLAMABAD, May 3, 2011 - ", "Pakistan and Norway agreed to raise bilateral trade to Rs 90bn per year by 2015.", "PKR")]
    [InlineData("", "Sri Lanka and Thailand agreed to raise bilateral trade to 90 billion rupees by 2015.", "LKR")]
    [InlineData("", "India and Thailand agreed to raise bilateral trade to Rs 90bn by 2015.", "INR")]
    [InlineData("ISLAMABAD, May 3, 2011 - ", "Pakistan and Norway agreed to raise bilateral trade to 90 billion Indian rupees by 2015.", "INR")]
    public void ARupeeWithoutANationalityIsTheTextsOwn(string dateline, string body, string currency)
    {
        var t = Assert.Single(Doc(body, dateline: dateline).Targets);
        Assert.Equal((90_000_000_000m, currency, 2015), (t.Value, t.Currency, t.ByYear));
    }
}

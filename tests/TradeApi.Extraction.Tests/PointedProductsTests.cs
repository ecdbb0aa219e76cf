using TradeApi.Extraction;

namespace TradeApi.Extraction.Tests;

// Phenomena that the seventy-third round of unseen pages showed (bench/judged): a figure "worth of this product", the product named
// sentences before, was read as the pair's whole trade. Each on sentences of our own.
public class PointedProductsTests
{
    private static ExtractionResult Doc(string body) =>
        PhenomenaTests.Doc("Beef is the country's leading export. " + body, "Uruguay trade", "MONTEVIDEO, January 9, 2023 - ");

    [Theory]
    [InlineData("In 2022, Uruguay exported $2.4 billion worth of this product to China.")]
    [InlineData("In 2022, Uruguay exported $2.4 billion of these products to China.")]
    [InlineData("In 2022, Uruguay exported $2.4 billion of that commodity to China.")]
    [InlineData("In 2022, Uruguay exported $2.4 billion worth of those items to China.")]
    public void GoodsPointedBackToAreOneItem(string body) =>
        Assert.Empty(Doc(body).Volumes);

    // Goods that no word points back at are the whole trade.
    [Theory]
    [InlineData("In 2022, Uruguay exported $2.4 billion worth of products to China.")]
    [InlineData("In 2022, Uruguay exported $2.4 billion worth of goods to China.")]
    public void GoodsNamedByNoPointerAreTheWhole(string body)
    {
        var v = Assert.Single(Doc(body).Volumes);
        Assert.Equal(("URY", "CHN", "exports", 2_400_000_000m, 2022), (v.Reporter, v.Partner, v.Flow, v.Value, v.Year));
    }
}

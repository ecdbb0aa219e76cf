using TradeApi.Extraction;

namespace TradeApi.Extraction.Tests;

// The phenomenon the hundred-and-thirtieth round of unseen pages showed (bench/judged): goods "sent to" a country after their figure.
// Sentences of our own.
public class GoodsSentToACountryTests
{
    private static ExtractionResult Doc(string body) => PhenomenaTests.Doc(body, "Chile and Kenya", "NAIROBI, May 5, 2021 - ");

    // "Thailand's trade with Bangladesh was more than $1.18 billion in 2023, including Bangladeshi products worth only $90 million sent
    // to Thailand": goods sent to a country are exports to it, a part of the total, not the total.
    [Fact]
    public void GoodsSentToACountryAreExportsToIt() =>
        Assert.Equal([("CHL", "KEN", "total", 2020, 1_180_000_000m), ("KEN", "CHL", "exports", 2020, 90_000_000m)],
            Doc("Chile's trade with Kenya was $1.18 billion in 2020, including Kenyan products worth only $90 million sent to Chile.").Volumes
                .Select(v => (v.Reporter, v.Partner, v.Flow, v.Year, v.Value)));

    // Money people send is no trade: "sent" names a flow only after goods' figure.
    [Fact]
    public void MoneySentIsNoTrade() =>
        Assert.Empty(Doc("In 2020, Kenyan workers sent $90 million to Chile.").Volumes);
}

using TradeApi.Extraction;

namespace TradeApi.Extraction.Tests;

// A phenomenon that the hundred-and-second round of unseen pages showed (bench/judged): amounts in Albanian lek, written with the ISO
// code after the scale ("8 billion ALL") or with the currency's name. Sentences of our own.
public class AlbanianLekTests
{
    private static ExtractionResult Doc(string body, string title = "Trade news") => PhenomenaTests.Doc(body, title, "");

    [Theory]
    [InlineData("Albanian exports to Serbia were 8 billion ALL in 2018.")]
    [InlineData("Albanian exports to Serbia were 8,000 million ALL in 2018.")]
    [InlineData("Albanian exports to Serbia were 8 billion leke in 2018.")]
    [InlineData("Albanian exports to Serbia were 8 billion lekë in 2018.")]
    [InlineData("Albanian exports to Serbia were 8 billion lek in 2018.")]
    public void AmountsInLekAreAlbanian(string body)
    {
        var v = Assert.Single(Doc(body).Volumes);
        Assert.Equal(("ALB", "SRB", "exports", 2018, 8_000_000_000m, "ALL"), (v.Reporter, v.Partner, v.Flow, v.Year, v.Value, v.Currency));
    }

    // "ALL" is a word of a title in capitals: as a code it is read only right after a scale word.
    [Theory]
    [InlineData("EXPORTS TO SERBIA ROSE BY 8 BILLION, ALL OF IT IN 2018")]
    [InlineData("EXPORTS OF 20,000 ALL-TERRAIN VEHICLES TO SERBIA IN 2018")]
    public void AllIsACodeOnlyAfterAScaleWord(string title) =>
        Assert.DoesNotContain(Doc("Albania and Serbia met in Tirana.", title).Volumes, v => v.Currency == "ALL");
}

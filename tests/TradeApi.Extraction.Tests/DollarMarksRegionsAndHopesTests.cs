using TradeApi.Extraction;

namespace TradeApi.Extraction.Tests;

// Phenomena that the seventy-second round of unseen pages showed (bench/judged): the River Plate's "U$S" for the US dollar, a year's
// figure "until November", a hope put as "hopefully", a goal for trade with a continent, and a partner whose name runs past the words
// read after a figure. Each on sentences of our own.
public class DollarMarksRegionsAndHopesTests
{
    private static ExtractionResult Doc(string body, string title = "Trade news", string dateline = "MONTEVIDEO, May 2, 2022 - ") =>
        PhenomenaTests.Doc(body, title, dateline);

    [Theory]
    [InlineData("Trade between Uruguay and Argentina in 2021 reached U$S 2,500 million.")]
    [InlineData("Trade between Uruguay and Argentina in 2021 reached u$s 2,500 million.")]
    [InlineData("Trade between Uruguay and Argentina in 2021 reached U$S2.5 billion.")]
    public void TheRiverPlatesDollarMarkIsTheUsDollar(string body)
    {
        var v = Assert.Single(Doc(body).Volumes);
        Assert.Equal((2_500_000_000m, "USD", 2021), (v.Value, v.Currency, v.Year));
    }

    // A year's figure up to a month short of its end is a part of the year; up to December it is the year.
    [Theory]
    [InlineData("In 2017 until November, Mongolia exported goods worth about $1.9 million to Kazakhstan.")]
    [InlineData("Trade between Mongolia and Kazakhstan amounted to $90 million in 2019 till August.")]
    public void AYearUntilAMonthIsAPartOfIt(string body) =>
        Assert.Empty(Doc(body, "Mongolia and Kazakhstan").Volumes);

    [Fact]
    public void AYearUntilDecemberIsTheYear()
    {
        var v = Assert.Single(Doc("In 2017 until December, Mongolia exported goods worth about $1.9 million to Kazakhstan.", "Mongolia and Kazakhstan").Volumes);
        Assert.Equal((1_900_000m, 2017, "exports"), (v.Value, v.Year, v.Flow));
    }

    [Fact]
    public void AHopePutAsHopefullyIsAGoal()
    {
        var t = Assert.Single(Doc("Hopefully trade between Korea and Russia will reach $30 billion by 2020, the president said.").Targets);
        Assert.Equal((30_000_000_000m, 2020), (t.Value, t.ByYear));
    }

    [Fact]
    public void AHopeAfterALevelLeavesItALevel()
    {
        var r = Doc("Trade between Korea and Russia reached $25 billion in 2019, hopefully a sign of more to come.");
        Assert.Empty(r.Targets);
        Assert.Equal(2019, Assert.Single(r.Volumes).Year);
    }

    // A goal or a flow whose other side, right after the figure, is a continent or a region belongs to no pair, whatever country the
    // text names elsewhere.
    [Theory]
    [InlineData("Ireland has exceeded its target of €100bn in trade with Asia.")]
    [InlineData("Ireland aims at €100bn in trade with South East Asia by 2030.")]
    [InlineData("Ireland exported goods worth €3 billion to Africa in 2020.")]
    [InlineData("Ireland set a target of €10bn in trade with Africa by 2030.")]
    [InlineData("Ireland set a target of €10bn in trade with Europe by 2030.")]
    [InlineData("Ireland set a target of €10bn in trade with the Caribbean by 2030.")]
    [InlineData("Ireland set a target of €10bn in trade with the Asia-Pacific by 2030.")]
    [InlineData("Ireland imported €2 billion of goods from the Middle East in 2020.")]
    [InlineData("Ireland exported goods worth €3 billion to Latin America in 2020.")]
    public void ARegionAfterTheFigureIsNoCountry(string body)
    {
        var r = Doc(body + " The minister will lead a trade mission to Korea next month.", "Ireland");
        Assert.Empty(r.Targets);
        Assert.Empty(r.Volumes);
    }

    [Fact]
    public void ACountryOfTheRegionsNameIsACountry()
    {
        var v = Assert.Single(Doc("Ireland exported goods worth €3 billion to South Africa in 2020.", "Ireland").Volumes);
        Assert.Equal(("IRL", "ZAF", "exports"), (v.Reporter, v.Partner, v.Flow));
    }

    // A partner's name that begins in the words read after a figure is read whole, however long the words before it.
    [Theory]
    [InlineData("Saudi Arabia", "SAU")]
    [InlineData("the United Arab Emirates", "ARE")]
    [InlineData("South Korea", "KOR")]
    public void APartnerBeginningInTheWindowIsRead(string partner, string iso3)
    {
        var v = Assert.Single(Doc($"In 2015, Kenya imported Sh55 billion worth of goods and services from {partner}.", "Kenya visits").Volumes);
        Assert.Equal(("KEN", iso3, "imports", 55_000_000_000m, "KES"), (v.Reporter, v.Partner, v.Flow, v.Value, v.Currency));
    }
}

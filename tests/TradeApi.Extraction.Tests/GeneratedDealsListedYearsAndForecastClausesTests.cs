using TradeApi.Extraction;

namespace TradeApi.Extraction.Tests;

// Phenomena that the seventy-seventh round of unseen pages showed (bench/judged): business an event or a channel generated, goods
// named before their partner and year, a year compared with after a percentage, a forecast's "with" clause, a list that writes each
// year before its figure, and "up to" as the end of a change. Each on sentences of our own.
public class GeneratedDealsListedYearsAndForecastClausesTests
{
    private static ExtractionResult Doc(string body, string dateline = "NAIROBI, March 3, 2024 - ") =>
        PhenomenaTests.Doc(body, "Kenya and Ethiopia", dateline);

    // What an event or a channel generated is the deals made through it.
    [Theory]
    [InlineData("In 2022 the Kenya-Ethiopia trade portal generated direct trade transactions worth over $9.8 million.")]
    [InlineData("In 2022 the Kenya-Ethiopia business forum generated business worth $9.8 million.")]
    [InlineData("In 2022 the total business generated at the Kenya-Ethiopia fair amounted to $9.8 million.")]
    [InlineData("In 2022 the trade transactions generated through the Kenya-Ethiopia portal came to $9.8 million.")]
    public void WhatAnEventGeneratedIsNoTrade(string body) => Assert.Empty(Doc(body).Volumes);

    [Fact]
    public void TradeThatGrewIsStillTrade()
    {
        var v = Assert.Single(Doc("In 2022 trade between Kenya and Ethiopia generated growth and reached $129 million.").Volumes);
        Assert.Equal((129_000_000m, 2022), (v.Value, v.Year));
    }

    // Goods a trade verb moved are one item of the trade, also when their partner and year come between them and the figure.
    [Theory]
    [InlineData("Kenya imported a large amount of mangoes from Ethiopia in 2023, valued at $13.8 million.")]
    [InlineData("Kenya imported mangoes from Ethiopia in 2023 valued at $13.8 million.")]
    [InlineData("Kenya exported shoes to Ethiopia in 2023, valued at $13.8 million.")]
    public void GoodsBeforeTheirPartnerAreAnItem(string body) => Assert.Empty(Doc(body).Volumes);

    [Fact]
    public void GoodsAsAWholeBeforeTheirPartnerAreTheFlow()
    {
        var v = Assert.Single(Doc("Kenya imported goods from Ethiopia in 2023, valued at $13.8 million.").Volumes);
        Assert.Equal(("KEN", "ETH", "imports", 2023), (v.Reporter, v.Partner, v.Flow, v.Year));
    }

    // The year after a percentage compared with is the base's, not the figure's.
    [Theory]
    [InlineData("Kenya's exports to Ethiopia reached $95 million, up 35.7 percent over that of 2022.")]
    [InlineData("Kenya's exports to Ethiopia reached $95 million, up 35.7% over 2022.")]
    [InlineData("Kenya's exports to Ethiopia reached $95 million, 12 per cent on 2022.")]
    [InlineData("Kenya's exports to Ethiopia reached $95 million, up 35.7% over that of 2022.")]
    public void TheYearAfterAPercentageComparedWithDatesNoFigure(string body) =>
        Assert.Empty(Doc(body, dateline: "").Volumes);

    [Fact]
    public void AYearPastTheComparisonStillDatesTheFigure()
    {
        var v = Assert.Single(Doc("Kenya's exports to Ethiopia reached $95 million in 2023, up 35.7 percent over 2022.").Volumes);
        Assert.Equal(2023, v.Year);
    }

    // A figure in a "with" clause after a forecast is expected too.
    [Theory]
    [InlineData("Trade between Kenya and Ethiopia is expected to exceed $300 million in 2024, with Kenya's exports to Ethiopia reaching over $200 million in 2024.")]
    [InlineData("Trade between Kenya and Ethiopia could reach $300 million in 2024, with Kenyan exports hitting about $200 million in 2024.")]
    public void AForecastsWithClauseIsExpectedToo(string body) => Assert.Empty(Doc(body, dateline: "").Volumes);

    [Fact]
    public void ALevelsWithClauseIsALevel()
    {
        var r = Doc("Trade between Kenya and Ethiopia reached $300 million in 2023, with Kenya's exports to Ethiopia reaching $200 million in 2023.", dateline: "");
        Assert.Equal([300_000_000m, 200_000_000m], r.Volumes.Select(v => v.Value).ToArray());
    }

    // A list that writes each year before its figure: the year opening the next conjunct is the next figure's.
    [Theory]
    [InlineData("Kenya's exports to Ethiopia came to more than $95.6 million in 2022 and in 2023 more than $7.8 million.", 2022)]
    [InlineData("In 2022 Kenya's exports to Ethiopia came to more than $95.6 million and in 2023 more than $7.8 million.", 2022)]
    [InlineData("In 2022 Kenya's exports to Ethiopia came to more than $95.6 million but in 2023 only $7.8 million.", 2022)]
    public void TheNextConjunctsYearIsTheNextFigures(string body, int first)
    {
        var r = Doc(body);
        Assert.Equal([(95_600_000m, first), (7_800_000m, 2023)], r.Volumes.Select(v => (v.Value, v.Year)).ToArray());
    }

    // "up to" after the base of a change names its other end, not a ceiling.
    [Fact]
    public void UpToAfterABaseIsTheEndOfTheChange()
    {
        var r = Doc("Trade between Kenya and Ethiopia increased from $159 million in 2017 up to $274 million in 2018.");
        Assert.Equal([(159_000_000m, "exact"), (274_000_000m, "exact")], r.Volumes.Select(v => (v.Value, v.Qualifier)).ToArray());
    }

    [Fact]
    public void UpToWithNoBaseIsACeiling() =>
        Assert.Equal("at_most", Assert.Single(Doc("In 2018 trade between Kenya and Ethiopia was worth up to $274 million.").Volumes).Qualifier);
}

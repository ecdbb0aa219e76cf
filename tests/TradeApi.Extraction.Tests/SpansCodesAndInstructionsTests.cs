using TradeApi.Extraction;

namespace TradeApi.Extraction.Tests;

// Phenomena that the thirty-ninth round of unseen pages showed (bench/judged): a year span written in full ("2022-2023") is a fiscal
// year, a currency code before a dollar sign ("USD$", "CAD$"), a change measured "with regard to" a year, the year a part of a year is
// compared with ("the same period in 2008") before the figure, and the leaders' "instructions" as a goal. Each on sentences of our own.
public class SpansCodesAndInstructionsTests
{
    private static ExtractionResult Doc(string body, string dateline = "MUSCAT, December 18, 2023 - ", string? source = null) =>
        PhenomenaTests.Doc(body, "Trade news", dateline, source);

    // "In 2022-2023, it further increased to USD 12.39 billion": either end of a span is no calendar year, as "2022-23" was not.
    [Theory]
    [InlineData("In 2022-2023, trade between India and Oman increased to USD 12.39 billion.")]
    [InlineData("Trade between India and Oman increased to USD 12.39 billion in 2022–2023.")]
    [InlineData("Trade between India and Oman grew by 8% in 2021-2022 to reach USD 9.99 billion. In 2022/2023, it further increased to USD 12.39 billion.")]
    public void AYearSpanWrittenInFullIsNoCalendarYear(string body) =>
        Assert.Empty(Doc(body).Volumes);

    [Fact]
    public void ASingleYearBesideASpanStillDates()
    {
        var v = Assert.Single(Doc("Trade between India and Oman, which doubled over 2015-2020, reached USD 12.39 billion in 2022.").Volumes);
        Assert.Equal((2022, 12_390_000_000m), (v.Year, v.Value));
    }

    // "The Mexico-Canada Trade recorded USD$15.3 billion": a code right before the dollar sign names the dollar.
    [Theory]
    [InlineData("USD$2.8 billion", "USD")]
    [InlineData("CAD$2.8 billion", "CAD")]
    [InlineData("AUD$ 2.8 billion", "AUD")]
    [InlineData("MXN$2.8 billion", "MXN")]
    public void ACodeBeforeADollarSignIsTheCurrency(string amount, string currency)
    {
        var v = Assert.Single(Doc($"Trade between Mexico and Canada was {amount} in 2022.").Volumes);
        Assert.Equal((2_800_000_000m, currency, 2022), (v.Value, v.Currency, v.Year));
    }

    // "recorded USD 15.3 billion, a downturn of 20.5% with regard to the previous year": the year compared with dates no figure.
    [Theory]
    [InlineData("with regard to the previous year")]
    [InlineData("with respect to 2021")]
    [InlineData("relative to the previous year")]
    [InlineData("in relation to 2021")]
    public void AYearAChangeIsMeasuredAgainstDatesNoFigure(string against) =>
        Assert.Empty(Doc($"Trade between Mexico and Canada recorded USD 15.3 billion, a downturn of 20.5% {against}.").Volumes);

    [Fact]
    public void AFigureWithItsOwnYearBesideAComparisonKeepsIt()
    {
        var v = Assert.Single(Doc("Trade between Mexico and Canada recorded USD 15.3 billion in 2022, a downturn of 20.5% relative to 2021.").Volumes);
        Assert.Equal(2022, v.Year);
    }

    // "decreased 32% compared to the same period in 2008, totalling USD 502.5 billion": the year a part of a year is compared with, before
    // the figure, dates neither it nor the figures of the next sentence.
    [Fact]
    public void TheYearOfTheSamePeriodBeforeAFigureDatesNothing()
    {
        var r = Doc("Trade between Mexico and Canada decreased 32% compared to the same period in 2021, totalling USD 15.3 billion. Exports from Mexico to Canada recorded USD 9.1 billion.");
        Assert.Empty(r.Volumes);
        // A year of its own still dates the figure.
        var own = Doc("In 2022, trade between Mexico and Canada decreased 32% compared to the same period in 2021, totalling USD 15.3 billion.");
        Assert.Contains(own.Volumes, v => (v.Year, v.Value) == (2022, 15_300_000_000m));
    }

    // "the instructions of the Heads of State on bringing the mutual trade to up to one billion US dollars": what leaders instruct is
    // their goal; a level reached "in line with the directive" is still a level.
    [Theory]
    [InlineData("Officials expressed confidence in realization of the instructions of the Heads of State on bringing the mutual trade between Kazakhstan and Turkmenistan to one billion US dollars.")]
    [InlineData("The presidents instructed their governments to bring trade between Kazakhstan and Turkmenistan to one billion US dollars.")]
    [InlineData("Under a presidential directive, trade between Kazakhstan and Turkmenistan is to be brought to one billion US dollars.")]
    public void WhatLeadersInstructIsAGoal(string body)
    {
        var t = Assert.Single(Doc(body, "ASTANA, May 27, 2024 - ").Targets);
        Assert.Equal(("KAZ TKM", 1_000_000_000m), (string.Join(' ', new[] { t.Reporter, t.Partner }.Order()), t.Value!.Value));
        var level = Doc("In line with the directive of the President, trade between Kazakhstan and Turkmenistan reached one billion US dollars in 2023.", "ASTANA, May 27, 2024 - ");
        Assert.Empty(level.Targets);
        Assert.Contains(level.Volumes, v => (v.Year, v.Value) == (2023, 1_000_000_000m));
    }
}

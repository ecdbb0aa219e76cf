using TradeApi.Extraction;

namespace TradeApi.Extraction.Tests;

// Phenomena that the hundred-and-eleventh round of unseen pages showed (bench/judged): "SA" for South Africa, "the neighbouring
// country" after the trader named again, the end of a movement dated by its start's year, and a part of a year named before a change.
// Sentences of our own.
public class SouthAfricaShortNameMovementsAndChangesTests
{
    private static ExtractionResult Doc(string body, string dateline = "MAPUTO, March 3, 2025 - ") => PhenomenaTests.Doc(body, "Trade news", dateline);

    // South African texts write the country "SA"; a company's legal form after its name ("Petrobras SA") is not it.
    [Theory]
    [InlineData("SA exports to Mozambique reached R5 billion in 2019.")]
    [InlineData("In SA, exports to Mozambique reached R5 billion in 2019.")]
    public void SaIsSouthAfrica(string body)
    {
        var v = Assert.Single(Doc(body).Volumes);
        Assert.Equal(("ZAF", "MOZ", "exports", 2019), (v.Reporter, v.Partner, v.Flow, v.Year));
    }

    [Fact]
    public void ACompanysLegalFormIsNoCountry() =>
        Assert.DoesNotContain(Doc("Petrobras SA exports to China reached $5 billion in 2019.", "OTTAWA, March 3, 2022 - ").Volumes, v => v.Reporter == "ZAF" || v.Partner == "ZAF");

    // "the neighbouring country" is the other side, not the trader named again before the flow (by its name, its short name or a
    // possessive).
    [Theory]
    [InlineData("Mozambique's exports to South Africa reached R10.1bn in 2016, while South Africa's exports to the neighbouring country reached R33.5bn.")]
    [InlineData("Mozambican exports to South Africa reached R10.1bn in 2016, while SA exports to the neighbouring country reached R33.5bn.")]
    public void TheNeighbouringCountryIsNotTheTraderNamedAgain(string body)
    {
        var v = Assert.Single(Doc(body).Volumes, v => v.Value == 33_500_000_000m);
        Assert.Equal(("ZAF", "MOZ", "exports", 2016), (v.Reporter, v.Partner, v.Flow, v.Year));
    }

    // "increased to N$8.6 billion from N$7.6 billion recorded in 2020": the end is later than its start's year, so it takes no year
    // carried from the sentence before; with a year of its own it keeps it.
    [Theory]
    [InlineData("Namibia's exports to Botswana increased by 14.1% to N$8.6 billion from N$7.6 billion recorded in 2020.")]
    [InlineData("Namibia's exports to Botswana rose to N$8.6 billion, up from N$7.6 billion registered in 2020.")]
    [InlineData("Namibia's exports to Botswana fell to N$6.6 billion, down from N$7.6 billion in 2020.")]
    public void TheEndOfAMovementTakesNotItsStartsYear(string sentence)
    {
        var v = Assert.Single(Doc("Namibia's exports to SACU amounted to N$20.3 billion in 2020. " + sentence, "WINDHOEK, March 3, 2022 - ").Volumes);
        Assert.Equal((7_600_000_000m, 2020), (v.Value, v.Year));
    }

    [Fact]
    public void TheEndOfAMovementKeepsItsOwnYear()
    {
        var r = Doc("Namibia's exports to Botswana increased to N$8.6 billion in 2021 from N$7.6 billion in 2020.", "WINDHOEK, March 3, 2022 - ");
        Assert.Equal([(2020, 7_600_000_000m), (2021, 8_600_000_000m)], r.Volumes.Select(v => (v.Year, v.Value)).OrderBy(p => p.Year));
    }

    // A part of a year, or twelve months across two, named before a change is the period of the levels after it.
    [Theory]
    [InlineData("Between July 2024 and July 2025 Mozambican exports to South Africa increased by R670m (66%) from R1bn to R1.7bn.")]
    [InlineData("In the first half of 2024 Mozambican exports to South Africa increased by R670m (66%) from R1bn to R1.7bn.")]
    public void APartNamedBeforeAChangeIsTheLevelsPeriod(string body) => Assert.Empty(Doc(body).Volumes);

    [Fact]
    public void AYearNamedBeforeAChangeDatesTheLevel()
    {
        var v = Assert.Single(Doc("In 2024 Mozambican exports to South Africa increased by R670m (66%) from R1bn to R1.7bn.").Volumes);
        Assert.Equal((1_700_000_000m, 2024), (v.Value, v.Year));
    }
}

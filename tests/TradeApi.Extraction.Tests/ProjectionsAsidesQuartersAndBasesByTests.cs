using TradeApi.Extraction;

namespace TradeApi.Extraction.Tests;

// Phenomena that the ninety-eighth round of unseen pages showed (bench/judged): a figure named as a projection, a country named in a
// relative clause between the exporter and its verb, a quarter of a named year however the quarter is spelled, and a base "up from" a
// level "by the end of" a year. Each on sentences of our own.
public class ProjectionsAsidesQuartersAndBasesByTests
{
    private static ExtractionResult Doc(string body, string title = "Trade news") => PhenomenaTests.Doc(body, title, "");

    // "exceeding our initial projections of EUR 7 bln for the entire year 2021": what was projected is no level.
    [Theory]
    [InlineData("Trade between Bulgaria and Romania rose to EUR 7.2 billion in 2022, exceeding our initial projections of EUR 7 billion for the year 2022.")]
    [InlineData("Trade between Bulgaria and Romania rose to EUR 7.2 billion in 2022, above the forecast of EUR 7 billion for 2022.")]
    [InlineData("Trade between Bulgaria and Romania rose to EUR 7.2 billion in 2022, above a forecast of around EUR 7 billion for 2022.")]
    public void AProjectedFigureIsNoLevel(string body)
    {
        var v = Assert.Single(Doc(body).Volumes);
        Assert.Equal((2022, 7_200_000_000m), (v.Year, v.Value));
    }

    [Fact]
    public void AFigureInLineWithProjectionsIsALevel()
    {
        var v = Assert.Single(Doc("Trade between Bulgaria and Romania reached EUR 7 billion in 2022, in line with projections.").Volumes);
        Assert.Equal((2022, 7_000_000_000m), (v.Year, v.Value));
    }

    // "Rwanda, which subsequently turned to Tanzania for trade, had exported goods worth $13 million to Uganda": a country inside a
    // relative clause set off after the subject is no side; the subject exports.
    [Theory]
    [InlineData("Rwanda, which subsequently turned to Tanzania for trade, had exported goods worth $13 million to Uganda in 2018.")]
    [InlineData("Rwanda, which later traded with Tanzania and Kenya, exported goods worth $13 million to Uganda in 2018.")]
    [InlineData("Rwanda (which later turned to Tanzania) exported goods worth $13 million to Uganda in 2018.")]
    [InlineData("Rwanda, whose traders later turned to Tanzania, exported goods worth $13 million to Uganda in 2018.")]
    public void ACountryInARelativeClauseIsNoSide(string body)
    {
        var v = Assert.Single(Doc(body, "Rwanda and Uganda").Volumes);
        Assert.Equal(("RWA", "UGA", "exports", 2018), (v.Reporter, v.Partner, v.Flow, v.Year));
    }

    // A figure inside the relative clause is the clause's own: "Kenya, which exported goods worth $13 million to Uganda in 2018, ...",
    // "Uganda, whose exports to Kenya totalled $13 million in 2018, ...".
    [Fact]
    public void ACountryInTheRelativeClauseOfTheFigureIsASide()
    {
        var v = Assert.Single(Doc("Uganda, whose exports to Kenya totalled $13 million in 2018, is a neighbour of Rwanda.", "Uganda and Kenya").Volumes);
        Assert.Equal(("UGA", "KEN", "exports"), (v.Reporter, v.Partner, v.Flow));
    }

    // A figure inside the relative clause is the clause's own: "Kenya, which exported goods worth $13 million to Uganda in 2018, ...".
    [Fact]
    public void AFigureInsideTheRelativeClauseIsItsOwn()
    {
        var v = Assert.Single(Doc("Kenya, which exported goods worth $13 million to Uganda in 2018, is a neighbour of Rwanda.", "Kenya and Uganda").Volumes);
        Assert.Equal(("KEN", "UGA", "exports"), (v.Reporter, v.Partner, v.Flow));
    }

    // "during the forth quarter of 2022": a quarter of a named year, however it is spelled, is a part of the year; "a quarter of a
    // billion" is an amount.
    [Theory]
    [InlineData("Uganda's exports to Rwanda increased from $44.9 million to $60.55 million during the forth quarter of 2022.")]
    [InlineData("Uganda's exports to Rwanda increased to $60.55 million in the closing quarter of 2022.")]
    public void AQuarterOfAYearIsAPartOfIt(string body) => Assert.Empty(Doc(body, "Uganda and Rwanda").Volumes);

    [Fact]
    public void AQuarterOfABillionIsAnAmount()
    {
        var v = Assert.Single(Doc("Uganda's exports to Rwanda reached a quarter of a billion dollars in 2022.", "Uganda and Rwanda").Volumes);
        Assert.Equal((2022, 250_000_000m), (v.Year, v.Value));
    }

    // "aim to increase their mutual trade turnover to $1 billion, up from just over $230 million by the end of 2023": a base "up from" a
    // level "by the end of" a year is that year's level; a plain "from" before "by" a year leaves the year to the goal.
    [Theory]
    [InlineData("Uzbekistan and Azerbaijan aim to increase their trade turnover to $1 billion, up from just over $230 million by the end of 2023.")]
    [InlineData("Uzbekistan and Azerbaijan aim to increase their trade turnover to $1 billion, up from $230 million by the end of 2023.")]
    public void ABaseUpFromALevelByAYearIsThatYears(string body)
    {
        var r = Doc(body);
        var v = Assert.Single(r.Volumes);
        Assert.Equal((2023, 230_000_000m), (v.Year, v.Value));
        Assert.Single(r.Targets);
    }

    [Fact]
    public void ABaseFromALevelByAYearToComeIsNoLevel() =>
        Assert.Empty(Doc("Uzbekistan and Azerbaijan aim to increase their trade turnover to $1 billion from $230 million by 2030.").Volumes);
}

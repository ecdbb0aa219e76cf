using TradeApi.Extraction;

namespace TradeApi.Extraction.Tests;

// Phenomena that the sixty-ninth round of unseen pages showed (bench/judged): a figure of another year in brackets ("$952 million (in
// 2020 – $907.2 million), including exports ... – $791.1 million") gave its year to the parts of the total after it; "$952 million in
// 2021 ($907.2 million in 2020)" gave the bracketed figure the year before the bracket. Each on sentences of our own.
public class BracketedFiguresTests
{
    private static ExtractionResult Doc(string body, string title = "Uzbekistan and Kyrgyzstan", string dateline = "TASHKENT, April 4, 2022 - ") =>
        PhenomenaTests.Doc(body, title, dateline);

    private static (string, int, decimal)[] Levels(ExtractionResult r) => [.. r.Volumes.Select(v => (v.Flow, v.Year, v.Value))];

    // The parts after a bracketed figure of another year are the main figure's year's.
    [Theory]
    [InlineData("The trade turnover between Uzbekistan and Kyrgyzstan in 2021 amounted to $952 million (in 2020 – $907.2 million), including exports of $791.1 million.")]
    [InlineData("The trade turnover between Uzbekistan and Kyrgyzstan in 2021 amounted to $952 million (2020: $907.2 million), including exports of $791.1 million.")]
    [InlineData("The trade turnover between Uzbekistan and Kyrgyzstan amounted to $952 million in 2021 ($907.2 million in 2020), including exports of $791.1 million.")]
    public void TheYearOfABracketedFigureIsItsOwn(string body) =>
        Assert.Equal([("total", 2021, 952_000_000m), ("total", 2020, 907_200_000m), ("exports", 2021, 791_100_000m)], Levels(Doc(body)));

    // A bracketed figure inside the clause of a later one: the later one keeps the year of its clause.
    [Theory]
    [InlineData("In 2021, Uzbekistan's exports to Kyrgyzstan (against $700 million in 2020) amounted to $791.1 million.")]
    [InlineData("In 2021, Uzbekistan's exports to Kyrgyzstan (2020: $700 million) amounted to $791.1 million.")]
    [InlineData("In 2021, Uzbekistan's exports to Kyrgyzstan (2020: 700 million dollars) amounted to $791.1 million.")]
    public void AFigureAfterABracketedOneKeepsItsClausesYear(string body) =>
        Assert.Equal([("exports", 2020, 700_000_000m), ("exports", 2021, 791_100_000m)], Levels(Doc(body)));

    // A year right before the bracket still dates the bracketed figure that names none.
    [Fact]
    public void AYearBeforeTheBracketDatesAFigureWithNone() =>
        Assert.Equal([("total", 2020, 907_200_000m), ("total", 2021, 952_000_000m)],
            Levels(Doc("Trade between Uzbekistan and Kyrgyzstan rose from 2020 ($907.2 million) to $952 million in 2021.")));

    // A bracket that holds no figure is no aside: its year dates what follows.
    [Theory]
    [InlineData("The trade turnover between Uzbekistan and Kyrgyzstan (in 2021) amounted to $952 million.")]
    [InlineData("The trade turnover between Uzbekistan and Kyrgyzstan for the whole year (2021) amounted to $952 million.")]
    public void ABracketWithoutAFigureKeepsItsYear(string body) =>
        Assert.Equal([("total", 2021, 952_000_000m)], Levels(Doc(body)));
}

using System.Net;
using System.Text;
using Dapper;

namespace TradeApi.Tests;

// A document's facts update their pairs' summaries incrementally (issue 21, item 1): whatever order documents arrive in, the
// summary is the one a full recomputation from every fact gives.
public class SummaryTests(WriteApiFactory factory) : IClassFixture<WriteApiFactory>
{
    private const string SummarySql = """
        SELECT pair_key, first_year, last_year, stated, official, targets, latest_year, latest_value, latest_currency, latest_source, currencies
        FROM pair_summary ORDER BY pair_key
        """;

    private List<string> Summaries()
    {
        using var c = factory.OpenDatabase();
        return c.Query(SummarySql).Select(r => string.Join('|', ((IDictionary<string, object?>)r).Values.Select(v => v is decimal d ? d.ToString("0.####", System.Globalization.CultureInfo.InvariantCulture) : Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture)))).ToList();
    }

    private List<string> Recomputed()
    {
        using (var c = factory.OpenDatabase())
        using (var tx = c.BeginTransaction())
        {
            TradeApi.Pairs.PairSummaries.RefreshAll(c, tx);
            tx.Commit();
        }
        return Summaries();
    }

    [Fact]
    public async Task SummariesAddedDocumentByDocumentEqualAFullRecomputation()
    {
        // A pair no official dataset of the tests holds (an official total would be every summary's latest): a first figure, an
        // older one, a tie in its year (the one stored first stays), an exports figure (not a total), a target, a newer figure in
        // another currency, a year before the first, and a new pair.
        string[] texts =
        [
            "Santiago talks\nTrade between Chile and Peru reached $4.1 billion in 2016.",
            "Lima talks\nTrade between Chile and Peru was $3.2 billion in 2014.",
            "Again\nIn 2016 trade between Peru and Chile amounted to $4.3 billion.",
            "Exports\nChile's exports to Peru reached $1.9 billion in 2019.",
            "Goals\nChile and Peru aim to raise trade to $8 billion by 2025.",
            "Euros\nTrade between Chile and Peru was 2.5 billion euros in 2018.",
            "History\nTrade between Chile and Peru was $900 million in 1999.",
            "Himalaya\nTrade between Nepal and Bhutan reached $400 million in 2018.",
        ];
        var latest = new List<string>();
        foreach (var text in texts)
        {
            var r = await factory.Writer().PostAsync("/api/v1/documents", new StringContent(text, Encoding.UTF8, "text/plain"));
            Assert.Equal(HttpStatusCode.Created, r.StatusCode);
            var incremental = Summaries();
            Assert.Equal(Recomputed(), incremental);
            var row = incremental.Single(x => x.StartsWith("CHL-PER|", StringComparison.Ordinal)).Split('|');
            latest.Add($"{row[6]} {row[7]} {row[8]}");
        }
        // The latest total moved only to newer totals: not to the 2016 tie, the 2019 exports or the older years.
        Assert.Equal(["2016 4100000000 USD", "2016 4100000000 USD", "2016 4100000000 USD", "2016 4100000000 USD", "2016 4100000000 USD",
            "2018 2500000000 EUR", "2018 2500000000 EUR", "2018 2500000000 EUR"], latest);
        var chlPer = Summaries().Single(x => x.StartsWith("CHL-PER|", StringComparison.Ordinal)).Split('|');
        Assert.Equal(("1999", "2019", "6", "1", "EUR,USD"), (chlPer[1], chlPer[2], chlPer[3], chlPer[5], chlPer[10]));
        Assert.Contains(Summaries(), x => x.StartsWith("BTN-NPL|2018|2018|1|0|0|2018|400000000|USD|stated|USD", StringComparison.Ordinal));
    }
}

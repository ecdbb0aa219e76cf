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

    [Fact]
    public async Task TargetEvaluationsFollowEveryChangeOfTheirInputs()
    {
        // Evaluations are kept per pair until the pair changes: each change below is read after the lists were read (and kept).
        var client = factory.CreateClient();
        async Task<(string Status, string Basis)> Target()
        {
            var listed = (await Json(await client.GetAsync("/api/v1/targets?country=COL"))).GetProperty("items").EnumerateArray().Single();
            var inPair = (await Json(await client.GetAsync("/api/v1/pairs/COL-ECU/targets"))).GetProperty("items").EnumerateArray().Single();
            Assert.Equal(listed.GetProperty("evaluation").GetRawText(), inPair.GetProperty("evaluation").GetRawText());
            return (listed.GetProperty("evaluation").GetProperty("status").GetString()!, listed.GetProperty("evaluation").GetProperty("basis").GetString()!);
        }
        async Task<string> Post(string text)
        {
            var r = await factory.Writer().PostAsync("/api/v1/documents", new StringContent(text, Encoding.UTF8, "text/plain"));
            Assert.Equal(HttpStatusCode.Created, r.StatusCode);
            return (await Json(r)).GetProperty("id").GetString()!;
        }

        await Post("Bogota\nColombia and Ecuador aim to bring trade to $3 billion by 2030.");
        Assert.Equal(("no_data", "stated"), await Target());
        var figure = await Post("Quito\nTrade between Colombia and Ecuador reached $3.2 billion in 2024.");
        Assert.Equal(("achieved", "stated"), await Target());

        // An official dataset for the pair: the official figures are the basis now; deleting it gives the statement back.
        var csv = "refYear,reporterISO,partnerISO,flowCode,primaryValue\n2024,COL,ECU,X,1200000000\n2024,COL,ECU,M,800000000\n";
        var import = await factory.Writer().PostAsync("/api/v1/official?dataset=col-ecu", new StringContent(csv, Encoding.UTF8, "text/csv"));
        Assert.Equal(HttpStatusCode.Created, import.StatusCode);
        Assert.Equal("official", (await Target()).Basis);
        Assert.Equal(HttpStatusCode.NoContent, (await factory.Writer().DeleteAsync("/api/v1/official/col-ecu")).StatusCode);
        Assert.Equal(("achieved", "stated"), await Target());

        // The figure's document deleted: no figures again.
        Assert.Equal(HttpStatusCode.NoContent, (await factory.Writer().DeleteAsync($"/api/v1/documents/{figure}")).StatusCode);
        Assert.Equal(("no_data", "stated"), await Target());
    }

    private static async Task<System.Text.Json.JsonElement> Json(HttpResponseMessage r) => System.Text.Json.JsonDocument.Parse(await r.Content.ReadAsStringAsync()).RootElement;
}

using System.Net;
using System.Xml.Linq;

namespace TradeApi.Tests;

// The pair's chart as server-side SVG (issue 12's chart.svg): a well-formed document with its figures in words for screen readers.
public class ChartTests(TradeApiFactory factory) : IClassFixture<TradeApiFactory>
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private async Task<XDocument> Chart(string url, string? accept = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (accept is not null) request.Headers.TryAddWithoutValidation("Accept", accept);
        var r = await factory.CreateClient().SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        Assert.Equal("image/svg+xml", r.Content.Headers.ContentType?.MediaType);
        return XDocument.Parse(await r.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task TheFoundingPairsChartSaysItsFiguresInWords()
    {
        var svg = await Chart("/api/v1/pairs/kz-by/chart.svg?width=640&height=320", accept: "image/svg+xml");
        var root = svg.Root!;
        Assert.Equal("640", root.Attribute("width")?.Value);
        Assert.Equal("320", root.Attribute("height")?.Value);
        Assert.Equal("img", root.Attribute("role")?.Value);
        Assert.StartsWith("BLR-KAZ: trade in USD", root.Element(Svg + "title")?.Value);
        var desc = root.Element(Svg + "desc")!.Value;
        Assert.Contains("Stated in documents: 2012 USD 1B.", desc);
        var stated = Assert.Single(svg.Descendants(Svg + "circle"), e => e.Attribute("class")?.Value.StartsWith("stated-point", StringComparison.Ordinal) == true);
        Assert.Equal("2012", stated.Attribute("data-year")?.Value);
        Assert.Contains(svg.Descendants(Svg + "g"), g => g.Attribute("class")?.Value == "target");
        Assert.Contains(svg.Descendants(Svg + "text"), t => t.Value.Contains("stated"));
    }

    [OfficialDataFact]
    public async Task WithOfficialFiguresTheDoublingTargetShowsAsMissed()
    {
        var svg = await Chart("/api/v1/pairs/BLR-KAZ/chart.svg");
        var desc = svg.Root!.Element(Svg + "desc")!.Value;
        Assert.Contains("2012 USD 925.9M", desc);
        Assert.Contains("Target USD 2B by 2018: missed.", desc);
        Assert.Equal(21, svg.Descendants(Svg + "circle").Count(c => c.Attribute("class")?.Value == "official-point"));
        Assert.Contains(svg.Descendants(Svg + "g"), g => g.Attribute("class")?.Value == "target" && g.Attribute("data-status")?.Value == "missed");
    }

    [Theory]
    [InlineData("/api/v1/pairs/BLR-KAZ/chart.svg?width=50", HttpStatusCode.BadRequest, "/problems/invalid-parameter")]
    [InlineData("/api/v1/pairs/BLR-KAZ/chart.svg?reporter=FRA", HttpStatusCode.BadRequest, "/problems/invalid-parameter")]
    [InlineData("/api/v1/pairs/BLR-XYZ/chart.svg", HttpStatusCode.NotFound, "/problems/unknown-country")]
    [InlineData("/api/v1/pairs/FRA-PER/chart.svg", HttpStatusCode.NotFound, "/problems/unknown-pair-data")]
    public async Task BadChartRequestsAreProblems(string url, HttpStatusCode status, string type)
    {
        var r = await factory.CreateClient().GetAsync(url);
        Assert.Equal(status, r.StatusCode);
        Assert.Contains($"\"type\":\"{type}\"", await r.Content.ReadAsStringAsync());
    }
}

// The seed verb's progress when its output is not a terminal: plain lines with done/total and the rate, no escape codes.
public class SeedVerbTests
{
    [SqliteFact("runs the seed verb on a SQLite file of its own; the PostgreSQL seed is tested by ScaleOutTests")]
    public void SeedPrintsPlainProgressLines()
    {
        var db = Path.Combine(Path.GetTempPath(), $"tradeapi-seed-{Guid.NewGuid():N}.db");
        try
        {
            var (exit, stdout, stderr) = ServiceProcess.Run(db, "seed", Path.Combine(TradeApiFactory.RepoRoot(), "data", "documents"));
            Assert.True(exit == 0, stderr);
            Assert.Matches(@"\[1/1\] 00-belarus-kazakhstan-2013\.txt: new, 1 volume\(s\), 2 target\(s\); [0-9.,]+ documents/s", stdout);
            Assert.Contains("seeded: 1 file(s), 1 new document(s), 1 volume(s), 2 target(s)", stdout);
            var progress = stdout.Split('\n').Where(l => l.StartsWith("[1/1]", StringComparison.Ordinal) || l.StartsWith("seeded:", StringComparison.Ordinal)).ToList();
            Assert.Equal(2, progress.Count);
            Assert.All(progress, l => Assert.DoesNotContain('\u001b', l));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var f in new[] { db, db + "-wal", db + "-shm", db + ".id" }) File.Delete(f);
        }
    }
}

using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Dapper;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Data.Sqlite;

namespace TradeApi.Tests;

// Holes found by attacking the service: caching semantics, amplification, spreadsheet formulas, a newer schema.
public class HardeningTests(WriteApiFactory factory) : IClassFixture<WriteApiFactory>
{
    private static async Task<JsonElement> Json(HttpResponseMessage r) => JsonDocument.Parse(await r.Content.ReadAsStringAsync()).RootElement;

    [Fact]
    public async Task AWeakTagMatchesAndStarMatchesOnlyAResourceThatExists()
    {
        var client = factory.CreateClient();
        var first = await client.GetAsync("/api/v1/countries/KAZ");
        var tag = first.Headers.ETag!.Tag;

        var weak = new HttpRequestMessage(HttpMethod.Get, "/api/v1/countries/KAZ");
        weak.Headers.TryAddWithoutValidation("If-None-Match", $"W/{tag}");
        Assert.Equal(HttpStatusCode.NotModified, (await client.SendAsync(weak)).StatusCode);

        var star = new HttpRequestMessage(HttpMethod.Get, "/api/v1/countries/KAZ");
        star.Headers.TryAddWithoutValidation("If-None-Match", "*");
        Assert.Equal(HttpStatusCode.NotModified, (await client.SendAsync(star)).StatusCode);

        var unknown = new HttpRequestMessage(HttpMethod.Get, "/api/v1/countries/XYZ");
        unknown.Headers.TryAddWithoutValidation("If-None-Match", "*");
        var r = await client.SendAsync(unknown);
        Assert.Equal(HttpStatusCode.NotFound, r.StatusCode);
        Assert.Equal("application/problem+json", r.Content.Headers.ContentType?.MediaType);
        Assert.Contains("XYZ", (await Json(r)).GetProperty("detail").GetString());
    }

    // "In January-April 2011 USD 96 mln" once made the extractor throw (two readings of money overlapped): a preview of such a text is
    // a 200 with the amount read, not a 500.
    [Fact]
    public async Task AYearBeforeACurrencyCodePreviewsWithoutAnError()
    {
        const string text = "Georgia and Azerbaijan\n\nGeorgia's exports to Azerbaijan were in 2011 USD 960 mln. In January-April 2012 USD 96 mln worth of goods were imported.";
        var r = await factory.Writer().PostAsync("/api/v1/extract", new StringContent(text, Encoding.UTF8, "text/plain"));
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        var volume = Assert.Single((await Json(r)).GetProperty("volumes").EnumerateArray());
        Assert.Equal(960_000_000m, volume.GetProperty("value").GetDecimal());
    }

    [Fact]
    public async Task VaryKeepsOriginBesideAccept()
    {
        var client = factory.CreateClient();
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/meta");
        request.Headers.Add("Origin", WriteApiFactory.Origin);
        var r = await client.SendAsync(request);
        var vary = string.Join(",", r.Headers.Vary);
        Assert.Contains("Origin", vary);
        Assert.Contains("Accept", vary);
    }

    [Fact]
    public async Task ARunOnFirstLineBecomesACappedTitle()
    {
        var writer = factory.Writer();
        var title = string.Join(' ', Enumerable.Repeat("Iran Russia", 30_000));
        var text = title + "\n\nTEHRAN, 4 May 2021 - Trade between Iran and Russia reached $4 billion in 2020.\n";
        var posted = await writer.PostAsync("/api/v1/documents", new StringContent(text, Encoding.UTF8, "text/plain"));
        Assert.Equal(HttpStatusCode.Created, posted.StatusCode);
        var pair = await writer.GetStringAsync("/api/v1/pairs/IRN-RUS");
        Assert.True(pair.Length < 20_000, $"pair view is {pair.Length} characters");
        var stored = (await Json(await writer.GetAsync($"/api/v1/documents/{(await Json(posted)).GetProperty("id").GetString()}"))).GetProperty("title").GetString()!;
        Assert.True(stored.Length <= TradeApi.Documents.DocumentsStore.MaxTitle + 1, $"title is {stored.Length} characters");
    }

    [Fact]
    public async Task CsvCellsThatASpreadsheetWouldRunAreGuarded()
    {
        var writer = factory.Writer();
        var body = JsonSerializer.Serialize(new { title = "=HYPERLINK(\"http://evil\",\"x\")", text = "Trade between Ghana and Togo reached $1 billion in 2019.", source = "@evil" });
        Assert.Equal(HttpStatusCode.Created, (await writer.PostAsync("/api/v1/documents", new StringContent(body, Encoding.UTF8, "application/json"))).StatusCode);
        var csv = await writer.GetStringAsync("/api/v1/documents?format=csv&limit=1000");
        Assert.Contains("\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\"", csv);
        Assert.Contains(",'@evil,", csv);
        Assert.DoesNotContain(",=HYPERLINK", csv);
    }
}

// A database written by a newer build is refused with one clear line, not served and written over.
public class SchemaVersionTests
{
    [SqliteFact("a SQLite file written by a newer build")]
    public void ANewerSchemaStopsTheServiceWithOneClearLine()
    {
        var db = Path.Combine(Path.GetTempPath(), $"tradeapi-newer-{Guid.NewGuid():N}.db");
        try
        {
            using (var c = new SqliteConnection($"Data Source={db};Pooling=False"))
            {
                c.Execute("CREATE TABLE schema_version (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)");
                c.Execute("INSERT INTO schema_version VALUES (99, '2030-01-01T00:00:00Z')");
            }
            var (exit, stderr) = ServiceProcess.RunToExit(db);
            Assert.Equal(1, exit);
            var lines = stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            var line = Assert.Single(lines);
            Assert.Contains("schema version 99", line);
            Assert.Contains($"up to {TradeApi.Storage.Sqlite.SqliteMigrations.Latest}", line);
            using var check = new SqliteConnection($"Data Source={db};Pooling=False");
            Assert.Equal(0, check.ExecuteScalar<long>("SELECT COUNT(*) FROM sqlite_master WHERE name = 'documents'"));
        }
        finally
        {
            foreach (var f in new[] { db, db + "-wal", db + "-shm", db + ".id" }) try { File.Delete(f); } catch (IOException) { }
        }
    }
}

// A throttled client gets 429 before any cache check reads the database.
public class ThrottleBeforeCacheTests(ThrottleBeforeCacheTests.TightFactory factory) : IClassFixture<ThrottleBeforeCacheTests.TightFactory>
{
    public sealed class TightFactory : TradeApiFactory
    {
        protected override void Configure(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder) =>
            builder.UseSetting("RateLimits:ReadsPerWindow", "3");
    }

    [Fact]
    public async Task AConditionalGetOverTheLimitIs429NotA304()
    {
        var client = factory.CreateClient();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 6; i++)
        {
            var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/meta");
            request.Headers.TryAddWithoutValidation("If-None-Match", "*");
            statuses.Add((await client.SendAsync(request)).StatusCode);
        }
        Assert.Equal(3, statuses.Count(s => s == HttpStatusCode.NotModified));
        Assert.Equal(3, statuses.Count(s => s == HttpStatusCode.TooManyRequests));
    }

    // Issue 24, item 5: the contract documents cost about 130 ms of CPU to generate; they are generated once, served with an ETag,
    // and count against the client's read limit like any other read.
    [Fact]
    public async Task TheContractIsRateLimitedAndServedOnceGenerated()
    {
        var client = factory.CreateClient();
        var first = await client.GetAsync("/openapi.yaml");
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var tag = first.Headers.ETag!.Tag;
        var yaml = await first.Content.ReadAsStringAsync();
        var again = new HttpRequestMessage(HttpMethod.Get, "/openapi.yaml");
        again.Headers.TryAddWithoutValidation("If-None-Match", tag);
        Assert.Equal(HttpStatusCode.NotModified, (await client.SendAsync(again)).StatusCode);
        var third = await client.GetAsync("/openapi.yaml");
        Assert.Equal(HttpStatusCode.OK, third.StatusCode);
        Assert.Equal(yaml, await third.Content.ReadAsStringAsync());
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++) statuses.Add((await client.GetAsync("/swagger/v1/swagger.json")).StatusCode);
        Assert.Contains(HttpStatusCode.TooManyRequests, statuses);
        var limited = await client.GetAsync("/openapi.yaml");
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.Equal("application/problem+json", limited.Content.Headers.ContentType?.MediaType);
        Assert.True(limited.Headers.Contains("Retry-After"));
    }
}

public class DocumentIdentityTests(WriteApiFactory factory) : IClassFixture<WriteApiFactory>
{
    [Fact]
    public async Task TheSameTextAgainAnswersWithWhatIsStored()
    {
        var writer = factory.Writer();
        const string text = "Ghana and Togo review trade\n\nACCRA, 4 May 2021 - Trade between Ghana and Togo reached $1.2 billion in 2020.\n";
        var first = await writer.PostAsync("/api/v1/documents", new StringContent(text, Encoding.UTF8, "text/plain"));
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        var firstBody = JsonDocument.Parse(await first.Content.ReadAsStringAsync()).RootElement;

        // Another title and date, and CRLF line endings: still the same document.
        var replay = JsonSerializer.Serialize(new { title = "Another title", text = text.Replace("\n", "\r\n"), publishedOn = "2030-01-01" });
        var again = await writer.PostAsync("/api/v1/documents", new StringContent(replay, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var body = JsonDocument.Parse(await again.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(firstBody.GetProperty("id").GetString(), body.GetProperty("id").GetString());
        Assert.Equal("Ghana and Togo review trade", body.GetProperty("title").GetString());
        Assert.Equal("2021-05-04", body.GetProperty("publishedOn").GetString());
        Assert.Equal(1, body.GetProperty("volumes").GetArrayLength());
        Assert.Equal(firstBody.GetProperty("volumes")[0].GetProperty("evidence").GetProperty("start").GetInt32(),
            body.GetProperty("volumes")[0].GetProperty("evidence").GetProperty("start").GetInt32());
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("-2")]
    [InlineData("+3")]
    public async Task ATargetsCursorThatWasNeverIssuedIs400(string cursor)
    {
        var r = await factory.CreateClient().GetAsync($"/api/v1/targets?cursor={Uri.EscapeDataString(cursor)}");
        Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
    }

    [Fact]
    public async Task TargetPagesWithAStatusFilterWalkEveryMatchOnce()
    {
        var client = factory.CreateClient();
        var all = JsonDocument.Parse(await client.GetStringAsync("/api/v1/targets?limit=1000")).RootElement.GetProperty("items").EnumerateArray()
            .Select(t => t.GetProperty("target").GetProperty("id").GetInt64()).ToList();
        var walked = new List<long>();
        string? cursor = null;
        do
        {
            var page = JsonDocument.Parse(await client.GetStringAsync("/api/v1/targets?limit=1" + (cursor is null ? "" : $"&cursor={cursor}"))).RootElement;
            walked.AddRange(page.GetProperty("items").EnumerateArray().Select(t => t.GetProperty("target").GetProperty("id").GetInt64()));
            cursor = page.GetProperty("nextCursor").ValueKind == JsonValueKind.String ? page.GetProperty("nextCursor").GetString() : null;
        } while (cursor is not null);
        Assert.Equal(all, walked);
        Assert.NotEmpty(walked);
    }
}

// Guessing keys: after the stated number of failures an address gets 429 for every write with a wrong key until the window ends;
// a valid key from the same address (a shared office, a balancer) still passes (issue 24, item 8).
public class FailedAuthTests(FailedAuthTests.StrictFactory factory) : IClassFixture<FailedAuthTests.StrictFactory>
{
    public sealed class StrictFactory : TradeApiFactory
    {
        protected override void Configure(IWebHostBuilder builder)
        {
            builder.UseSetting("Auth:ApiKeys:0", "right-key");
            builder.UseSetting("RateLimits:FailedAuthPerWindow", "5");
            builder.UseSetting("RateLimits:WindowSeconds", "3600");
        }
    }

    [Fact]
    public async Task WrongKeysPastTheLimitAre429ButTheRightKeyPasses()
    {
        var client = factory.CreateClient();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 7; i++)
        {
            var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/extract") { Content = new StringContent("Title\n\nNothing.", Encoding.UTF8, "text/plain") };
            request.Headers.Add("X-Api-Key", $"guess-{i}");
            statuses.Add((await client.SendAsync(request)).StatusCode);
        }
        Assert.Equal(Enumerable.Repeat(HttpStatusCode.Unauthorized, 5).Concat(Enumerable.Repeat(HttpStatusCode.TooManyRequests, 2)), statuses);
        var right = new HttpRequestMessage(HttpMethod.Post, "/api/v1/extract") { Content = new StringContent("Title\n\nNothing.", Encoding.UTF8, "text/plain") };
        right.Headers.Add("X-Api-Key", "right-key");
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(right)).StatusCode);
        var wrong = new HttpRequestMessage(HttpMethod.Post, "/api/v1/extract") { Content = new StringContent("Title\n\nNothing.", Encoding.UTF8, "text/plain") };
        wrong.Headers.Add("X-Api-Key", "guess-again");
        var r = await client.SendAsync(wrong);
        Assert.Equal(HttpStatusCode.TooManyRequests, r.StatusCode);
        Assert.True(int.Parse(r.Headers.GetValues("Retry-After").Single()) >= 1);
        Assert.Equal("application/problem+json", r.Content.Headers.ContentType?.MediaType);
    }
}

// Random wrong keys share their address's write bucket instead of making one bucket each (memory grew by 230 MB in 30 s of them).
public class JunkKeyTests(JunkKeyTests.SmallWriteFactory factory) : IClassFixture<JunkKeyTests.SmallWriteFactory>
{
    public sealed class SmallWriteFactory : TradeApiFactory
    {
        protected override void Configure(IWebHostBuilder builder)
        {
            builder.UseSetting("Auth:ApiKeys:0:Name", "writer");
            builder.UseSetting("Auth:ApiKeys:0:Key", "right-key");
            builder.UseSetting("RateLimits:WritesPerWindow", "5");
            builder.UseSetting("RateLimits:FailedAuthPerWindow", "1000");
            builder.UseSetting("RateLimits:WindowSeconds", "3600");
        }
    }

    [Fact]
    public async Task RandomWrongKeysShareTheAddresssBucketAndLeaveTheRightKeysAlone()
    {
        var client = factory.CreateClient();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 8; i++)
        {
            var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/extract") { Content = new StringContent("Title\n\nNothing.", Encoding.UTF8, "text/plain") };
            request.Headers.Add("X-Api-Key", Guid.NewGuid().ToString("N"));
            statuses.Add((await client.SendAsync(request)).StatusCode);
        }
        Assert.Equal(Enumerable.Repeat(HttpStatusCode.Unauthorized, 5).Concat(Enumerable.Repeat(HttpStatusCode.TooManyRequests, 3)), statuses);
        var right = new HttpRequestMessage(HttpMethod.Post, "/api/v1/extract") { Content = new StringContent("Title\n\nNothing.", Encoding.UTF8, "text/plain") };
        right.Headers.Add("X-Api-Key", "right-key");
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(right)).StatusCode);
    }
}

// The full CSV is read in short snapshots of VolumesEndpoints.StreamChunk rows: every row once, in order, across chunk edges.
public class StreamedCsvTests(WriteApiFactory factory) : IClassFixture<WriteApiFactory>
{
    [Fact]
    public async Task TheWholeCsvCrossesSnapshotsWithoutLosingOrRepeatingARow()
    {
        var writer = factory.Writer();
        var before = (await writer.GetStringAsync("/api/v1/volumes?format=csv&source=official")).Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length - 1;
        var csv = new StringBuilder("refYear,reporterISO,partnerISO,flowCode,primaryValue\n");
        string[] partners = ["PER", "CHL", "GHA", "TGO", "NOR", "POL", "NPL", "BTN", "OMN", "QAT", "LAO", "FJI", "MLI", "NER", "TCD", "SEN", "GIN", "BEN"];
        var rows = 0;
        foreach (var r in partners)
            foreach (var p in partners)
            {
                if (r == p) continue;
                for (var year = 1960; year <= 2000 && rows < VolumesEndpointsChunk + 5_000; year++, rows++)
                    csv.Append($"{year},{r},{p},X,{year * 1000 + rows}\n");
            }
        Assert.Equal(HttpStatusCode.Created, (await writer.PostAsync("/api/v1/official?dataset=many", new StringContent(csv.ToString(), Encoding.UTF8, "text/csv"))).StatusCode);
        var lines = (await writer.GetStringAsync("/api/v1/volumes?format=csv&source=official")).Split("\r\n", StringSplitOptions.RemoveEmptyEntries)[1..];
        Assert.Equal(before + rows, lines.Length);
        Assert.Equal(lines.Length, lines.Distinct().Count());
        var years = lines.Select(l => int.Parse(l.Split(',')[4])).ToList();
        Assert.Equal(years.Order(), years);
    }

    private static int VolumesEndpointsChunk => TradeApi.Volumes.VolumesEndpoints.StreamChunk;
}

// A long import is staged in a file of its own beside the database: a document posted meanwhile is stored long before the import
// ends, readers see the old dataset until the new one is moved in whole, and the staging file is gone afterwards.
public class LongImportTests(UnthrottledFactory factory) : IClassFixture<UnthrottledFactory>
{
    [Fact]
    public async Task WritesDuringALongImportDoNotWaitForTheFile()
    {
        var client = factory.Writer();
        var csv = new StringBuilder("refYear,reporterISO,partnerISO,flowCode,primaryValue\n");
        string[] codes = ["MLI", "NER", "TCD", "SEN", "GIN", "BEN", "BFA", "CIV", "LBR", "SLE", "GMB", "GNB", "MRT", "CPV", "TGO", "GHA"];
        var rows = 0;
        foreach (var r in codes) foreach (var p in codes) foreach (var flow in new[] { "X", "M" })
            for (var year = 1960; year <= 2100 && r != p; year++, rows++) csv.Append($"{year},{r},{p},{flow},{rows + 1}\n");
        Assert.True(rows > 3 * TradeApi.Official.OfficialImport.ChunkRows, $"{rows} rows");
        // Staged: 64 KiB of the SQLite staging file, or a chunk of rows in the PostgreSQL staging table.
        var enough = TestStore.IsPostgres ? TradeApi.Official.OfficialImport.ChunkRows : 64 * 1024;

        var import = Task.Run(async () =>
        {
            var r = await client.PostAsync("/api/v1/official?dataset=long", new StringContent(csv.ToString(), Encoding.UTF8, "text/csv"));
            return (r.StatusCode, Done: DateTime.UtcNow);
        });
        // Once the first chunks are staged (nothing of the dataset is visible yet), post a document.
        var stagedSeen = false;
        for (var i = 0; i < 3000 && !import.IsCompleted; i++)
        {
            await Task.Delay(20);
            if (factory.StagedBytesOrRows() < enough) continue;
            using var c = factory.OpenDatabase();
            Assert.Equal(0, c.ExecuteScalar<long>("SELECT COUNT(*) FROM official_figures WHERE dataset = 'long'"));
            stagedSeen = true;
            break;
        }
        Assert.True(stagedSeen, "the import finished before any chunk could be seen; make the file larger");
        var text = "Mali and Niger\n\nBAMAKO, 4 May 2021 - Trade between Mali and Niger reached $300 million in 2020.\n";
        var posted = await client.PostAsync("/api/v1/documents", new StringContent(text, Encoding.UTF8, "text/plain"));
        var postedAt = DateTime.UtcNow;
        Assert.Equal(HttpStatusCode.Created, posted.StatusCode);
        var (status, done) = await import;
        Assert.Equal(HttpStatusCode.Created, status);
        Assert.True(postedAt < done, "the document waited for the whole import");
        using var check = factory.OpenDatabase();
        Assert.Equal(rows, check.ExecuteScalar<long>("SELECT COUNT(*) FROM official_figures WHERE dataset = 'long'"));
        Assert.Equal(-1, factory.StagedBytesOrRows());
    }
}

// A slow client reading the whole CSV while documents are posted: the -wal stays small, because the stream holds no read
// snapshot between chunks. One long snapshot kept SQLite from checkpointing: 17.7 MB here on the landed code (1,073.6 MB in a
// longer run with curl --limit-rate); the -wal is reused instead now.
public class SlowReaderTests(UnthrottledFactory factory, Xunit.Abstractions.ITestOutputHelper output) : IClassFixture<UnthrottledFactory>
{
    // SQLite checkpoints after 1,000 pages (about 4 MB) and then reuses the -wal from its start; with no snapshot held it never
    // grows past that size or the size it already had. A held snapshot makes every posted document add to it.
    public const long AutoCheckpointBound = 6 * 1024 * 1024;

    [SqliteFact("the SQLite -wal file")]
    public async Task AStalledCsvReaderDoesNotLetTheWalGrow()
    {
        var client = factory.Writer();
        var csv = new StringBuilder("refYear,reporterISO,partnerISO,flowCode,primaryValue\n");
        string[] codes = ["MLI", "NER", "TCD", "SEN", "GIN", "BEN", "BFA", "CIV", "LBR", "SLE", "GMB", "GNB"];
        foreach (var r in codes) foreach (var p in codes) foreach (var flow in new[] { "X", "M" })
            for (var year = 1960; year <= 2100 && r != p; year++) csv.Append($"{year},{r},{p},{flow},{year}\n");
        Assert.Equal(HttpStatusCode.Created, (await client.PostAsync("/api/v1/official?dataset=wide", new StringContent(csv.ToString(), Encoding.UTF8, "text/csv"))).StatusCode);

        using var response = await client.GetAsync("/api/v1/volumes?format=csv", HttpCompletionOption.ResponseHeadersRead);
        await using var stream = await response.Content.ReadAsStreamAsync();
        var buffer = new byte[1024];
        Assert.True(await stream.ReadAsync(buffer) > 0);
        // The reader stalls here while writers go on.
        var walBefore = WalSize();
        var rng = new Random(3);
        for (var i = 0; i < 800; i++)
        {
            var posted = await client.PostAsync("/api/v1/documents", new StringContent(SyntheticDocuments.Make(100_000 + i, rng) + new string('x', 2000), Encoding.UTF8, "text/plain"));
            Assert.Equal(HttpStatusCode.Created, posted.StatusCode);
        }
        var walAfter = WalSize();
        output.WriteLine($"slow reader: -wal {walBefore:N0} -> {walAfter:N0} bytes over 800 documents with the CSV reader stalled");
        Assert.True(walAfter <= Math.Max(walBefore, AutoCheckpointBound), $"-wal grew from {walBefore:N0} to {walAfter:N0} bytes with a stalled reader");
        while (await stream.ReadAsync(buffer) > 0) { }
    }

    // SQLite deletes the -wal when the last connection closes; no file is an empty log, not an error.
    private long WalSize()
    {
        var wal = new FileInfo(factory.DatabasePath + "-wal");
        return wal.Exists ? wal.Length : 0;
    }
}

public class HeadTests(TradeApiFactory factory) : IClassFixture<TradeApiFactory>
{
    [Theory]
    [InlineData("/health/live")]
    [InlineData("/api/v1/countries/KAZ")]
    [InlineData("/api/v1/pairs/BLR-KAZ/volumes")]
    public async Task HeadAnswersLikeGetWithoutABody(string url)
    {
        var client = factory.CreateClient();
        var get = await client.GetAsync(url);
        var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, url));
        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal(get.Content.Headers.ContentType?.MediaType, head.Content.Headers.ContentType?.MediaType);
        Assert.Equal(get.Headers.ETag, head.Headers.ETag);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task HeadOfAnUnknownResourceIs404()
    {
        var head = await factory.CreateClient().SendAsync(new HttpRequestMessage(HttpMethod.Head, "/api/v1/countries/XYZ"));
        Assert.Equal(HttpStatusCode.NotFound, head.StatusCode);
    }
}

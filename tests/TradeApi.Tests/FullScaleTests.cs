using System.IO.Compression;
using System.Net;
using System.Reflection;
using System.Text;
using System.Text.Json;
using Dapper;
using Microsoft.Data.Sqlite;
using TradeApi.Volumes;

namespace TradeApi.Tests;

// Official data at scale: the import formats, one rule for totals everywhere, the mirror view, the cache that must never be stale.
public class OfficialImportTests(UnthrottledFactory factory) : IClassFixture<UnthrottledFactory>
{
    private static async Task<JsonElement> Json(HttpResponseMessage r) => JsonDocument.Parse(await r.Content.ReadAsStringAsync()).RootElement;

    private static byte[] Gzip(string text)
    {
        using var buffer = new MemoryStream();
        using (var gz = new GZipStream(buffer, CompressionLevel.Fastest)) gz.Write(Encoding.UTF8.GetBytes(text));
        return buffer.ToArray();
    }

    private static ByteArrayContent Body(byte[] bytes, string mediaType)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(mediaType);
        return content;
    }

    [Fact]
    public async Task AGzippedComtradeBulkFileWithM49CodesImportsItsTotalsAndSkipsBreakdowns()
    {
        var writer = factory.Writer();
        // The bulk layout: M49 codes (Kosovo has none; its ISO code is XKX), more columns, commodity and partner breakdowns, World rows.
        var csv = new StringBuilder("typeCode,refYear,reporterCode,reporterISO,partnerCode,partnerISO,partner2Code,flowCode,cmdCode,customsCode,motCode,primaryValue\n");
        csv.Append("C,2019,688,SRB,0,W00,0,X,TOTAL,C00,0,19000000000\n");          // the World: skipped
        csv.Append("C,2019,688,SRB,,XKX,0,X,TOTAL,C00,0,450000000\n");             // Serbia to Kosovo
        csv.Append("C,2019,688,SRB,,XKX,0,M,TOTAL,C00,0,25000000.5\n");            // and back
        csv.Append("C,2019,688,SRB,,XKX,0,X,27,C00,0,120000000\n");                // one HS chapter: skipped
        csv.Append("C,2019,688,SRB,,XKX,0,RX,TOTAL,C00,0,1000000\n");              // re-exports: skipped
        csv.Append("C,2019,688,SRB,,XKX,0,X,TOTAL,C00,2100,7000000\n");            // by mode of transport: skipped
        var r = await writer.PostAsync("/api/v1/official?dataset=bulk-xkx", Body(Gzip(csv.ToString()), "application/gzip"));
        Assert.Equal(HttpStatusCode.Created, r.StatusCode);
        var summary = await Json(r);
        Assert.Equal(2, summary.GetProperty("rows").GetInt32());
        Assert.Equal(4, summary.GetProperty("skipped").GetInt32());

        var rows = (await Json(await writer.GetAsync("/api/v1/pairs/SRB-XKX/volumes?source=official"))).GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(["exports", "imports", "total"], rows.Select(x => x.GetProperty("flow").GetString()!).ToArray());
        Assert.Equal(475000000.5m, rows[2].GetProperty("value").GetDecimal());
        Assert.All(rows, x => Assert.Equal("SRB", x.GetProperty("reporter").GetString()));

        // The same file by M49 code columns only (no ISO columns): 688 is Serbia, 499 Montenegro.
        var m49 = "refYear,reporterCode,partnerCode,flowCode,primaryValue\n2018,688,499,X,1000\n2018,688,499,M,234\n";
        Assert.Equal(HttpStatusCode.Created, (await writer.PostAsync("/api/v1/official?dataset=bulk-m49", new StringContent(m49, Encoding.UTF8, "text/csv"))).StatusCode);
        var total = (await Json(await writer.GetAsync("/api/v1/volumes?reporter=SRB&partner=MNE&flow=total&source=official"))).GetProperty("items").EnumerateArray().Single();
        Assert.Equal(1234m, total.GetProperty("value").GetDecimal());
        Assert.Equal(2018, total.GetProperty("year").GetInt32());
    }

    [Fact]
    public async Task BadRowsInAGzipAreListedByLineAndCountedPastTheFirstThousand()
    {
        var writer = factory.Writer();
        var csv = new StringBuilder("refYear,reporterISO,partnerISO,flowCode,primaryValue\n2019,PER,CHL,X,10\n");
        for (var i = 0; i < 1500; i++) csv.Append("2019,PER,ZZZ,X,10\n");
        var r = await writer.PostAsync("/api/v1/official?dataset=bad-gz", Body(Gzip(csv.ToString()), "text/csv"));
        Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
        var problem = await Json(r);
        Assert.Equal(1500, problem.GetProperty("errorCount").GetInt32());
        var errors = problem.GetProperty("errors").EnumerateArray().ToList();
        Assert.Equal(1000, errors.Count);
        Assert.Equal(3, errors[0].GetProperty("line").GetInt32());
        Assert.Contains("partnerISO 'ZZZ'", errors[0].GetProperty("problem").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await writer.GetAsync("/api/v1/pairs/CHL-PER")).StatusCode);

        // A body that starts like gzip and is not: a clear 400, nothing stored.
        var broken = new byte[] { 0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0xff, 0xff, 0xff, 0xff };
        var b = await writer.PostAsync("/api/v1/official?dataset=bad-gz", Body(broken, "application/gzip"));
        Assert.Equal(HttpStatusCode.BadRequest, b.StatusCode);
        Assert.Contains("gzip", (await Json(b)).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task AnEndlessLineOrAGzipBombIsRefusedInBoundedMemory()
    {
        var writer = factory.Writer();
        // 8 MB with no line break: refused at the first 64 Ki characters, with its line number.
        var endless = "refYear,reporterISO,partnerISO,flowCode,primaryValue\n2019,PER,CHL,X,10\n" + new string('9', 8_000_000);
        var r = await writer.PostAsync("/api/v1/official?dataset=endless", new StringContent(endless, Encoding.UTF8, "text/csv"));
        Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
        var error = (await Json(r)).GetProperty("errors").EnumerateArray().Single();
        Assert.Equal(3, error.GetProperty("line").GetInt32());
        Assert.Contains("longer than 65,536 characters", error.GetProperty("problem").GetString());

        // 1.1 GB of blank lines in a few MB of gzip: the decompressed limit (1 GiB) stops it with 413, and nothing is stored.
        byte[] bomb;
        using (var buffer = new MemoryStream())
        {
            using (var gz = new GZipStream(buffer, CompressionLevel.Fastest))
            {
                gz.Write(Encoding.UTF8.GetBytes("refYear,reporterISO,partnerISO,flowCode,primaryValue\n"));
                var blank = new byte[60_000];
                Array.Fill(blank, (byte)' ');
                blank[^1] = (byte)'\n';
                for (var i = 0; i < 18_500; i++) gz.Write(blank);
            }
            bomb = buffer.ToArray();
        }
        Assert.True(bomb.Length < 16_000_000, $"{bomb.Length} bytes");
        var b = await writer.PostAsync("/api/v1/official?dataset=bomb", Body(bomb, "application/gzip"));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, b.StatusCode);
        Assert.Contains("decompressed input", (await Json(b)).GetProperty("detail").GetString());
        var meta = await Json(await writer.GetAsync("/api/v1/meta"));
        Assert.DoesNotContain(meta.GetProperty("datasets").EnumerateArray(), d => d.GetString() is "bomb" or "endless");
    }

    [Fact]
    public async Task CrlfAndABomAreReadLikeAnyOtherFile()
    {
        var writer = factory.Writer();
        var csv = "\uFEFFrefYear,reporterISO,partnerISO,flowCode,primaryValue\r\n2014,URY,PRY,X,70\r\n2014,URY,PRY,M,30\r\n";
        Assert.Equal(HttpStatusCode.Created, (await writer.PostAsync("/api/v1/official?dataset=crlf", new StringContent(csv, Encoding.UTF8, "text/csv"))).StatusCode);
        var total = (await Json(await writer.GetAsync("/api/v1/pairs/PRY-URY/volumes?flow=total"))).GetProperty("items").EnumerateArray().Single();
        Assert.Equal(100m, total.GetProperty("value").GetDecimal());
    }

    [Fact]
    public async Task ReimportingADatasetReplacesItAndThePairListFollows()
    {
        var writer = factory.Writer();
        var first = "refYear,reporterISO,partnerISO,flowCode,primaryValue\n2015,ISL,FRO,X,5\n2015,ISL,FRO,M,6\n";
        Assert.Equal(HttpStatusCode.Created, (await writer.PostAsync("/api/v1/official?dataset=replace-me", new StringContent(first, Encoding.UTF8, "text/csv"))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await writer.GetAsync("/api/v1/pairs/FRO-ISL")).StatusCode);
        var second = "refYear,reporterISO,partnerISO,flowCode,primaryValue\n2016,ISL,GRL,X,7\n";
        Assert.Equal(HttpStatusCode.Created, (await writer.PostAsync("/api/v1/official?dataset=replace-me", new StringContent(second, Encoding.UTF8, "text/csv"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await writer.GetAsync("/api/v1/pairs/FRO-ISL")).StatusCode);
        var pair = (await Json(await writer.GetAsync("/api/v1/pairs/GRL-ISL"))).GetProperty("pair");
        Assert.Equal(1, pair.GetProperty("officialRows").GetInt32());
        Assert.Equal(2016, pair.GetProperty("firstYear").GetInt32());
        Assert.Equal(JsonValueKind.Null, pair.GetProperty("latest").ValueKind); // one direction only: no total
        Assert.Equal(HttpStatusCode.NoContent, (await writer.DeleteAsync("/api/v1/official/replace-me")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await writer.GetAsync("/api/v1/pairs/GRL-ISL")).StatusCode);
    }

    [Fact]
    public async Task EveryWriteChangesWhatTheCacheServes()
    {
        var writer = factory.Writer();
        const string url = "/api/v1/pairs/LSO-SWZ/volumes";
        Assert.Equal(HttpStatusCode.NotFound, (await writer.GetAsync(url)).StatusCode);
        var csv = "refYear,reporterISO,partnerISO,flowCode,primaryValue\n2020,LSO,SWZ,X,100\n2020,LSO,SWZ,M,50\n";
        Assert.Equal(HttpStatusCode.Created, (await writer.PostAsync("/api/v1/official?dataset=cache-test", new StringContent(csv, Encoding.UTF8, "text/csv"))).StatusCode);

        async Task<(string ETag, int Rows)> Read()
        {
            var r = await writer.GetAsync(url);
            Assert.Equal(HttpStatusCode.OK, r.StatusCode);
            return (r.Headers.ETag!.Tag, (await Json(r)).GetProperty("items").GetArrayLength());
        }
        var a = await Read();
        Assert.Equal(a, await Read()); // the second read is the cached body, under the same tag
        Assert.Equal(3, a.Rows);

        var doc = await writer.PostAsync("/api/v1/documents", new StringContent(
            "Lesotho and Eswatini\n\nMASERU, 3 March 2021 - Trade between Lesotho and Eswatini reached $160 million in 2020.\n", Encoding.UTF8, "text/plain"));
        Assert.Equal(HttpStatusCode.Created, doc.StatusCode);
        var b = await Read();
        Assert.NotEqual(a.ETag, b.ETag);
        Assert.Equal(4, b.Rows);

        Assert.Equal(HttpStatusCode.NoContent, (await writer.DeleteAsync($"/api/v1/documents/{(await Json(doc)).GetProperty("id").GetString()}")).StatusCode);
        var c = await Read();
        Assert.NotEqual(b.ETag, c.ETag);
        Assert.Equal(3, c.Rows);

        // A write by another process (the import verb on the same database) is seen at once too.
        var file = Path.Combine(Path.GetTempPath(), $"cache-{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(file, "refYear,reporterISO,partnerISO,flowCode,primaryValue\n2019,LSO,SWZ,X,90\n");
        try
        {
            var (exit, stderr) = ServiceProcess.RunToExit(factory, "import", file, "cache-cli");
            Assert.True(exit == 0, stderr);
        }
        finally { File.Delete(file); }
        var d = await Read();
        Assert.NotEqual(c.ETag, d.ETag);
        Assert.Equal(4, d.Rows);
        Assert.Equal(HttpStatusCode.NoContent, (await writer.DeleteAsync("/api/v1/official/cache-test")).StatusCode);
        Assert.Equal(1, (await Read()).Rows);
    }

    [Fact]
    public async Task TheFlatListServesTheSameTotalsAsThePairView()
    {
        var writer = factory.Writer();
        var csv = "refYear,reporterISO,partnerISO,flowCode,primaryValue\n2017,BTN,NPL,X,11\n2017,BTN,NPL,M,22\n2017,NPL,BTN,X,20\n2018,BTN,NPL,X,13\n";
        Assert.Equal(HttpStatusCode.Created, (await writer.PostAsync("/api/v1/official?dataset=totals", new StringContent(csv, Encoding.UTF8, "text/csv"))).StatusCode);
        var flat = (await Json(await writer.GetAsync("/api/v1/volumes?country=BTN&source=official&flow=total"))).GetProperty("items").EnumerateArray().ToList();
        var pair = (await Json(await writer.GetAsync("/api/v1/pairs/NPL-BTN/volumes?source=official&flow=total"))).GetProperty("items").EnumerateArray().ToList();
        var one = Assert.Single(flat);
        Assert.Equal(33m, one.GetProperty("value").GetDecimal());
        Assert.Equal("BTN", one.GetProperty("reporter").GetString());
        Assert.Equal(one.GetProperty("value").GetDecimal(), Assert.Single(pair).GetProperty("value").GetDecimal());
        var lines = (await writer.GetStringAsync("/api/v1/volumes?country=BTN&source=official&format=csv")).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(5, lines.Length - 1); // four rows as reported and one total
        Assert.Contains(lines, l => l.StartsWith("BTN-NPL,BTN,NPL,total,2017,33,USD,official", StringComparison.Ordinal));
        // reporter filter on the pair series: one clean series.
        var series = (await Json(await writer.GetAsync("/api/v1/pairs/BTN-NPL/volumes?source=official&reporter=np"))).GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(["NPL"], series.Select(s => s.GetProperty("reporter").GetString()!).Distinct().ToArray());
        Assert.Equal(HttpStatusCode.BadRequest, (await writer.GetAsync("/api/v1/pairs/BTN-NPL/volumes?reporter=IND")).StatusCode);
    }
}

public class SharedOfficialDataTests(TradeApiFactory factory) : IClassFixture<TradeApiFactory>
{
    private async Task<JsonElement> Get(string url) => JsonDocument.Parse(await factory.CreateClient().GetStringAsync(url)).RootElement;

    [OfficialDataFact]
    public async Task TheMirrorViewSetsEachSideBesideItsPartner()
    {
        var body = await Get("/api/v1/pairs/kz-by/mirror?flow=exports&from=2010&to=2010");
        Assert.Equal("BLR-KAZ", body.GetProperty("pair").GetString());
        var rows = body.GetProperty("items").EnumerateArray().ToList();
        var kaz = rows.Single(r => r.GetProperty("reporter").GetString() == "KAZ");
        // Kazakhstan reports $35.3 M of exports to Belarus; Belarus reports $405.8 M of imports from Kazakhstan.
        static decimal Millions(JsonElement e, string name) => decimal.Round(e.GetProperty(name).GetDecimal() / 1_000_000m, 1);
        Assert.Equal(35.3m, Millions(kaz, "reported"));
        Assert.Equal(405.8m, Millions(kaz, "mirror"));
        var (reported, mirror) = (kaz.GetProperty("reported").GetDecimal(), kaz.GetProperty("mirror").GetDecimal());
        Assert.Equal(decimal.Round((mirror - reported) / reported * 100, 1), kaz.GetProperty("gapPercent").GetDecimal());
        var imports = (await Get("/api/v1/pairs/BLR-KAZ/mirror?flow=imports&from=2010&to=2010")).GetProperty("items").EnumerateArray()
            .Single(r => r.GetProperty("reporter").GetString() == "BLR");
        Assert.Equal(405.8m, Millions(imports, "reported"));
        Assert.Equal(35.3m, Millions(imports, "mirror"));
        Assert.Equal(HttpStatusCode.BadRequest, (await factory.CreateClient().GetAsync("/api/v1/pairs/BLR-KAZ/mirror?flow=total")).StatusCode);
    }

    [OfficialDataFact]
    public async Task BelarusKazakhstan2013IsTheSumTheStatisticsOfficePublished()
    {
        // Belstat: 870.4 + 82.4 = 952.8 million USD (data/official README of ../shared).
        var flat = (await Get("/api/v1/volumes?reporter=BLR&partner=KAZ&year=2013&flow=total&source=official")).GetProperty("items").EnumerateArray().Single();
        Assert.Equal(952.8m, decimal.Round(flat.GetProperty("value").GetDecimal() / 1_000_000m, 1));
    }
}

// The import verb on a file that is not UTF-8, or starts like gzip and is not: one line, exit 1, nothing stored.
public class ImportVerbTests
{
    [Theory]
    [InlineData(new byte[] { (byte)'r', (byte)'e', (byte)'f', 0xff, (byte)'\n' }, "not valid UTF-8")]
    [InlineData(new byte[] { 0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0xff, 0xff, 0xff, 0xff }, "TradeApi import:")]
    public void ABrokenFileIsOneLine(byte[] content, string expected)
    {
        var db = Path.Combine(Path.GetTempPath(), $"tradeapi-verb-{Guid.NewGuid():N}.db");
        var file = db + ".csv";
        File.WriteAllBytes(file, content);
        try
        {
            var (exit, _, stderr) = ServiceProcess.Run(db, "import", file, "broken", "--Storage:SeedOnStart=false");
            Assert.Equal(1, exit);
            var line = Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
            Assert.StartsWith("TradeApi import:", line);
            Assert.Contains(expected, line);
            using var c = new SqliteConnection($"Data Source={db}");
            Assert.Equal(0, c.ExecuteScalar<long>("SELECT COUNT(*) FROM official_datasets"));
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            foreach (var f in new[] { file, db, db + "-wal", db + "-shm", db + ".id" }) try { File.Delete(f); } catch (IOException) { }
        }
    }
}

// The full IMF matrix through the import verb: every row, Kosovo included, in bounded memory. About 15 s.
public class FullMatrixTests
{
    [OfficialDataFact(SharedData.FullMatrix)]
    public void TheWholeMatrixImportsWithKosovo()
    {
        var db = Path.Combine(Path.GetTempPath(), $"tradeapi-full-{Guid.NewGuid():N}.db");
        try
        {
            var (exit, stdout, stderr) = ServiceProcess.Run(db, "import", SharedData.RequireOfficial(SharedData.FullMatrix), "imf-dots", "--Storage:SeedOnStart=false");
            Assert.True(exit == 0, stderr);
            // Redirected output gets plain progress lines (no bar, no escape codes), every few seconds, and the summary.
            var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            Assert.Contains(lines, l => l.StartsWith("import imf-dots-1960-2020.csv.gz: reading, ", StringComparison.Ordinal) && l.Contains(" rows/s"));
            Assert.Contains(lines, l => l.StartsWith("import imf-dots-1960-2020.csv.gz: done, 1,642,911 rows", StringComparison.Ordinal));
            Assert.Contains("imported 1,642,911 row(s) into dataset 'imf-dots'", stdout);
            Assert.DoesNotContain('\u001b', stdout);
            using var c = new SqliteConnection($"Data Source={db}");
            Assert.Equal(1_642_911, c.ExecuteScalar<long>("SELECT COUNT(*) FROM official_figures"));
            Assert.Equal(1_642_911, c.ExecuteScalar<long>("SELECT rows FROM official_datasets WHERE name = 'imf-dots'"));
            Assert.True(c.ExecuteScalar<long>("SELECT COUNT(*) FROM official_figures WHERE reporter = 'XKX' OR partner = 'XKX'") > 0);
            Assert.Equal(c.ExecuteScalar<long>("SELECT COUNT(DISTINCT pair_key) FROM official_figures"), c.ExecuteScalar<long>("SELECT COUNT(*) FROM pair_summary"));
            Assert.Empty(Directory.GetFiles(Path.GetDirectoryName(db)!, Path.GetFileName(db) + "-import-*"));
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            foreach (var f in new[] { db, db + "-wal", db + "-shm", db + ".id" }) try { File.Delete(f); } catch (IOException) { }
        }
    }
}

// Every query the read endpoints run is answered from an index: EXPLAIN QUERY PLAN of each must not scan official_figures or volumes.
public class QueryPlanTests(TradeApiFactory factory, Xunit.Abstractions.ITestOutputHelper output) : IClassFixture<TradeApiFactory>
{
    private static readonly string[] Banned = ["official_figures", "volumes", "v"];

    private List<string> Plan(string sql, IReadOnlyDictionary<string, object?>? args = null)
    {
        _ = factory.Server; // the schema is applied on start
        using var c = new SqliteConnection($"Data Source={factory.DatabasePath}");
        c.Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = "EXPLAIN QUERY PLAN " + sql;
        foreach (var (name, value) in args ?? new Dictionary<string, object?>()) cmd.Parameters.AddWithValue(name, value ?? DBNull.Value);
        foreach (var name in System.Text.RegularExpressions.Regex.Matches(sql, "[@$][A-Za-z]\\w*").Select(m => m.Value).Distinct())
            if (!cmd.Parameters.Contains(name)) cmd.Parameters.AddWithValue(name, DBNull.Value);
        using var r = cmd.ExecuteReader();
        var lines = new List<string>();
        while (r.Read()) lines.Add(r.GetString(3));
        return lines;
    }

    private static bool Scans(string line) =>
        Banned.Any(t => line.StartsWith($"SCAN {t} ", StringComparison.Ordinal) || line == $"SCAN {t}");

    [SqliteFact("SQLite query plans (EXPLAIN QUERY PLAN)")]
    public void NoReadQueryScansTheLargeTables()
    {
        var offenders = new List<string>();
        void Check(string what, string sql, IReadOnlyDictionary<string, object?>? args = null)
        {
            var plan = Plan(sql, args);
            output.WriteLine($"{what}\n    {string.Join("\n    ", plan)}");
            if (plan.Any(Scans)) offenders.Add($"{what}: {string.Join(" | ", plan)}");
        }
        // The fixed SQL of every store the endpoints read through (write-side and whole-database statements excepted by name).
        var stores = new[] { typeof(TradeApi.Pairs.PairsStore), typeof(TradeApi.Pairs.PairSummaries), typeof(TradeApi.Meta.MetaEndpoints), typeof(VolumesStore),
            typeof(TradeApi.Official.OfficialFigures), typeof(TradeApi.Targets.TargetsStore), typeof(TradeApi.Documents.DocumentsStore) };
        var checkedCount = 0;
        foreach (var type in stores)
            foreach (var f in type.GetFields(BindingFlags.NonPublic | BindingFlags.Public | BindingFlags.Static).Where(f => f.IsLiteral && f.FieldType == typeof(string)))
            {
                var sql = ((string)f.GetRawConstantValue()!).Trim();
                if (!sql.StartsWith("SELECT", StringComparison.OrdinalIgnoreCase) || f.Name is "AllKeysSql" or "Columns" or "StatedColumns" or "Sql" or "ListSql" or "ByPairSelect")
                    continue;
                // The pair summary's batched queries take their keys as an IN list.
                Check($"{type.Name}.{f.Name}", sql.Replace("{0}", "@k0, @k1, @k2"));
                checkedCount++;
            }
        Assert.True(checkedCount >= 15, $"only {checkedCount} constant queries found");
        foreach (var (from, to, flow, reporter) in new[] { (false, false, false, false), (true, true, false, false), (true, true, true, true), (false, false, false, true) })
            Check($"OfficialFigures.ByPairSql({from},{to},{flow},{reporter})", TradeApi.Official.OfficialFigures.ByPairSql(from, to, flow, reporter));
        Check("VolumesStore.StatedSql", VolumesStore.StatedSql(true, true));

        // The flat list, per filter set, first page and a later one.
        IReadOnlyList<string> L(string? c) => c is null ? [] : c.Split(',');
        VolumeFilter F(string? reporter, string? partner, string? country, int? year, int? from, int? to, string? flow) =>
            new(L(reporter), L(partner), L(country), year, from, to, flow, null, null);
        var filters = new[]
        {
            F(null, null, "KAZ", 2019, null, null, null),
            F(null, null, "KAZ", null, null, null, null),
            F("KAZ", null, null, null, 2000, 2010, "exports"),
            F(null, "KAZ", null, 2019, null, null, null),
            F("BLR", "KAZ", null, null, null, null, "total"),
            F("BLR", null, "KAZ", null, null, null, null),
            F(null, null, null, 2019, null, null, null),
            F(null, null, null, null, 1995, 2005, "imports"),
            // Comma-separated lists: any of the countries, on a side or on either.
            F(null, null, "BLR,KAZ,RUS", null, null, null, null),
            F("BLR,RUS", "KAZ,CHN", null, 2019, null, null, null),
            F("BLR,RUS", null, "KAZ", null, null, null, "exports"),
            // sort=-year reads the same indexes backwards.
            F(null, null, "KAZ", null, null, null, null) with { Descending = true },
            F(null, null, null, 2019, null, null, null) with { Descending = true },
        };
        var later = new FlatCursor(2005, false, "BLR", "KAZ", "exports", "imf", 0);
        var laterStated = new FlatCursor(2005, true, "", "", "", "", 10);
        foreach (var f in filters)
            foreach (var after in new[] { null, later, laterStated })
            {
                var o = FlatVolumes.OfficialSql(TradeApi.Storage.Sqlite.SqliteDialect.Instance, f, after);
                Check($"official {f} after {after}", o.Sql, o.Args);
                var s = FlatVolumes.StatedSql(f, after, 101);
                Check($"stated {f} after {after}", s.Sql, s.Args);
            }
        // A later page of the unfiltered list seeks its year; only its first page reads the year index from the start.
        var unfiltered = F(null, null, null, null, null, null, null);
        Check("official unfiltered, later page", FlatVolumes.OfficialSql(TradeApi.Storage.Sqlite.SqliteDialect.Instance, unfiltered, later).Sql, FlatVolumes.OfficialSql(TradeApi.Storage.Sqlite.SqliteDialect.Instance, unfiltered, later).Args);
        var newestFirst = unfiltered with { Descending = true };
        // The next chunk of a page's official rows resumes after the last row read, seeking it too.
        var lastRow = new TradeApi.Official.OfficialFigure("imf", "BLR", "KAZ", "BLR-KAZ", "exports", 2005, 1m);
        foreach (var f in new[] { unfiltered, newestFirst, F(null, null, "KAZ", null, null, null, null), F("BLR", "KAZ", null, null, null, null, "total") })
        {
            var resumed = FlatVolumes.OfficialSql(TradeApi.Storage.Sqlite.SqliteDialect.Instance, f, later, lastRow, 2066);
            Check($"official {f} resumed after a chunk", resumed.Sql, resumed.Args);
        }
        Check("official unfiltered newest first, later page", FlatVolumes.OfficialSql(TradeApi.Storage.Sqlite.SqliteDialect.Instance, newestFirst, later).Sql, FlatVolumes.OfficialSql(TradeApi.Storage.Sqlite.SqliteDialect.Instance, newestFirst, later).Args);
        Check("stated unfiltered newest first, later page", FlatVolumes.StatedSql(newestFirst, laterStated, 101).Sql, FlatVolumes.StatedSql(newestFirst, laterStated, 101).Args);
        Assert.True(offenders.Count == 0, "queries that scan a large table:\n" + string.Join("\n", offenders));
    }

    [SqliteFact("SQLite query plans (EXPLAIN QUERY PLAN)")]
    public void TheCheckCatchesAScan()
    {
        // The test above would fail on this: a filter on a column no index leads with.
        Assert.Contains(Plan("SELECT value FROM official_figures WHERE partner = 'KAZ'"), Scans);
        Assert.Contains(Plan("SELECT v.value FROM volumes v WHERE v.qualifier = 'exact'"), Scans);
    }
}

using System.Net;
using System.Text.Json;
using System.Text;
using Dapper;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Data.Sqlite;
using TradeApi.Extraction;

namespace TradeApi.Tests;

// Two reviewers with named keys, and one in the old flat form.
public sealed class ReviewApiFactory : TradeApiFactory
{
    public const string Alice = "alice-key-41d9";
    public const string Bob = "bob-key-77c0";
    public const string Flat = "flat-key-09aa";

    protected override void Configure(IWebHostBuilder builder)
    {
        builder.UseSetting("Auth:ApiKeys:0:Name", "alice");
        builder.UseSetting("Auth:ApiKeys:0:Key", Alice);
        builder.UseSetting("Auth:ApiKeys:1:Name", "bob");
        builder.UseSetting("Auth:ApiKeys:1:Key", Bob);
        builder.UseSetting("Auth:ApiKeys:2", Flat);
    }

    public HttpClient As(string key)
    {
        var c = CreateClient();
        c.DefaultRequestHeaders.Add("X-Api-Key", key);
        return c;
    }
}

// Reviewed facts (issue 13): confirm, reject, correct with If-Match; history; lists that honour reviews; re-extraction that keeps them.
public class ReviewTests(ReviewApiFactory factory) : IClassFixture<ReviewApiFactory>
{
    private static async Task<JsonElement> Json(HttpResponseMessage r) => JsonDocument.Parse(await r.Content.ReadAsStringAsync()).RootElement;

    // A document of its own per test (pairs no other test uses), and the ids of its facts.
    private async Task<(string Document, long[] Volumes, long[] Targets)> Post(string text)
    {
        var r = await factory.As(ReviewApiFactory.Alice).PostAsync("/api/v1/documents", new StringContent(text, Encoding.UTF8, "text/plain"));
        Assert.True(r.StatusCode == HttpStatusCode.Created, await r.Content.ReadAsStringAsync());
        var id = (await Json(r)).GetProperty("id").GetString()!;
        var doc = await Json(await factory.CreateClient().GetAsync("/api/v1/documents/" + id));
        return (id, doc.GetProperty("volumes").EnumerateArray().Select(v => v.GetProperty("id").GetInt64()).ToArray(),
            doc.GetProperty("targets").EnumerateArray().Select(v => v.GetProperty("id").GetInt64()).ToArray());
    }

    private static HttpRequestMessage Patch(string url, string json, string? ifMatch)
    {
        var request = new HttpRequestMessage(HttpMethod.Patch, url) { Content = new StringContent(json, Encoding.UTF8, "application/merge-patch+json") };
        if (ifMatch is not null) request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        return request;
    }

    private async Task<string> ETag(string url)
    {
        var r = await factory.CreateClient().GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        return r.Headers.ETag!.ToString();
    }

    [Fact]
    public async Task ConfirmingNeedsIfMatchAndIsInTheHistoryUnderTheKeysName()
    {
        const string text = "Ghana and Togo\nIn 2019 trade between Ghana and Togo reached $1.1 billion.";
        var (_, volumes, _) = await Post(text);
        var url = $"/api/v1/volumes/{volumes.Single()}";
        var before = await Json(await factory.CreateClient().GetAsync(url));
        Assert.Equal("unreviewed", before.GetProperty("review").GetProperty("state").GetString());
        // The stored confidence is the extractor's, whatever the model's weights are today.
        Assert.Equal(TradeApi.Extraction.Extractor.Extract(text).Volumes.Single().Confidence, before.GetProperty("confidence").GetDecimal());
        var alice = factory.As(ReviewApiFactory.Alice);

        var none = await alice.SendAsync(Patch(url, """{"review":"confirmed"}""", null));
        Assert.Equal((HttpStatusCode)428, none.StatusCode);
        Assert.Equal("/problems/precondition-required", (await Json(none)).GetProperty("type").GetString());

        var tag = await ETag(url);
        var ok = await alice.SendAsync(Patch(url, """{"review":"Confirmed"}""", tag));
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        Assert.NotEqual(tag, ok.Headers.ETag!.ToString());
        Assert.Equal("confirmed", (await Json(ok)).GetProperty("review").GetProperty("state").GetString());
        Assert.Equal(ok.Headers.ETag!.ToString(), await ETag(url));

        var stale = await factory.As(ReviewApiFactory.Bob).SendAsync(Patch(url, """{"review":"rejected","reason":"no"}""", tag));
        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
        Assert.Equal("/problems/precondition-failed", (await Json(stale)).GetProperty("type").GetString());

        var historyText = await factory.CreateClient().GetStringAsync(url + "/history");
        var entry = Assert.Single(JsonDocument.Parse(historyText).RootElement.GetProperty("items").EnumerateArray());
        Assert.Equal("alice", entry.GetProperty("by").GetString());
        Assert.Equal("confirm", entry.GetProperty("action").GetString());
        Assert.Equal("unreviewed", entry.GetProperty("before").GetProperty("review").GetString());
        Assert.Equal("confirmed", entry.GetProperty("after").GetProperty("review").GetString());
        // Typed snapshots: the fact's attributes beside its review, as GET gives them.
        Assert.Equal(before.GetProperty("value").GetDecimal(), entry.GetProperty("before").GetProperty("value").GetDecimal());
        Assert.Equal(before.GetProperty("year").GetInt32(), entry.GetProperty("after").GetProperty("year").GetInt32());
        Assert.DoesNotContain(ReviewApiFactory.Alice, historyText);
    }

    [Fact]
    public async Task RejectedFactsLeaveTheListsUnlessAskedFor()
    {
        var (_, volumes, _) = await Post("Benin and Niger\nIn 2018 trade between Benin and Niger amounted to $450 million.");
        var url = $"/api/v1/volumes/{volumes.Single()}";
        var bob = factory.As(ReviewApiFactory.Bob);
        var noReason = await bob.SendAsync(Patch(url, """{"review":"rejected"}""", await ETag(url)));
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.Equal("a rejection needs a reason", (await Json(noReason)).GetProperty("errors").GetProperty("review")[0].GetString());
        var rejected = await bob.SendAsync(Patch(url, """{"review":"rejected","reason":"the figure is Benin's re-exports"}""", await ETag(url)));
        Assert.Equal(HttpStatusCode.OK, rejected.StatusCode);

        async Task<int> Count(string query) =>
            (await Json(await factory.CreateClient().GetAsync("/api/v1/volumes?country=BEN&source=stated" + query))).GetProperty("items").GetArrayLength();
        Assert.Equal(0, await Count(""));
        Assert.Equal(1, await Count("&review=all"));
        Assert.Equal(1, await Count("&review=rejected"));
        Assert.Equal(0, await Count("&review=confirmed,unreviewed"));
        var pair = await Json(await factory.CreateClient().GetAsync("/api/v1/pairs/BEN-NER/volumes?review=all"));
        Assert.Equal("rejected", pair.GetProperty("items")[0].GetProperty("review").GetString());
        Assert.Equal(0, (await Json(await factory.CreateClient().GetAsync("/api/v1/pairs/BEN-NER/volumes"))).GetProperty("items").GetArrayLength());
        var history = await Json(await factory.CreateClient().GetAsync(url + "/history"));
        Assert.Equal("the figure is Benin's re-exports", history.GetProperty("items")[0].GetProperty("reason").GetString());
    }

    [Fact]
    public async Task ACorrectionKeepsTheOriginalAndTargetsAreJudgedOnIt()
    {
        var (_, volumes, targets) = await Post("""
            Mali and Senegal
            DAKAR, March 3, 2020. In 2019 trade between Mali and Senegal reached $1 billion, the ministers said.
            The two governments agreed to raise bilateral trade to $3 billion by 2025.
            """);
        var target = $"/api/v1/pairs/MLI-SEN/targets";
        var before = (await Json(await factory.CreateClient().GetAsync(target))).GetProperty("items").EnumerateArray().Single();
        Assert.NotEqual("achieved", before.GetProperty("evaluation").GetProperty("status").GetString());
        var url = $"/api/v1/volumes/{volumes.Single()}";
        var r = await factory.As(ReviewApiFactory.Flat).SendAsync(Patch(url, """{"value":3000000000,"reason":"the ministry's release says 3 billion"}""", await ETag(url)));
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        var fact = await Json(r);
        Assert.Equal(3_000_000_000m, fact.GetProperty("value").GetDecimal());
        Assert.Equal("corrected", fact.GetProperty("review").GetProperty("state").GetString());
        Assert.Equal(1_000_000_000m, fact.GetProperty("review").GetProperty("original").GetProperty("value").GetDecimal());
        var after = (await Json(await factory.CreateClient().GetAsync(target))).GetProperty("items").EnumerateArray().Single();
        Assert.Equal("achieved", after.GetProperty("evaluation").GetProperty("status").GetString());
        var history = await Json(await factory.CreateClient().GetAsync(url + "/history"));
        Assert.Equal("key 2", history.GetProperty("items")[0].GetProperty("by").GetString());

        // A target can be corrected the same way, and a correction may move a fact to another pair.
        var t = $"/api/v1/targets/{targets.Single()}";
        var moved = await factory.As(ReviewApiFactory.Alice).SendAsync(Patch(t, """{"partner":"Guinea","byYear":2027}""", await ETag(t)));
        Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
        Assert.Equal("GIN-MLI", (await Json(moved)).GetProperty("pair").GetString());
        Assert.Single((await Json(await factory.CreateClient().GetAsync("/api/v1/pairs/GIN-MLI/targets"))).GetProperty("items").EnumerateArray());
    }

    [Fact]
    public async Task TwoReviewersAtOnceCannotLoseAnUpdate()
    {
        var (_, volumes, _) = await Post("Chad and Cameroon\nIn 2017 trade between Chad and Cameroon was $300 million.");
        var url = $"/api/v1/volumes/{volumes.Single()}";
        var tag = await ETag(url);
        var answers = await Task.WhenAll(
            factory.As(ReviewApiFactory.Alice).SendAsync(Patch(url, """{"value":310000000}""", tag)),
            factory.As(ReviewApiFactory.Bob).SendAsync(Patch(url, """{"value":320000000}""", tag)));
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.PreconditionFailed], answers.Select(a => a.StatusCode).Order());
        var history = await Json(await factory.CreateClient().GetAsync(url + "/history"));
        Assert.Single(history.GetProperty("items").EnumerateArray());
    }

    [Fact]
    public async Task BadPatchesAreProblemsAndChangeNothing()
    {
        var (document, volumes, _) = await Post("Gabon and Congo\nIn 2016 trade between Gabon and the Republic of the Congo was $210 million.");
        var url = $"/api/v1/volumes/{volumes.Single()}";
        var alice = factory.As(ReviewApiFactory.Alice);
        foreach (var (body, field) in new[] { ("""{"colour":"red"}""", "colour"), ("""{"year":"2016x"}""", "year"), ("""{"flow":"export"}""", "flow"),
                                               ("""{"review":"unreviewed"}""", "review"), ("""{"partner":"Gabon"}""", "partner"), ("{}", "review") })
        {
            var r = await alice.SendAsync(Patch(url, body, await ETag(url)));
            Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
            Assert.True((await Json(r)).GetProperty("errors").TryGetProperty(field, out _), body);
        }
        var wrongType = new HttpRequestMessage(HttpMethod.Patch, url) { Content = new StringContent("""{"review":"confirmed"}""", Encoding.UTF8, "application/json") };
        wrongType.Headers.TryAddWithoutValidation("If-Match", await ETag(url));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, (await alice.SendAsync(wrongType)).StatusCode);
        Assert.Equal(HttpStatusCode.PreconditionFailed, (await alice.SendAsync(Patch(url, """{"review":"confirmed"}""", "\"v999-1\""))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.CreateClient().SendAsync(Patch(url, """{"review":"confirmed"}""", "*"))).StatusCode);
        Assert.Equal("unreviewed", (await Json(await factory.CreateClient().GetAsync(url))).GetProperty("review").GetProperty("state").GetString());
        Assert.Empty((await Json(await factory.CreateClient().GetAsync(url + "/history"))).GetProperty("items").EnumerateArray());

        // The document goes; a patch of its fact is a 404, never a 500.
        Assert.Equal(HttpStatusCode.NoContent, (await alice.DeleteAsync("/api/v1/documents/" + document)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await alice.SendAsync(Patch(url, """{"review":"confirmed"}""", "*"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await factory.CreateClient().GetAsync(url + "/history")).StatusCode);
    }

    [Fact]
    public async Task MinConfidenceKeepsOnlySureFacts()
    {
        await Post("Laos and Vietnam\nIn 2015 trade between Laos and Vietnam reached $1 billion.");
        var all = await Json(await factory.CreateClient().GetAsync("/api/v1/volumes?country=LAO&limit=1000"));
        var confidences = all.GetProperty("items").EnumerateArray().Where(i => i.GetProperty("source").GetString() == "stated")
            .Select(i => i.GetProperty("confidence").GetDecimal()).ToList();
        Assert.NotEmpty(confidences);
        var bar = confidences.Min();
        var sure = await Json(await factory.CreateClient().GetAsync($"/api/v1/volumes?country=LAO&limit=1000&minConfidence={bar.ToString(System.Globalization.CultureInfo.InvariantCulture)}"));
        Assert.All(sure.GetProperty("items").EnumerateArray(), i => Assert.True(i.GetProperty("confidence").GetDecimal() >= bar));
        Assert.Equal(confidences.Count, sure.GetProperty("items").GetArrayLength());
        Assert.Equal(0, (await Json(await factory.CreateClient().GetAsync("/api/v1/volumes?country=LAO&minConfidence=1"))).GetProperty("items").GetArrayLength());
        var bad = await factory.CreateClient().GetAsync("/api/v1/volumes?minConfidence=high");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.True((await Json(bad)).GetProperty("errors").TryGetProperty("minConfidence", out _));
        Assert.Equal(HttpStatusCode.BadRequest, (await factory.CreateClient().GetAsync("/api/v1/volumes?minConfidence=1.5")).StatusCode);
    }

    [Fact]
    public async Task ReextractionKeepsReviewedFactsAndReplacesTheRest()
    {
        var (document, volumes, _) = await Post("Nepal and Bhutan\nIn 2014 trade between Nepal and Bhutan reached $120 million. In 2015 it was $130 million.");
        Assert.Equal(2, volumes.Length);
        var url = $"/api/v1/volumes/{volumes[0]}";
        Assert.Equal(HttpStatusCode.OK, (await factory.As(ReviewApiFactory.Alice).SendAsync(Patch(url, """{"review":"confirmed"}""", await ETag(url)))).StatusCode);
        // As an older extractor would have left it: one fact the current rules do not find (unreviewed), one reviewed fact they do
        // not find, and one fact they find missing.
        using (var c = factory.OpenDatabase())
        {
            const string insert = """
                INSERT INTO volumes (document_id, reporter, partner, pair_key, flow, year, value, currency, qualifier, span_start, span_end, quote, review)
                VALUES (@document, 'NPL', 'BTN', 'BTN-NPL', 'total', @year, '99000000', 'USD', 'exact', 0, 16, 'Nepal and Bhutan', @review)
                """;
            c.Execute(insert, new { document, year = 2010, review = "unreviewed" });
            c.Execute(insert, new { document, year = 2011, review = "confirmed" });
            c.Execute("DELETE FROM volumes WHERE id = @id", new { id = volumes[1] });
        }
        var r = await factory.As(ReviewApiFactory.Bob).PostAsync($"/api/v1/documents/{document}/reextract", null);
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        var summary = await Json(r);
        Assert.Equal(1, summary.GetProperty("added").GetInt32());
        Assert.Equal(1, summary.GetProperty("removed").GetInt32());
        Assert.Equal(1, summary.GetProperty("kept").GetInt32());
        Assert.Equal(1, summary.GetProperty("orphaned").GetInt32());
        var doc = await Json(await factory.CreateClient().GetAsync("/api/v1/documents/" + document));
        var rows = doc.GetProperty("volumes").EnumerateArray().ToList();
        Assert.Equal([2011, 2014, 2015], rows.Select(v => v.GetProperty("year").GetInt32()).Order());
        var orphan = rows.Single(v => v.GetProperty("year").GetInt32() == 2011).GetProperty("review");
        Assert.True(orphan.GetProperty("orphaned").GetBoolean());
        Assert.Equal("confirmed", orphan.GetProperty("state").GetString());
        // The orphan's history entry holds the whole fact, in the shape of every volume snapshot.
        var orphanId = rows.Single(v => v.GetProperty("year").GetInt32() == 2011).GetProperty("id").GetInt64();
        var orphaned = (await Json(await factory.CreateClient().GetAsync($"/api/v1/volumes/{orphanId}/history"))).GetProperty("items").EnumerateArray().Single();
        Assert.Equal("orphan", orphaned.GetProperty("action").GetString());
        Assert.Equal((2011, 99_000_000m, "USD", "exact", "confirmed"), (orphaned.GetProperty("after").GetProperty("year").GetInt32(),
            orphaned.GetProperty("after").GetProperty("value").GetDecimal(), orphaned.GetProperty("after").GetProperty("currency").GetString(),
            orphaned.GetProperty("after").GetProperty("qualifier").GetString(), orphaned.GetProperty("after").GetProperty("review").GetString()));
        Assert.Equal("confirmed", rows.Single(v => v.GetProperty("year").GetInt32() == 2014).GetProperty("review").GetProperty("state").GetString());
        Assert.Equal("unreviewed", rows.Single(v => v.GetProperty("year").GetInt32() == 2015).GetProperty("review").GetProperty("state").GetString());
        // Again: nothing to do.
        var again = await Json(await factory.As(ReviewApiFactory.Bob).PostAsync($"/api/v1/documents/{document}/reextract", null));
        Assert.Equal((0, 0, 2, 1), (again.GetProperty("added").GetInt32(), again.GetProperty("removed").GetInt32(), again.GetProperty("kept").GetInt32(), again.GetProperty("orphaned").GetInt32()));
        Assert.Equal(HttpStatusCode.NotFound, (await factory.As(ReviewApiFactory.Bob).PostAsync("/api/v1/documents/0123456789abcdef/reextract", null)).StatusCode);
    }

    [Fact]
    public void TheReextractVerbPrintsWhatItDid()
    {
        var db = Path.Combine(Path.GetTempPath(), $"tradeapi-reextract-{Guid.NewGuid():N}.db");
        try
        {
            Assert.Equal(0, ServiceProcess.Run(db, "seed", Path.Combine(TradeApiFactory.RepoRoot(), "data", "documents")).Exit);
            var (exit, stdout, stderr) = ServiceProcess.Run(db, "reextract");
            Assert.True(exit == 0, stderr);
            Assert.Contains("reextract: 1/1 document(s)", stdout);
            Assert.Contains("reextracted 1 document(s): 0 added, 0 removed, 3 kept, 0 orphaned", stdout);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            foreach (var f in new[] { db, db + "-wal", db + "-shm", db + ".id" }) File.Delete(f);
        }
    }

    [SqliteFact("upgrading a SQLite file of schema version 5")]
    public void SchemaStepSixGivesStoredFactsTheirConfidence()
    {
        var db = Path.Combine(Path.GetTempPath(), $"tradeapi-v5-{Guid.NewGuid():N}.db");
        try
        {
            var text = File.ReadAllText(Path.Combine(TradeApiFactory.RepoRoot(), "data", "documents", "00-belarus-kazakhstan-2013.txt"));
            var facts = TradeApi.Extraction.Extractor.Extract(text);
            var v = facts.Volumes.Single();
            using (var c = new SqliteConnection($"Data Source={db}"))
            {
                c.Open();
                TradeApi.Storage.Sqlite.SqliteMigrations.Apply(c, TradeApi.Cli.Seeder.Fills, upTo: 5);
                c.Execute("INSERT INTO documents (id, title, text, ingested_at) VALUES ('d1', 't', @text, '2026-01-01T00:00:00Z')", new { text });
                c.Execute("""
                    INSERT INTO volumes (document_id, reporter, partner, pair_key, flow, year, value, currency, qualifier, span_start, span_end, quote)
                    VALUES ('d1', @Reporter, @Partner, 'BLR-KAZ', @Flow, @Year, '1000000000', @Currency, @Qualifier, @Start, @End, @Quote)
                    """, new { v.Reporter, v.Partner, v.Flow, v.Year, v.Currency, v.Qualifier, v.Evidence.Start, v.Evidence.End, v.Evidence.Quote });
                TradeApi.Storage.Sqlite.SqliteMigrations.Apply(c, TradeApi.Cli.Seeder.Fills);
                Assert.Equal(v.Confidence.ToString(System.Globalization.CultureInfo.InvariantCulture), c.ExecuteScalar<string>("SELECT confidence FROM volumes"));
                Assert.Equal("unreviewed", c.ExecuteScalar<string>("SELECT review FROM volumes"));
            }
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            foreach (var f in new[] { db, db + "-wal", db + "-shm" }) File.Delete(f);
        }
    }

    [SqliteFact("upgrading a SQLite file of schema version 6")]
    public void SchemaStepSevenGivesStoredFiguresWhatTheyCount()
    {
        var db = Path.Combine(Path.GetTempPath(), $"tradeapi-v6-{Guid.NewGuid():N}.db");
        try
        {
            const string text = "Talks\nTrade in goods and services between Kazakhstan and China reached $20 billion in 2019. Goods trade between Kazakhstan and Russia was $18 billion in 2019.";
            var facts = TradeApi.Extraction.Extractor.Extract(text);
            Assert.Equal(["goodsAndServices", "goods"], facts.Volumes.Select(v => v.Coverage));
            using var c = new SqliteConnection($"Data Source={db}");
            c.Open();
            TradeApi.Storage.Sqlite.SqliteMigrations.Apply(c, TradeApi.Cli.Seeder.Fills, upTo: 6);
            c.Execute("INSERT INTO documents (id, title, text, ingested_at) VALUES ('d1', 't', @text, '2026-01-01T00:00:00Z')", new { text });
            foreach (var v in facts.Volumes)
                c.Execute("""
                    INSERT INTO volumes (document_id, reporter, partner, pair_key, flow, year, value, currency, qualifier, span_start, span_end, quote)
                    VALUES ('d1', @Reporter, @Partner, @Pair, @Flow, @Year, @Value, @Currency, @Qualifier, @Start, @End, @Quote)
                    """, new { v.Reporter, v.Partner, Pair = Gazetteer.PairKey(v.Reporter, v.Partner), v.Flow, v.Year, Value = v.Value.ToString(System.Globalization.CultureInfo.InvariantCulture), v.Currency, v.Qualifier, v.Evidence.Start, v.Evidence.End, v.Evidence.Quote });
            TradeApi.Storage.Sqlite.SqliteMigrations.Apply(c, TradeApi.Cli.Seeder.Fills);
            Assert.Equal(["goodsAndServices", "goods"], c.Query<string>("SELECT coverage FROM volumes ORDER BY span_start"));
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            foreach (var f in new[] { db, db + "-wal", db + "-shm" }) File.Delete(f);
        }
    }
}

using System.Text.Json;
using Dapper;
using Microsoft.Data.Sqlite;

namespace TradeApi.Tests;

// The ingest verb (issue 21, item 2): a .jsonl file of documents, extracted on every core and stored in batches, with the same
// rules and the same facts as a POST; a bad line is named and skipped.
public class BulkIngestTests
{
    [SqliteFact("the verb runs on a SQLite file of its own")]
    public void AJsonlFileIsIngestedInBatchesWithTheFactsAPostWouldStore()
    {
        var work = Path.Combine(Path.GetTempPath(), $"tradeapi-ingest-{Guid.NewGuid():N}");
        Directory.CreateDirectory(work);
        var db = Path.Combine(work, "trade.db");
        try
        {
            var founding = File.ReadAllText(Path.Combine(TradeApiFactory.RepoRoot(), "data", "documents", "00-belarus-kazakhstan-2013.txt"));
            var lines = new List<string>();
            // More than one batch, each text unique; the founding document among them, and two bad lines.
            for (var i = 0; i < Cli.IngestCommand.Batch + 20; i++)
                lines.Add(JsonSerializer.Serialize(new { title = $"Note {i}", text = $"Talks {i}\nTrade between Chile and Peru reached ${1 + i % 9}.{i % 10} billion in {2000 + i % 20}.", publishedOn = "2021-05-04", source = $"https://example.org/{i}" }));
            lines.Insert(3, JsonSerializer.Serialize(new { text = founding }));
            lines.Insert(7, """{"title": "no text"}""");
            lines.Insert(9, """{"text": "Trade reached $1 billion.", "publishedOn": "2021-13-01"}""");
            File.WriteAllLines(Path.Combine(work, "docs.jsonl"), lines);

            var (exit, stdout, stderr) = ServiceProcess.Run(db, "ingest", Path.Combine(work, "docs.jsonl"));
            Assert.Equal(1, exit);
            Assert.Contains("docs.jsonl line 8: text is required and must not be empty", stderr);
            Assert.Contains("docs.jsonl line 10: publishedOn '2021-13-01' is not an ISO 8601 date (yyyy-MM-dd)", stderr);
            Assert.Contains($"ingested {Cli.IngestCommand.Batch + 21:N0} document(s)", stdout);
            Assert.Contains($"{Cli.IngestCommand.Batch + 21:N0} new", stdout);
            Assert.Contains("2 bad line(s) skipped", stdout);

            using var c = new SqliteConnection($"Data Source={db};Pooling=False");
            Assert.Equal(Cli.IngestCommand.Batch + 21, c.ExecuteScalar<long>("SELECT COUNT(*) FROM documents"));
            Assert.Equal(Cli.IngestCommand.Batch + 20, c.ExecuteScalar<long>("SELECT COUNT(*) FROM volumes WHERE pair_key = 'CHL-PER'"));
            Assert.Equal("https://example.org/0", c.ExecuteScalar<string>("SELECT source FROM documents WHERE title = 'Note 0'"));
            // The founding document's facts are the extractor's, as a POST stores them; the summaries add up.
            var facts = Extraction.Extractor.Extract(founding);
            var id = Documents.DocumentsStore.IdOf(founding);
            Assert.Equal(facts.Volumes.Count, c.ExecuteScalar<long>("SELECT COUNT(*) FROM volumes WHERE document_id = @id", new { id }));
            Assert.Equal(facts.Targets.Count, c.ExecuteScalar<long>("SELECT COUNT(*) FROM targets WHERE document_id = @id", new { id }));
            Assert.Equal(c.ExecuteScalar<long>("SELECT COUNT(*) FROM volumes WHERE pair_key = 'CHL-PER'"), c.ExecuteScalar<long>("SELECT stated FROM pair_summary WHERE pair_key = 'CHL-PER'"));

            // Again: every text is held already, nothing new.
            var again = ServiceProcess.Run(db, "ingest", Path.Combine(work, "docs.jsonl"));
            Assert.Contains(" 0 new", again.Stdout);
            Assert.Equal(Cli.IngestCommand.Batch + 21, c.ExecuteScalar<long>("SELECT COUNT(*) FROM documents"));
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            try { Directory.Delete(work, true); } catch (IOException) { }
        }
    }

    [SqliteFact("the verb runs on a SQLite file of its own")]
    public void ATarGzOfTextsAndJsonLinesIsIngestedLikeTheFilesInIt()
    {
        var work = Path.Combine(Path.GetTempPath(), $"tradeapi-ingest-{Guid.NewGuid():N}");
        Directory.CreateDirectory(work);
        var db = Path.Combine(work, "trade.db");
        try
        {
            var archive = Path.Combine(work, "archive.tar.gz");
            using (var file = File.Create(archive))
            using (var gzip = new System.IO.Compression.GZipStream(file, System.IO.Compression.CompressionLevel.Fastest))
            using (var tar = new System.Formats.Tar.TarWriter(gzip))
            {
                void Add(string name, string content)
                {
                    var entry = new System.Formats.Tar.PaxTarEntry(System.Formats.Tar.TarEntryType.RegularFile, name)
                    {
                        DataStream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(content)),
                    };
                    tar.WriteEntry(entry);
                }
                Add("texts/one.txt", "Santiago talks\nTrade between Chile and Peru reached $4.1 billion in 2016.");
                Add("texts/empty.txt", "   ");
                Add("more/docs.jsonl", JsonSerializer.Serialize(new { title = "Lima", text = "Lima talks\nTrade between Chile and Peru was $3.2 billion in 2014.", source = "https://example.org/lima" })
                    + "\n" + """{"title": "no text"}""" + "\n");
                Add("notes/readme.md", "not a document");
            }
            var (exit, stdout, stderr) = ServiceProcess.Run(db, "ingest", archive);
            Assert.Equal(1, exit);
            Assert.Contains("archive.tar.gz:texts/empty.txt: the text is empty", stderr);
            Assert.Contains("archive.tar.gz:more/docs.jsonl line 2: text is required", stderr);
            Assert.Contains("ingested 2 document(s)", stdout);
            using var c = new SqliteConnection($"Data Source={db};Pooling=False");
            Assert.Equal(["Lima|https://example.org/lima|2014", "Santiago talks|one.txt|2016"],
                c.Query<string>("SELECT d.title || '|' || d.source || '|' || v.year FROM documents d JOIN volumes v ON v.document_id = d.id ORDER BY d.title").ToList());
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            try { Directory.Delete(work, true); } catch (IOException) { }
        }
    }
}

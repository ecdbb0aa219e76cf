using System.IO.Compression;
using System.Text;
using TradeApi.Documents;
using TradeApi.Infrastructure;

namespace TradeApi.Cli;

// `ingest PATH`: many documents at once, from a folder of .txt files (the first line is the title, as POST text/plain) or a .jsonl
// / .ndjson file (gzip too: .jsonl.gz), one JSON object {title, text, publishedOn, source} per line with the same rules as a POST.
// Documents are extracted on every core and written in batches, one transaction each; a bad line is named and skipped.
public static class IngestCommand
{
    /// <summary>Documents per batch: extracted together, stored in one transaction.</summary>
    public const int Batch = 500;

    public static async Task<int> RunAsync(string[] args, DocumentsStore store, TextWriter output, TextWriter errors)
    {
        if (args.Length == 0 || !(Directory.Exists(args[0]) || File.Exists(args[0])))
        {
            errors.WriteLine(args.Length == 0 ? "usage: TradeApi ingest FOLDER|FILE.jsonl[.gz]" : $"ingest: no such file or folder '{args[0]}'");
            return 2;
        }
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var last = TimeSpan.Zero;
        int read = 0, created = 0, volumes = 0, targets = 0, bad = 0;
        var batch = new List<DocumentInput>(Batch);
        async Task Flush()
        {
            if (batch.Count == 0) return;
            foreach (var r in await store.IngestBatchAsync(batch))
                if (r.Created) { created++; volumes += r.Facts.Volumes.Count; targets += r.Facts.Targets.Count; }
            batch.Clear();
            if (clock.Elapsed - last >= TimeSpan.FromSeconds(1))
            {
                last = clock.Elapsed;
                output.WriteLine($"ingest: {read:N0} document(s), {read / clock.Elapsed.TotalSeconds:N0}/s");
            }
        }
        foreach (var (line, input, problem) in Documents(args[0]))
        {
            if (input is null)
            {
                bad++;
                errors.WriteLine($"{line}: {problem}");
                continue;
            }
            read++;
            batch.Add(input);
            if (batch.Count == Batch) await Flush();
        }
        await Flush();
        var seconds = Math.Max(clock.Elapsed.TotalSeconds, 0.001);
        output.WriteLine($"ingested {read:N0} document(s) in {seconds:N1} s ({read / seconds:N0}/s): {created:N0} new, {volumes:N0} volume(s), {targets:N0} target(s)"
            + (bad > 0 ? $"; {bad:N0} bad line(s) skipped" : ""));
        return bad > 0 ? 1 : 0;
    }

    // Each document with where it came from ("file.txt", "docs.jsonl line 7"), or the problem with it.
    private static IEnumerable<(string Where, DocumentInput? Input, string? Problem)> Documents(string path)
    {
        if (Directory.Exists(path))
        {
            foreach (var f in Directory.GetFiles(path, "*.txt").Order(StringComparer.Ordinal))
            {
                var text = File.ReadAllText(f);
                yield return string.IsNullOrWhiteSpace(text) ? (f, null, "the text is empty")
                    : Encoding.UTF8.GetByteCount(text) > RequestBody.MaxDocumentBytes ? (f, null, $"the document is over {RequestBody.MaxDocumentBytes:N0} bytes")
                    : text.Contains('\0') ? (f, null, RequestBody.NulProblem("the text"))
                    : (f, new DocumentInput(null, text, null, Path.GetFileName(f)), null);
            }
            yield break;
        }
        Stream stream = File.OpenRead(path);
        if (path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase)) stream = new GZipStream(stream, CompressionMode.Decompress);
        using var reader = new StreamReader(stream, new UTF8Encoding(false, throwOnInvalidBytes: true));
        var n = 0;
        while (reader.ReadLine() is { } line)
        {
            n++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            var (input, problem) = RequestBody.ParseDocument(line);
            yield return ($"{Path.GetFileName(path)} line {n}", input, problem);
        }
    }
}

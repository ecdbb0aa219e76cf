using System.IO.Compression;
using System.Text;
using TradeApi.Documents;
using TradeApi.Infrastructure;

namespace TradeApi.Cli;

// `ingest PATH`: many documents at once, from a folder of .txt files (the first line is the title, as POST text/plain), a .jsonl
// / .ndjson file (gzip too: .jsonl.gz), one JSON object {title, text, publishedOn, source} per line with the same rules as a POST,
// or a .tar / .tar.gz / .tgz archive of either kind of file.
// Documents are extracted on every core and written in batches, one transaction each; a bad line is named and skipped.
public static class IngestCommand
{
    /// <summary>Documents per batch: extracted together, stored in one transaction.</summary>
    public const int Batch = 500;

    public static async Task<int> RunAsync(string[] args, DocumentsStore store, TextWriter output, TextWriter errors)
    {
        if (args.Length == 0 || !(Directory.Exists(args[0]) || File.Exists(args[0])))
        {
            errors.WriteLine(args.Length == 0 ? "usage: TradeApi ingest FOLDER|FILE.jsonl[.gz]|FILE.tar[.gz]" : $"ingest: no such file or folder '{args[0]}'");
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
                yield return TextDocument(f, File.ReadAllText(f), Path.GetFileName(f));
            yield break;
        }
        Stream stream = File.OpenRead(path);
        if (path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".tgz", StringComparison.OrdinalIgnoreCase))
            stream = new GZipStream(stream, CompressionMode.Decompress);
        if (path.EndsWith(".tar.gz", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".tgz", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".tar", StringComparison.OrdinalIgnoreCase))
        {
            // An archive of .txt files (each a document, its first line the title) and .jsonl / .ndjson files (a document per line).
            using var tar = new System.Formats.Tar.TarReader(stream);
            while (tar.GetNextEntry() is { } entry)
            {
                if (entry.EntryType is not (System.Formats.Tar.TarEntryType.RegularFile or System.Formats.Tar.TarEntryType.V7RegularFile) || entry.DataStream is null) continue;
                var where = $"{Path.GetFileName(path)}:{entry.Name}";
                if (entry.Name.EndsWith(".txt", StringComparison.OrdinalIgnoreCase))
                {
                    if (entry.Length > RequestBody.MaxDocumentBytes)
                    {
                        yield return (where, null, $"the document is over {RequestBody.MaxDocumentBytes:N0} bytes");
                        continue;
                    }
                    string? text = null, bad = null;
                    try { text = new StreamReader(entry.DataStream, new UTF8Encoding(false, throwOnInvalidBytes: true)).ReadToEnd(); }
                    catch (DecoderFallbackException) { bad = "the text is not valid UTF-8"; }
                    yield return bad is not null ? (where, null, bad) : TextDocument(where, text!, Path.GetFileName(entry.Name));
                }
                else if (entry.Name.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase) || entry.Name.EndsWith(".ndjson", StringComparison.OrdinalIgnoreCase))
                    foreach (var line in Lines(entry.DataStream, where)) yield return line;
            }
            yield break;
        }
        foreach (var line in Lines(stream, Path.GetFileName(path))) yield return line;
    }

    // A .txt document, or why it is refused: the rules of a POST text/plain.
    private static (string Where, DocumentInput? Input, string? Problem) TextDocument(string where, string text, string source) =>
        string.IsNullOrWhiteSpace(text) ? (where, null, "the text is empty")
        : Encoding.UTF8.GetByteCount(text) > RequestBody.MaxDocumentBytes ? (where, null, $"the document is over {RequestBody.MaxDocumentBytes:N0} bytes")
        : text.Contains('\0') ? (where, null, RequestBody.NulProblem("the text"))
        : (where, new DocumentInput(null, text, null, source), null);

    // One JSON document per line, with the rules of a POST.
    private static IEnumerable<(string Where, DocumentInput? Input, string? Problem)> Lines(Stream stream, string name)
    {
        using var reader = new StreamReader(stream, new UTF8Encoding(false, throwOnInvalidBytes: true));
        var n = 0;
        while (reader.ReadLine() is { } line)
        {
            n++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            var (input, problem) = RequestBody.ParseDocument(line);
            yield return ($"{name} line {n}", input, problem);
        }
    }
}

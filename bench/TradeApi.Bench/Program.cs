using System.Diagnostics;
using TradeApi.Extraction;

// Extraction throughput on one core: the corpus documents extracted one by one, repeated until 10 MB of text.
// Usage: dotnet run -c Release --project bench/TradeApi.Bench [CORPUS_DIR] [MEGABYTES]
var dir = args.Length > 0 ? args[0] : Path.Combine("..", "shared", "corpus", "dev");
var megabytes = args.Length > 1 ? int.Parse(args[1]) : 10;
var docs = Directory.GetFiles(dir, "*.txt").Concat(Directory.GetFiles("data/documents", "*.txt")).Select(File.ReadAllText).ToArray();
if (docs.Length == 0) throw new InvalidOperationException($"no documents in {dir}");

var work = new List<string>();
long chars = 0;
for (var i = 0; chars < megabytes * 1_000_000L; i++)
{
    work.Add(docs[i % docs.Length]);
    chars += docs[i % docs.Length].Length;
}
var bytes = work.Sum(d => System.Text.Encoding.UTF8.GetByteCount(d));

// Warm up over the whole workload twice, so tiered JIT and PGO have settled before anything is measured.
for (var w = 0; w < 2; w++) foreach (var d in work) Extractor.Extract(d);
var runs = new List<double>();
var cpuRuns = new List<double>();
var facts = 0;
var allocated = GC.GetTotalAllocatedBytes(precise: true);
for (var run = 0; run < 5; run++)
{
    var sw = Stopwatch.StartNew();
    var cpu = Process.GetCurrentProcess().TotalProcessorTime;
    facts = 0;
    foreach (var d in work)
    {
        var r = Extractor.Extract(d);
        facts += r.Volumes.Count + r.Targets.Count;
    }
    sw.Stop();
    runs.Add(bytes / 1e6 / sw.Elapsed.TotalSeconds);
    // CPU seconds of the whole process (GC and JIT threads included): steadier than wall time on a shared machine.
    cpuRuns.Add(bytes / 1e6 / (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds);
}
var perDoc = (GC.GetTotalAllocatedBytes(precise: true) - allocated) / 5.0 / work.Count;
runs.Sort();
cpuRuns.Sort();
Console.WriteLine($"documents={work.Count} text={bytes / 1e6:F1} MB (UTF-8) facts/run={facts}");
Console.WriteLine($"throughput MB/s on one thread: median={runs[2]:F1} min={runs[0]:F1} max={runs[4]:F1} (wall clock)");
Console.WriteLine($"throughput MB per CPU-second: median={cpuRuns[2]:F1} min={cpuRuns[0]:F1} max={cpuRuns[4]:F1} (all threads of the process)");
Console.WriteLine($"allocated per document: {perDoc / 1024:F1} KiB");

using System.Diagnostics;
using Spectre.Console;
using TradeApi.Official;

namespace TradeApi.Cli;

// An import's progress: a bar on a terminal (bytes done of the file, rows/s, time left), one plain line every few seconds when the
// output is redirected (a log, CI), so neither gets a screen of escape codes nor waits in silence.
public static class ImportProgressView
{
    public static readonly TimeSpan PlainEvery = TimeSpan.FromSeconds(3);

    public static async Task<OfficialImport.Result> RunAsync(string name, long totalBytes, Func<IProgress<ImportProgress>, Task<OfficialImport.Result>> import)
    {
        var clock = Stopwatch.StartNew();
        if (Console.IsOutputRedirected || !AnsiConsole.Profile.Capabilities.Interactive)
        {
            var last = -PlainEvery; // the first chunk is reported at once, then one line every PlainEvery
            var plain = new Inline(p =>
            {
                if (p.Phase == "reading" && clock.Elapsed - last < PlainEvery) return;
                last = clock.Elapsed;
                Console.WriteLine(Line(name, p, clock.Elapsed));
            });
            return await import(plain);
        }
        OfficialImport.Result? result = null;
        await AnsiConsole.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .StartAsync(async ctx =>
            {
                var task = ctx.AddTask(Markup.Escape(name), maxValue: Math.Max(1, totalBytes));
                result = await import(new Inline(p =>
                {
                    task.Value = Math.Min(p.BytesRead, task.MaxValue);
                    task.Description = Markup.Escape($"{name}: {p.Rows:N0} rows, {Rate(p.Rows, clock.Elapsed):N0} rows/s, {p.Phase}");
                    if (p.Phase == "done") task.Value = task.MaxValue;
                }));
            });
        return result!;
    }

    public static string Line(string name, ImportProgress p, TimeSpan elapsed)
    {
        var share = p.TotalBytes is > 0 ? (double)p.BytesRead / p.TotalBytes.Value : (double?)null;
        var left = share is > 0.01 and < 1 ? $", about {elapsed.TotalSeconds * (1 - share.Value) / share.Value:N0} s left" : "";
        var of = share is { } s ? $" ({s:P0} of {p.TotalBytes / 1e6:N1} MB read)" : "";
        return $"import {name}: {p.Phase}, {p.Rows:N0} rows{of}, {Rate(p.Rows, elapsed):N0} rows/s{(p.Phase == "reading" ? left : "")}, {elapsed.TotalSeconds:N1} s";
    }

    private static double Rate(long rows, TimeSpan elapsed) => elapsed.TotalSeconds > 0 ? rows / elapsed.TotalSeconds : 0;

    // Reports on the importing thread, in order (Progress<T> would post to the thread pool and could print after the summary).
    private sealed class Inline(Action<ImportProgress> report) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value) => report(value);
    }
}

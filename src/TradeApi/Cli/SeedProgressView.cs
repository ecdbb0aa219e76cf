using System.Diagnostics;
using Spectre.Console;
using TradeApi.Storage;

namespace TradeApi.Cli;

// The seed's progress: on a terminal a bar (documents done of total, documents/s, time left); redirected (a log, CI) one plain line
// per document with the same figures, so neither gets escape codes nor waits in silence.
public static class SeedProgressView
{
    public static async Task<Seeder.Summary> RunAsync(Func<Action<Seeder.Step>, Task<Seeder.Summary>> seed)
    {
        var clock = Stopwatch.StartNew();
        if (Console.IsOutputRedirected || !AnsiConsole.Profile.Capabilities.Interactive)
            return await seed(step => Console.WriteLine(Line(step, clock.Elapsed)));
        Seeder.Summary? result = null;
        await AnsiConsole.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .StartAsync(async ctx =>
            {
                var task = ctx.AddTask("seed", maxValue: 1);
                result = await seed(step =>
                {
                    task.MaxValue = Math.Max(1, step.Total);
                    task.Value = step.Done;
                    task.Description = Markup.Escape($"seed: {step.Done}/{step.Total} document(s), {Rate(step.Done, clock.Elapsed):N1}/s");
                });
                task.Value = task.MaxValue;
            });
        return result!;
    }

    /// "[3/12] 03-x.txt: new, 2 volume(s), 1 target(s); 14.2 documents/s, about 1 s left".
    public static string Line(Seeder.Step step, TimeSpan elapsed)
    {
        var rate = Rate(step.Done, elapsed);
        var left = step.Done < step.Total && rate > 0 ? $", about {(step.Total - step.Done) / rate:N0} s left" : "";
        return $"[{step.Done}/{step.Total}] {step.Line}; {rate:N1} documents/s{left}";
    }

    private static double Rate(int done, TimeSpan elapsed) => elapsed.TotalSeconds > 0 ? done / elapsed.TotalSeconds : 0;
}

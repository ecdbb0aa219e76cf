using System.Diagnostics;

namespace TradeApi.Tests;

// The real executable on a given database, for what only a process shows: its exit code and what it writes to standard error.
public static class ServiceProcess
{
    /// Runs the service (or a verb) until it exits, at most a minute; Exit is -1 when it was still running and had to be killed.
    public static (int Exit, string Stderr) RunToExit(string db, params string[] args)
    {
        var (exit, _, stderr) = Run(db, args);
        return (exit, stderr);
    }

    /// The same, with what it wrote to standard output (redirected, so never a terminal).
    public static (int Exit, string Stdout, string Stderr) Run(string db, params string[] args) =>
        Run(new Dictionary<string, string> { ["ConnectionStrings__Trade"] = $"Data Source={db}" }, args);

    /// <summary>The verb on the store a factory's service runs on (SQLite file or PostgreSQL database).</summary>
    public static (int Exit, string Stderr) RunToExit(TradeApiFactory factory, params string[] args)
    {
        var (exit, _, stderr) = Run(new Dictionary<string, string>
        {
            ["ConnectionStrings__Trade"] = factory.ConnectionString,
            ["Storage__Provider"] = TestStore.IsPostgres ? "Postgres" : "Sqlite",
        }, args);
        return (exit, stderr);
    }

    public static (int Exit, string Stdout, string Stderr) Run(IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var dll = typeof(Program).Assembly.Location;
        var info = new ProcessStartInfo("dotnet", [dll, .. args, "--urls", "http://127.0.0.1:0"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetDirectoryName(dll)!,
        };
        foreach (var (name, value) in environment) info.Environment[name] = value;
        info.Environment["Storage__DataPath"] = Path.Combine(TradeApiFactory.RepoRoot(), "data");
        using var p = Process.Start(info)!;
        var stderr = p.StandardError.ReadToEndAsync();
        var stdout = p.StandardOutput.ReadToEndAsync();
        if (!p.WaitForExit(60_000))
        {
            p.Kill(entireProcessTree: true);
            return (-1, "", "still running after a minute");
        }
        return (p.ExitCode, stdout.Result, stderr.Result);
    }
}

using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using Dapper;
using Microsoft.Data.Sqlite;
using TradeApi.Extraction;

namespace TradeApi.Tests;

// The real server process, killed with SIGKILL at random moments while documents are posted (CRASH_KILLS times, 5 in CI,
// 50 from bench/reliability.sh). After every restart the database passes integrity_check, every acknowledged document is
// there, and no document is there without all the facts the extractor finds in its text.
public class CrashTests(Xunit.Abstractions.ITestOutputHelper output)
{
    public static int Kills => int.TryParse(Environment.GetEnvironmentVariable("CRASH_KILLS"), out var k) ? k : 5;

    private static int FreePort()
    {
        var l = new TcpListener(IPAddress.Loopback, 0);
        l.Start();
        var port = ((IPEndPoint)l.LocalEndpoint).Port;
        l.Stop();
        return port;
    }

    private static Process Start(string db, int port)
    {
        var dll = typeof(Program).Assembly.Location;
        var info = new ProcessStartInfo("dotnet", [dll, "--urls", $"http://127.0.0.1:{port}"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetDirectoryName(dll)!,
        };
        info.Environment["ConnectionStrings__Trade"] = $"Data Source={db}";
        info.Environment["Storage__DataPath"] = Path.Combine(TradeApiFactory.RepoRoot(), "data");
        info.Environment["Auth__ApiKeys__0"] = "crash";
        info.Environment["RateLimits__WritesPerWindow"] = "1000000";
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        var p = Process.Start(info)!;
        p.OutputDataReceived += (_, _) => { };
        p.ErrorDataReceived += (_, _) => { };
        p.BeginOutputReadLine();
        p.BeginErrorReadLine();
        return p;
    }

    private static async Task WaitReady(HttpClient client, Process p)
    {
        for (var i = 0; i < 300; i++)
        {
            if (p.HasExited) throw new InvalidOperationException($"server exited with {p.ExitCode}");
            try
            {
                if ((await client.GetAsync("/health/ready")).StatusCode == HttpStatusCode.OK) return;
            }
            catch (HttpRequestException) { }
            await Task.Delay(100);
        }
        throw new TimeoutException("server did not become ready in 30 s");
    }

    [SqliteFact("the database file under a killed process")]
    public async Task KilledMidIngestionTheDatabaseKeepsEveryAcknowledgedDocumentWhole()
    {
        var db = Path.Combine(Path.GetTempPath(), $"tradeapi-crash-{Guid.NewGuid():N}.db");
        var acknowledged = new Dictionary<string, string>();
        var rng = new Random(424242);
        var n = 0;
        try
        {
            for (var kill = 0; kill <= Kills; kill++)
            {
                var port = FreePort();
                using var server = Start(db, port);
                using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(10) };
                client.DefaultRequestHeaders.Add("X-Api-Key", "crash");
                await WaitReady(client, server);
                Check(db, acknowledged);
                if (kill == Kills) { server.Kill(entireProcessTree: true); break; }

                var dead = false;
                var writers = Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
                {
                    while (!Volatile.Read(ref dead))
                    {
                        string text;
                        lock (acknowledged) text = SyntheticDocuments.Make(++n, new Random(n));
                        try
                        {
                            var r = await client.PostAsync("/api/v1/documents", new StringContent(text, Encoding.UTF8, "text/plain"));
                            if (r.StatusCode is not (HttpStatusCode.Created or HttpStatusCode.OK)) output.WriteLine($"crash: write answered {(int)r.StatusCode}");
                            if (r.StatusCode is HttpStatusCode.Created or HttpStatusCode.OK)
                            {
                                var id = JsonDocument.Parse(await r.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetString()!;
                                lock (acknowledged) acknowledged[id] = text;
                            }
                        }
                        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                        {
                            if (!Volatile.Read(ref dead)) output.WriteLine($"crash: write failed before the kill: {e.Message}");
                            return; // the server died mid-request
                        }
                    }
                })).ToList();
                // Kill while writes are flowing: after this start's first acknowledgement, at a random moment within a second.
                var before = acknowledged.Count;
                for (var w = 0; w < 200 && Volatile.Read(ref n) >= 0; w++)
                {
                    lock (acknowledged) if (acknowledged.Count > before) break;
                    await Task.Delay(50);
                }
                await Task.Delay(rng.Next(0, 1000));
                server.Kill(entireProcessTree: true); // SIGKILL: no shutdown, no flush
                Volatile.Write(ref dead, true);
                await server.WaitForExitAsync();
                await Task.WhenAll(writers);
            }
            Check(db, acknowledged);
            Assert.True(acknowledged.Count >= Kills, $"only {acknowledged.Count} documents acknowledged over {Kills} kills");
            output.WriteLine($"crash: {Kills} kills survived, {acknowledged.Count} acknowledged documents all present and whole");
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            foreach (var f in new[] { db, db + "-wal", db + "-shm", db + ".id" }) File.Delete(f);
        }
    }

    private static void Check(string db, Dictionary<string, string> acknowledged)
    {
        using var c = new SqliteConnection($"Data Source={db};Pooling=False");
        c.Open();
        Assert.Equal("ok", c.ExecuteScalar<string>("PRAGMA integrity_check"));
        var stored = c.Query<(string Id, string Text, long Facts)>(
            "SELECT d.id, d.text, (SELECT COUNT(*) FROM volumes v WHERE v.document_id = d.id) + (SELECT COUNT(*) FROM targets t WHERE t.document_id = d.id) FROM documents d")
            .ToDictionary(r => r.Id);
        lock (acknowledged)
            foreach (var id in acknowledged.Keys) Assert.True(stored.ContainsKey(id), $"acknowledged document {id} is missing");
        foreach (var (id, text, facts) in stored.Values)
        {
            var expected = Extractor.Extract(text);
            Assert.Equal(expected.Volumes.Count + expected.Targets.Count, (int)facts);
        }
    }
}

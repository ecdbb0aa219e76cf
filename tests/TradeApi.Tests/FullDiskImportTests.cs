using System.Diagnostics;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Hosting;

namespace TradeApi.Tests;

// Issue 24, item 4: an import whose staging write fails (the disk fills) answers with a problem and cleans up, instead of waiting
// for ever on a writer that died. The database lives on a small filesystem of its own (tmpfs, mounted here: root only).
public class FullDiskImportTests
{
    private static bool Run(string command, string args)
    {
        using var p = Process.Start(new ProcessStartInfo(command, args) { RedirectStandardError = true, RedirectStandardOutput = true })!;
        p.WaitForExit();
        return p.ExitCode == 0;
    }

    [SqliteFact("fills a small filesystem under a SQLite database; PostgreSQL's disk is the server's")]
    public async Task AnImportOntoAFullDiskAnswersAndLeavesNoStagingFile()
    {
        var mount = Path.Combine(Path.GetTempPath(), $"tradeapi-full-{Guid.NewGuid():N}");
        Directory.CreateDirectory(mount);
        if (!Run("mount", $"-t tmpfs -o size=12m tmpfs {mount}"))
        {
            // Not root, or a sandbox that forbids mounting: nothing to fill here (bench/faults.sh makes the same choice). It ran, and
            // failed on the code before, where mounting is allowed (the development machine and CI, both root).
            Directory.Delete(mount);
            return;
        }
        try
        {
            var db = Path.Combine(mount, "trade.db");
            using (var factory = new OnPathFactory(db))
            {
                var client = factory.CreateClient();
                client.DefaultRequestHeaders.Add("X-Api-Key", "k");
                client.Timeout = TimeSpan.FromSeconds(90);
                // About 40 MB of rows: far more than the 12 MiB the database's filesystem has left.
                var csv = new StringBuilder("refYear,reporterISO,partnerISO,flowCode,primaryValue\n");
                var codes = Extraction.Gazetteer.Default.Countries.Select(c => c.Iso3).ToArray();
                for (var r = 0; r < 120; r++)
                    for (var p = 0; p < 120; p++)
                        if (r != p)
                            for (var year = 1990; year < 2020; year++) csv.Append($"{year},{codes[r]},{codes[p]},X,{year * 7 + r * 13 + p}\n");
                var response = await client.PostAsync("/api/v1/official?dataset=too-big", new StringContent(csv.ToString(), Encoding.UTF8, "text/csv"));
                Assert.Equal(HttpStatusCode.InsufficientStorage, response.StatusCode);
                Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
                Assert.Empty(Directory.GetFiles(mount, "trade.db-import-*"));
                Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/pairs/BLR-KAZ")).StatusCode);
            }
        }
        finally
        {
            Run("umount", mount);
            try { Directory.Delete(mount, recursive: true); } catch (IOException) { }
        }
    }
}

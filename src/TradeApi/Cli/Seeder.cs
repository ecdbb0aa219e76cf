using Dapper;
using TradeApi.Documents;
using TradeApi.Official;
using TradeApi.Storage;

namespace TradeApi.Cli;

// The seeding of the `seed` verb and of the service's first start. Schema on every start; documents and official figures on the
// first start of an empty database.
public sealed class Seeder(Db db, DataPaths paths, DocumentsStore documents, OfficialImport official, Microsoft.Extensions.Options.IOptions<OfficialOptions> officialOptions,
    Rates.RatesStore rates, Microsoft.Extensions.Options.IOptions<Rates.RatesOptions> ratesOptions, ILogger<Seeder> log)
{
    /// How migrations fill the columns they add: by the extractor's rules and the pair summaries of today's code.
    public static readonly DataFills Fills = new(Reviews.Reextraction.FillConfidence, Pairs.PairSummaries.RefreshAll, Reviews.Reextraction.FillCoverage, Targets.TargetJudgements.RefreshAll);

    public sealed record Summary(int Files, int NewDocuments, int Volumes, int Targets, int OfficialRows, int Rates = 0);

    public async Task InitializeAsync(bool seed, CancellationToken ct = default)
    {
        // Through the resilience pipeline: a PostgreSQL server still starting, or briefly out of connections, is waited for.
        var applied = await db.ReadAsync(c => db.Store.Initialize(c, Fills), ct);
        if (applied > 0) log.LogInformation("Applied {Count} schema migration(s); schema version {Version}", applied, db.Store.LatestSchema);
        if (!seed) return;
        if (await SeededAsync(ct)) return;
        // Replicas starting together on one PostgreSQL database: one seeds, the others wait on the guard and then find it seeded.
        using var guardConnection = db.Open();
        using var guard = db.Store.SeedGuard(guardConnection);
        if (guard is not null && await SeededAsync(ct)) return;
        var summary = await SeedAsync(paths.Documents, OfficialFiles(), null, ct);
        log.LogInformation("Seeded {Docs} document(s) with {Volumes} volume(s) and {Targets} target(s), {Official} official row(s), {Rates} exchange rate(s)",
            summary.NewDocuments, summary.Volumes, summary.Targets, summary.OfficialRows, summary.Rates);
    }

    private async Task<bool> SeededAsync(CancellationToken ct) =>
        await db.ReadAsync(c => c.ExecuteScalar<string?>("SELECT value FROM meta WHERE key = 'seeded_at'"), ct) is not null;

    /// The official files named by Official:Paths (default data/official), relative to the folder that holds data/.
    public IReadOnlyList<string> OfficialFiles()
    {
        var configured = officialOptions.Value.Paths;
        return OfficialOptions.Files(configured.Length > 0 ? configured : [paths.Official], Path.GetDirectoryName(paths.Root) ?? paths.Root).ToList();
    }

    /// The exchange-rate files named by Rates:Paths (default data/rates): CSV files, or folders of them.
    public IReadOnlyList<string> RateFiles()
    {
        var configured = ratesOptions.Value.Paths;
        var baseDir = Path.GetDirectoryName(paths.Root) ?? paths.Root;
        return OfficialOptions.Files(configured.Length > 0 ? configured : [Path.Combine(paths.Root, "rates")], baseDir)
            .Where(f => f.EndsWith(".csv", StringComparison.OrdinalIgnoreCase)).ToList();
    }

    /// One step of a seed: a document read (Done of Total), or an official file imported, or a line to say.
    public sealed record Step(int Done, int Total, string Line);

    public async Task<Summary> SeedAsync(string documentsDir, IReadOnlyList<string> officialFiles, Action<Step>? step, CancellationToken ct = default)
    {
        var files = Directory.Exists(documentsDir) ? Directory.GetFiles(documentsDir, "*.txt").Order(StringComparer.Ordinal).ToArray() : [];
        int created = 0, volumes = 0, targets = 0, officialRows = 0, done = 0;
        // The bulk path of the ingest verb: a batch extracted on every core, stored in one transaction.
        foreach (var batch in files.Chunk(IngestCommand.Batch))
        {
            var inputs = new List<Infrastructure.DocumentInput>(batch.Length);
            foreach (var f in batch) inputs.Add(new Infrastructure.DocumentInput(null, await File.ReadAllTextAsync(f, ct), null, "data/documents/" + Path.GetFileName(f)));
            var results = await documents.IngestBatchAsync(inputs, ct);
            for (var i = 0; i < batch.Length; i++)
            {
                var result = results[i];
                done++;
                if (result.Created) { created++; volumes += result.Facts.Volumes.Count; targets += result.Facts.Targets.Count; }
                step?.Invoke(new Step(done, files.Length,
                    $"{Path.GetFileName(batch[i])}: {(result.Created ? "new" : "already stored")}, {result.Facts.Volumes.Count} volume(s), {result.Facts.Targets.Count} target(s)"));
            }
        }
        foreach (var f in officialFiles)
        {
            await using var input = File.OpenRead(f);
            var r = await official.ImportAsync(OfficialOptions.DatasetOf(f), Path.GetFileName(f), input, input.Length, null, ct);
            foreach (var e in r.Errors) step?.Invoke(new Step(done, files.Length, $"{Path.GetFileName(f)} line {e.Line}: {e.Problem}"));
            if (r.ErrorCount > 0) throw new InvalidDataException($"{f}: {r.ErrorCount} bad row(s); nothing imported from it");
            officialRows += r.Rows;
            log.LogInformation("Imported {Rows} official row(s) from {File}", r.Rows, f);
            step?.Invoke(new Step(done, files.Length, $"official {Path.GetFileName(f)}: {r.Rows} row(s)"));
        }
        var rateRows = 0;
        foreach (var f in RateFiles())
        {
            using var text = File.OpenText(f);
            var r = await rates.ImportAsync(text, Path.GetFileName(f), ct);
            foreach (var e in r.Errors) step?.Invoke(new Step(done, files.Length, $"{Path.GetFileName(f)} line {e.Line}: {e.Problem}"));
            if (r.ErrorCount > 0) throw new InvalidDataException($"{f}: {r.ErrorCount} bad row(s); no rates imported from it");
            rateRows += r.Rows;
            log.LogInformation("Imported {Rows} exchange rate(s) from {File}", r.Rows, f);
            step?.Invoke(new Step(done, files.Length, $"rates {Path.GetFileName(f)}: {r.Rows} rate(s) in {r.Currencies} currencies"));
        }
        await db.WriteAsync((c, tx) => c.Execute("INSERT INTO meta (key, value) VALUES ('seeded_at', @at) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            new { at = DateTimeOffset.UtcNow.ToString("O") }, tx), ct);
        return new Summary(files.Length, created, volumes, targets, officialRows, rateRows);
    }
}

using TradeApi.Official;
using TradeApi.Storage;

namespace TradeApi.Cli;

// `seed [DIR]` and `import FILE [DATASET]`: the same stores the service uses, with progress on stdout.
public static class Commands
{
    public static async Task<int> RunAsync(string verb, string[] args, IServiceProvider services)
    {
        if (verb == "migrate-to-postgres") return MigrateVerb(args, services);
        var seeder = services.GetRequiredService<Seeder>();
        var paths = services.GetRequiredService<DataPaths>();
        await seeder.InitializeAsync(seed: false);
        switch (verb)
        {
            case "seed":
                var dir = args.Length > 0 ? args[0] : paths.Documents;
                if (!Directory.Exists(dir))
                {
                    Console.Error.WriteLine($"seed: no such directory '{dir}'");
                    return 2;
                }
                var s = await SeedProgressView.RunAsync(step => seeder.SeedAsync(dir, args.Length > 0 ? [] : seeder.OfficialFiles(), step));
                Console.WriteLine($"seeded: {s.Files} file(s), {s.NewDocuments} new document(s), {s.Volumes} volume(s), {s.Targets} target(s), {s.OfficialRows} official row(s)");
                return 0;
            case "ingest":
                return await IngestCommand.RunAsync(args, services.GetRequiredService<Documents.DocumentsStore>(), Console.Out, Console.Error);
            case "import":
                if (args.Length == 0 || !File.Exists(args[0]))
                {
                    Console.Error.WriteLine(args.Length == 0 ? "usage: TradeApi import FILE [DATASET]" : $"import: no such file '{args[0]}'");
                    return 2;
                }
                {
                    var dataset = args.Length > 1 ? args[1] : OfficialOptions.DatasetOf(args[0]);
                    await using var input = File.OpenRead(args[0]);
                    var r = await ImportProgressView.RunAsync(Path.GetFileName(args[0]), input.Length,
                        progress => services.GetRequiredService<OfficialImport>().ImportAsync(dataset, Path.GetFileName(args[0]), input, input.Length, progress));
                    foreach (var e in r.Errors) Console.Error.WriteLine($"line {e.Line}: {e.Problem}");
                    if (r.ErrorCount > 0)
                    {
                        if (r.ErrorCount > r.Errors.Count) Console.Error.WriteLine($"... and {r.ErrorCount - r.Errors.Count} more");
                        Console.Error.WriteLine($"import: {r.ErrorCount} bad row(s); nothing imported");
                        return 1;
                    }
                    Console.WriteLine($"imported {r.Rows:N0} row(s) into dataset '{dataset}'" + (r.Skipped > 0 ? $"; skipped {r.Skipped:N0} breakdown, re-export or World row(s)" : ""));
                    return 0;
                }
            case "reextract":
            {
                // The current extractor on every stored text; reviewed facts are kept (README, Reviewing facts).
                var db = services.GetRequiredService<Db>();
                var clock = System.Diagnostics.Stopwatch.StartNew();
                var last = TimeSpan.MinValue;
                var total = await Reviews.ReviewsEndpoints.ReextractEvery(db, services.GetRequiredService<Upkeep>(), "reextract verb", (done, all) =>
                {
                    if (done < all && clock.Elapsed - last < TimeSpan.FromSeconds(1)) return;
                    last = clock.Elapsed;
                    var rate = done / Math.Max(clock.Elapsed.TotalSeconds, 0.001);
                    Console.WriteLine($"reextract: {done}/{all} document(s), {rate:F0}/s, {TimeSpan.FromSeconds((all - done) / Math.Max(rate, 0.001)):mm\\:ss} left");
                }, CancellationToken.None);
                Console.WriteLine($"reextracted {total.Documents} document(s): {total.Added} added, {total.Removed} removed, {total.Kept} kept, {total.Orphaned} orphaned");
                return 0;
            }
            case "backup":
                // A consistent copy of the live database (VACUUM INTO reads one snapshot), safe while the service runs.
                if (args.Length == 0 || File.Exists(args[0]))
                {
                    Console.Error.WriteLine(args.Length == 0 ? "usage: TradeApi backup FILE" : $"backup: '{args[0]}' exists; give a new file");
                    return 2;
                }
                if (services.GetRequiredService<Db>().Store is not Storage.Sqlite.SqliteStore)
                {
                    Console.Error.WriteLine("backup: the backup verb copies a SQLite database; back up PostgreSQL with pg_dump (README, Running at scale)");
                    return 2;
                }
                using (var c = services.GetRequiredService<Db>().Open())
                    Dapper.SqlMapper.Execute(c, "VACUUM INTO @file", new { file = Path.GetFullPath(args[0]) });
                Console.WriteLine($"backup written to {Path.GetFullPath(args[0])}");
                return 0;
            default:
                return 2;
        }
    }

    private static int MigrateVerb(string[] args, IServiceProvider services)
    {
        if (args.Length == 0)
        {
            Console.Error.WriteLine("usage: TradeApi migrate-to-postgres \"Host=...;Port=5432;Database=...;Username=...;Password=...\" (the SQLite database is the configured one)");
            return 2;
        }
        var db = services.GetRequiredService<Db>();
        Console.WriteLine($"migrate-to-postgres: from {db.DataSource}");
        var counts = MigrateToPostgres.Run(db, args[0], services.GetRequiredService<Microsoft.Extensions.Options.IOptions<StorageOptions>>().Value, Console.WriteLine);
        Console.WriteLine($"migrated {counts.Sum(c => c.Target):N0} row(s) in {counts.Count} tables; start the service with Storage:Provider=Postgres and this connection string");
        return 0;
    }
}

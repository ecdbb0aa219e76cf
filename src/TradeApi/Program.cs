using TradeApi.Checks;
using TradeApi.Cli;
using TradeApi.Countries;
using TradeApi.Documents;
using TradeApi.Health;
using TradeApi.Host;
using TradeApi.Meta;
using TradeApi.Targets;
using TradeApi.Volumes;
using TradeApi.Infrastructure;
using TradeApi.Official;
using TradeApi.Pairs;
using TradeApi.Rates;
using TradeApi.Reviews;
using TradeApi.Security;
using TradeApi.Storage;

var verb = args.Length > 0 && !args[0].StartsWith('-') ? args[0] : "serve";
if (verb == "extract") return ExtractCommand.Run(args[1..], Console.Out, Console.Error);
if (verb is not ("serve" or "seed" or "ingest" or "import" or "backup" or "reextract" or "migrate-to-postgres"))
{
    Console.Error.WriteLine($"unknown verb '{verb}'; use: serve (default), seed [DIR], ingest FOLDER|FILE.jsonl[.gz], import FILE [DATASET], reextract, backup FILE, migrate-to-postgres CONNECTION, extract FILE...");
    return 2;
}

var builder = WebApplication.CreateBuilder(verb == "serve" ? args : args.Skip(1).Where(a => a.StartsWith("--")).ToArray());
builder.Services.AddHttpConventions(builder.Configuration);
builder.Services.AddOptions<StorageOptions>().BindConfiguration(StorageOptions.Section).ValidateDataAnnotations().ValidateOnStart();
builder.Services.AddOptions<AuthOptions>().Configure<IConfiguration>(AuthOptions.Bind);
builder.Services.AddSingleton<Microsoft.Extensions.Options.IOptionsChangeTokenSource<AuthOptions>>(
    new Microsoft.Extensions.Options.ConfigurationChangeTokenSource<AuthOptions>(builder.Configuration));
builder.Services.AddOptions<OfficialOptions>().BindConfiguration(OfficialOptions.Section);
builder.Services.AddOptions<RatesOptions>().BindConfiguration(RatesOptions.Section);
builder.Services.AddSingleton(TimeProvider.System).AddSingleton<DataPaths>().AddSingleton<Db>().AddSingleton<Seeder>().AddSingleton<FailedAuth>()
    .AddSingleton(new Upkeep(new Upkeep.Keeper(PairSummaries.Refresh, PairSummaries.Add),
        new Upkeep.Keeper(TargetJudgements.Refresh, TargetJudgements.Add, TargetJudgements.RatesChanged)))
    .AddSingleton<DocumentsStore>().AddSingleton<OfficialImport>().AddSingleton<RatesStore>().AddSingleton<ReadinessProbe>().AddSingleton<IntegrityCheck>()
    .AddHostedService(s => s.GetRequiredService<IntegrityCheck>());

var app = builder.Build();

try
{
    if (verb != "serve") return await Commands.RunAsync(verb, args[1..].Where(a => !a.StartsWith("--")).ToArray(), app.Services);
    await app.Services.GetRequiredService<Seeder>().InitializeAsync(app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<StorageOptions>>().Value.SeedOnStart);
}
catch (Exception e) when (e is SchemaTooNewException or DatabaseMismatchException or System.Data.Common.DbException or IOException or UnauthorizedAccessException
                           or InvalidDataException or System.Text.DecoderFallbackException or InputTooLargeException
                           or Microsoft.Extensions.Options.OptionsValidationException)
{
    // One clear line instead of a stack dump: a newer schema, a file that is not a database, a database that cannot be opened, an
    // official file that is not valid gzip or UTF-8, or is too large once unpacked (first-start seeding and the import verb alike).
    var what = e is System.Text.DecoderFallbackException ? $"an official file is not valid UTF-8 ({e.Message})" : e.Message;
    Console.Error.WriteLine(verb == "serve" ? $"TradeApi cannot start: {what}" : $"TradeApi {verb}: {what}");
    return 1;
}

app.UseHttpConventions();
var (reads, writes) = app.ReadAndWriteGroups();
// One call per resource: each maps all its routes, reads on the read group and writes on the write group (which carries the key).
reads.MapCountriesEndpoints().MapPairsEndpoints().MapVolumesEndpoints().MapTargetsEndpoints().MapMetaEndpoints().MapCheckEndpoints().MapLandingEndpoints();
DocumentsEndpoints.Map(reads, writes);
RatesEndpoints.Map(reads, writes);
OfficialEndpoints.Map(reads, writes);
ReviewsEndpoints.Map(reads, writes);
app.MapHealthEndpoints();

await app.RunAsync();
return 0;

public partial class Program;

using System.Text.Json.Serialization;
using TradeApi.Auth;
using TradeApi.Checks;
using TradeApi.Cli;
using TradeApi.Countries;
using TradeApi.Documents;
using TradeApi.Health;
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
builder.Services.AddOptions<StorageOptions>().BindConfiguration(StorageOptions.Section).ValidateDataAnnotations().ValidateOnStart();
builder.Services.AddOptions<AuthOptions>().Configure<IConfiguration>(AuthOptions.Bind);
builder.Services.AddSingleton<Microsoft.Extensions.Options.IOptionsChangeTokenSource<AuthOptions>>(
    new Microsoft.Extensions.Options.ConfigurationChangeTokenSource<AuthOptions>(builder.Configuration));
builder.Services.AddSingleton<DataPaths>();
builder.Services.AddSingleton<Db>();
builder.Services.AddSingleton<ResponseCache>();
builder.Services.AddSingleton<DocumentsStore>();
builder.Services.AddSingleton<OfficialImport>();
builder.Services.AddOptions<OfficialOptions>().BindConfiguration(OfficialOptions.Section);
builder.Services.AddSingleton<RatesStore>();
builder.Services.AddOptions<RatesOptions>().BindConfiguration(RatesOptions.Section);
builder.Services.AddSingleton<Seeder>();
builder.Services.AddOptions<HttpOptions>().BindConfiguration(HttpOptions.Section).ValidateDataAnnotations().ValidateOnStart();
builder.Services.AddTradeRateLimits();
builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddSingleton<FailedAuth>();
builder.Services.AddSingleton<TradeApi.Health.ReadinessProbe>();
builder.Services.AddSingleton<TradeApi.Health.IntegrityCheck>();
builder.Services.AddHostedService(s => s.GetRequiredService<TradeApi.Health.IntegrityCheck>());
builder.Services.AddSingleton<IProblemDetailsWriter, ProblemJsonWriter>();
builder.Services.AddProblemDetails(o => o.CustomizeProblemDetails = Problems.Customize);
builder.Services.AddValidation();
// JSON, CSV and the contract compressed when the client accepts it (Brotli first); Vary: Accept-Encoding is set by the middleware.
builder.Services.AddResponseCompression(o =>
{
    o.EnableForHttps = true;
    o.MimeTypes = ["application/json", "application/problem+json", "text/csv", "application/yaml", "text/html", "text/css", "text/javascript"];
    o.Providers.Add<Microsoft.AspNetCore.ResponseCompression.BrotliCompressionProvider>();
    o.Providers.Add<Microsoft.AspNetCore.ResponseCompression.GzipCompressionProvider>();
});
builder.Services.Configure<Microsoft.AspNetCore.ResponseCompression.BrotliCompressionProviderOptions>(o => o.Level = System.IO.Compression.CompressionLevel.Fastest);
builder.Services.Configure<Microsoft.AspNetCore.ResponseCompression.GzipCompressionProviderOptions>(o => o.Level = System.IO.Compression.CompressionLevel.Fastest);
builder.Services.AddExceptionHandler<DatabaseExceptionHandler>();
builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.DefaultIgnoreCondition = JsonIgnoreCondition.Never);
// Dashboards read from other origins; nothing else is allowed cross-origin, and never with credentials.
builder.Services.AddCors(o => o.AddDefaultPolicy(p => p
    .WithOrigins(builder.Configuration.GetSection("Cors:Origins").Get<string[]>() ?? [])
    .WithMethods("GET", "HEAD")
    .AllowAnyHeader()
    .WithExposedHeaders("ETag", "Link")));
builder.Services.AddEndpointsApiExplorer();
builder.Services.AddSwaggerGen(o =>
{
    OpenApiContract.Configure(o);
    o.AddSecurityDefinition(ApiKeyOperationFilter.Scheme, ApiKeyOperationFilter.Definition);
    o.OperationFilter<ApiKeyOperationFilter>();
});

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

app.UseExceptionHandler();
app.UseStatusCodePages((Microsoft.AspNetCore.Diagnostics.StatusCodeContext context) => context.HttpContext.Response.HasStarted
    ? Task.CompletedTask
    : Problems.WriteAsync(context.HttpContext, Problems.ForStatus(context.HttpContext.Response.StatusCode), Problems.DetailFor(context.HttpContext)));
app.UseTradeSecurity();
// HEAD for every GET (RFC 9110 9.3.2): routed as the GET, same status and headers, the body dropped. Routing runs after this.
app.Use(async (context, next) =>
{
    if (!HttpMethods.IsHead(context.Request.Method))
    {
        await next(context);
        return;
    }
    context.Request.Method = HttpMethods.Get;
    var body = context.Response.Body;
    context.Response.Body = Stream.Null;
    try { await next(context); }
    finally
    {
        context.Response.Body = body;
        context.Request.Method = HttpMethods.Head;
    }
});
app.UseResponseCompression();
// The dashboard (wwwroot): static files, no build step; it calls the public API only.
app.UseStaticFiles();
app.UseRouting();
app.UseCors();
// Rate limits first: a throttled client gets 429, never a 304 that still read the database.
app.UseRateLimiter();
// Then ETags and the response cache: a tag or a cached body exists only for a 200 to this exact request, so a hit needs no
// further checks. Then the query string against the operation (unknown, repeated or malformed parameters are 400), then the
// format (406 when none fits).
app.UseMiddleware<ETagMiddleware>();
app.UseMiddleware<QueryContractMiddleware>();
app.UseMiddleware<NegotiationMiddleware>();
// The contract at a stable, short address: /openapi.yaml is the document Swagger serves at /swagger/v1/swagger.yaml.
app.Use((context, next) =>
{
    if (context.Request.Path.Equals("/openapi.yaml", StringComparison.OrdinalIgnoreCase)) context.Request.Path = "/swagger/v1/swagger.yaml";
    return next(context);
});
app.UseMiddleware<ContractDocuments>();
app.UseSwagger(o => o.OpenApiVersion = Microsoft.OpenApi.OpenApiSpecVersion.OpenApi3_1);
app.UseSwaggerUI(o => o.SwaggerEndpoint("/swagger/v1/swagger.json", "TradeApi v1"));
// Reads are rate-limited per client address; writes (RequireApiKey) per key.
var reads = app.MapGroup("").RequireRateLimiting(SecurityExtensions.ReadPolicy)
    .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status406NotAcceptable)
    .ProducesProblem(StatusCodes.Status414RequestUriTooLong).ProducesProblem(StatusCodes.Status429TooManyRequests);
reads.MapCountriesEndpoints();
reads.MapPairsEndpoints();
reads.MapDocumentsEndpoints();
reads.MapVolumesEndpoints();
reads.MapTargetsEndpoints();
reads.MapMetaEndpoints();
reads.MapRatesReadEndpoints();
reads.MapOfficialReadEndpoints();
reads.MapCheckEndpoints();
reads.MapReviewReadEndpoints();
reads.MapReviewQueueEndpoints();
reads.MapLandingEndpoints();
var writes = app.MapGroup("").ProducesProblem(StatusCodes.Status406NotAcceptable);
writes.MapDocumentsWriteEndpoints();
writes.MapOfficialEndpoints();
writes.MapRatesWriteEndpoints();
writes.MapReviewWriteEndpoints();
app.MapHealthEndpoints();

await app.RunAsync();
return 0;

public partial class Program;

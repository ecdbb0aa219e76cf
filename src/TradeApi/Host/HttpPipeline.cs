using System.Text.Json.Serialization;
using TradeApi.Infrastructure;
using TradeApi.Security;

namespace TradeApi.Host;

/// The HTTP conventions every resource shares, registered and put in order in one place: problem details, validation, compression,
/// CORS, rate limits, HEAD, ETags and the response cache, the query contract, negotiation and the published contract.
public static class HttpPipeline
{
    public static IServiceCollection AddHttpConventions(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<HttpOptions>().BindConfiguration(HttpOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddTradeRateLimits();
        services.AddSingleton<ResponseCache>();
        services.AddSingleton<IProblemDetailsWriter, ProblemJsonWriter>();
        services.AddProblemDetails(o => o.CustomizeProblemDetails = Problems.Customize);
        services.AddValidation();
        // JSON, CSV and the contract compressed when the client accepts it (Brotli first); Vary: Accept-Encoding is set by the middleware.
        services.AddResponseCompression(o =>
        {
            o.EnableForHttps = true;
            o.MimeTypes = ["application/json", "application/problem+json", "text/csv", "application/yaml", "text/html", "text/css", "text/javascript"];
            o.Providers.Add<Microsoft.AspNetCore.ResponseCompression.BrotliCompressionProvider>();
            o.Providers.Add<Microsoft.AspNetCore.ResponseCompression.GzipCompressionProvider>();
        });
        services.Configure<Microsoft.AspNetCore.ResponseCompression.BrotliCompressionProviderOptions>(o => o.Level = System.IO.Compression.CompressionLevel.Fastest);
        services.Configure<Microsoft.AspNetCore.ResponseCompression.GzipCompressionProviderOptions>(o => o.Level = System.IO.Compression.CompressionLevel.Fastest);
        services.AddExceptionHandler<DatabaseExceptionHandler>();
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.DefaultIgnoreCondition = JsonIgnoreCondition.Never);
        // Dashboards read from other origins; nothing else is allowed cross-origin, and never with credentials.
        services.AddCors(o => o.AddDefaultPolicy(p => p
            .WithOrigins(configuration.GetSection("Cors:Origins").Get<string[]>() ?? [])
            .WithMethods("GET", "HEAD")
            .AllowAnyHeader()
            .WithExposedHeaders("ETag", "Link")));
        services.AddEndpointsApiExplorer();
        services.AddSwaggerGen(o =>
        {
            OpenApiContract.Configure(o);
            o.AddSecurityDefinition(ApiKeyOperationFilter.Scheme, ApiKeyOperationFilter.Definition);
            o.OperationFilter<ApiKeyOperationFilter>();
        });
        return services;
    }

    public static WebApplication UseHttpConventions(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages((Microsoft.AspNetCore.Diagnostics.StatusCodeContext context) => context.HttpContext.Response.HasStarted
            ? Task.CompletedTask
            : Problems.WriteAsync(context.HttpContext, Problems.ForStatus(context.HttpContext.Response.StatusCode), Problems.DetailFor(context.HttpContext)));
        app.UseTradeSecurity();
        app.Use(HeadAsGet);
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
        return app;
    }

    /// Reads: rate-limited per client address, with the problems every read can answer. Writes: the API key is required once, on
    /// the group (RequireApiKey: 401 without it, limited per key), so no write route can be mapped without it.
    public static (RouteGroupBuilder Reads, RouteGroupBuilder Writes) ReadAndWriteGroups(this WebApplication app) =>
        (app.MapGroup("").RequireRateLimiting(SecurityExtensions.ReadPolicy)
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status406NotAcceptable)
            .ProducesProblem(StatusCodes.Status414RequestUriTooLong).ProducesProblem(StatusCodes.Status429TooManyRequests),
         app.MapGroup("").RequireApiKey().ProducesProblem(StatusCodes.Status406NotAcceptable));

    // HEAD for every GET (RFC 9110 9.3.2): routed as the GET, same status and headers, the body dropped. Routing runs after this.
    private static async Task HeadAsGet(HttpContext context, Func<Task> next)
    {
        if (!HttpMethods.IsHead(context.Request.Method))
        {
            await next();
            return;
        }
        context.Request.Method = HttpMethods.Get;
        var body = context.Response.Body;
        context.Response.Body = Stream.Null;
        try { await next(); }
        finally
        {
            context.Response.Body = body;
            context.Request.Method = HttpMethods.Head;
        }
    }
}

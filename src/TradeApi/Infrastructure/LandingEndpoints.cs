using System.ComponentModel;
using Microsoft.AspNetCore.Http.HttpResults;

namespace TradeApi.Infrastructure;

/// A resource of the API, with where to start.
public sealed record ResourceLink(string Name, [property: Description("Path of the resource's list or first operation.")] string Href, string Description);

/// The API's index: what it serves and where its contract is.
public sealed record ApiIndex(string Name, string Version, string Description, IReadOnlyList<ResourceLink> Resources,
    [property: Description("The OpenAPI contract, YAML.")] string OpenApi, [property: Description("Swagger UI.")] string Docs);

// Where a newcomer lands: / goes to the documentation, /api and /api/v1 list the resources, /openapi.yaml is the contract as served,
// /problems/{kind} documents each problem type.
public static class LandingEndpoints
{
    public static readonly ApiIndex Index = new("TradeApi", "v1",
        "Bilateral trade volumes and the targets leaders state, extracted from news documents with the sentence each came from, beside official statistics.",
        [
            new("pairs", "/api/v1/pairs", "Country pairs with facts; per pair its figures, one chart series, mirror statistics and targets with their status."),
            new("volumes", "/api/v1/volumes", "Every yearly figure as a flat row, stated and official, filterable and as CSV."),
            new("targets", "/api/v1/targets", "Every stated target with its evaluation: achieved, on track, behind, missed."),
            new("documents", "/api/v1/documents", "The source texts and the facts taken from each; /api/v1/documents/{id}/check and POST /api/v1/check judge a text's figures against the official record."),
            new("rates", "/api/v1/rates", "Annual average exchange rates (units per US dollar) that figures in other currencies are converted at."),
            new("countries", "/api/v1/countries", "The gazetteer: ISO 3166-1 codes, M49 numbers, names the extractor knows."),
            new("meta", "/api/v1/meta", "Years, flows, currencies, datasets and counts held; dataVersion changes with every write."),
            new("problems", "/problems", "The problem types errors answer with."),
        ],
        "/openapi.yaml", "/swagger");

    public static IEndpointRouteBuilder MapLandingEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/", (HttpContext http) => TypedResults.Redirect(File.Exists(Path.Combine(http.RequestServices.GetRequiredService<IWebHostEnvironment>().WebRootPath ?? "", "index.html")) ? "/index.html" : "/swagger"))
            .ExcludeFromDescription();
        app.MapGet("/api", () => TypedResults.Redirect("/api/v1")).ExcludeFromDescription();
        var meta = app.MapGroup("").WithTags("Meta");
        meta.MapGet("/api/v1", () => TypedResults.Ok(Index)).WithName("GetApiIndex").WithExamples(new() { Success = () => Index })
            .WithSummary("List the API's resources")
            .WithDescription("The resources with the path of each, and where the contract (/openapi.yaml) and Swagger UI (/swagger) are.");
        meta.MapGet("/problems", () => TypedResults.Ok(Problems.All)).WithName("ListProblemTypes").WithExamples(new() { Success = () => Problems.All.Take(2).ToList() })
            .WithSummary("List the problem types")
            .WithDescription("Every `type` a problem response (RFC 9457) can carry, with its status, title and when it is used.");
        meta.MapGet("/problems/{kind}", GetProblemType).WithName("GetProblemType").WithExamples(new() { Success = () => Problems.UnknownCountry, TryIt = new Dictionary<string, object> { ["kind"] = "unknown-country" } })
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("Describe one problem type")
            .WithDescription("The documentation a problem's `type` URI points to.");
        return app;
    }

    private static Results<Ok<ProblemKind>, ProblemHttpResult> GetProblemType([Description("The last segment of a problem type URI, e.g. unknown-country.")] string kind) =>
        Problems.All.FirstOrDefault(k => k.Type == ProblemKind.Prefix + kind) is { } found
            ? TypedResults.Ok(found)
            : Problems.NotFoundHere($"no problem type '{Text.Truncate(kind)}'; GET /problems lists them");
}

using System.Text.Json.Nodes;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace TradeApi.Infrastructure;

/// What the contract shows for one operation. The resource that serves the operation builds it from the records its endpoint returns
/// (a renamed or retyped field fails the build, not a client) and attaches it to the route with WithExamples; the contract's filters
/// read it from the endpoint's metadata, so this folder names no resource.
public sealed class OperationExamples
{
    /// The body of the success answer (200 or 201).
    public Func<object?>? Success { get; init; }

    /// JSON bodies of other answers, by status code ("207" a batch, "500" a failed readiness).
    public IReadOnlyDictionary<string, Func<object?>>? ByStatus { get; init; }

    /// The CSV answer: its header and rows through the endpoint's own row function.
    public Func<(IReadOnlyList<string> Header, IEnumerable<IReadOnlyList<object?>> Rows)>? Csv { get; init; }

    /// The SVG answer, drawn by the endpoint's own renderer.
    public Func<string>? Svg { get; init; }

    /// Request bodies by media type.
    public IReadOnlyDictionary<string, RequestExample>? Requests { get; init; }

    /// What Swagger UI's "Try it out" starts with, by parameter: values that answer with data on the seeded service.
    public IReadOnlyDictionary<string, object>? TryIt { get; init; }
}

/// A request body's example; a body sent as text (a document, CSV, NDJSON) is described as a string with what it holds.
public sealed record RequestExample(Func<JsonNode?>? Example, string? TextDescription = null, bool Binary = false);

public static class OperationExamplesExtensions
{
    /// Attaches the operation's examples to its route.
    public static TBuilder WithExamples<TBuilder>(this TBuilder builder, OperationExamples examples) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(examples);

    /// The examples attached to the operation being described, if any.
    public static OperationExamples? ExamplesOf(OperationFilterContext context) =>
        context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<OperationExamples>().LastOrDefault();
}

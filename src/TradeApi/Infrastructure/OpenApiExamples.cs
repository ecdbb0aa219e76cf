using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace TradeApi.Infrastructure;

// The examples of every operation, as the contract shows them: each from what the operation's resource attached to its route
// (OperationExamples), problems from the details the service writes (Examples.cs).
public static partial class OpenApiContract
{
    // Examples for every response and request body: JSON from the records (Examples), CSV through the endpoints' own row functions, a
    // problem each operation really answers with per status.
    private sealed class ExampleFilter : IOperationFilter
    {
        public void Apply(OpenApiOperation operation, OperationFilterContext context)
        {
            var id = operation.OperationId ?? "";
            var examples = OperationExamplesExtensions.ExamplesOf(context);
            foreach (var (code, response) in operation.Responses ?? [])
            {
                if (response is not OpenApiResponse r || r.Content is null) continue;
                foreach (var (type, media) in r.Content.Select(kv => (kv.Key, kv.Value as OpenApiMediaType)))
                {
                    if (media is null) continue;
                    if (type == "text/csv")
                    {
                        media.Schema = new OpenApiSchema { Type = JsonSchemaType.String, Description = "RFC 4180 CSV with a header row." };
                        if (examples?.Csv?.Invoke() is { } csv) media.Example = JsonValue.Create(CsvResult.Text(csv.Header, csv.Rows));
                    }
                    else if (type == "image/svg+xml")
                    {
                        media.Schema = new OpenApiSchema { Type = JsonSchemaType.String, Description = "An SVG document." };
                        if (examples?.Svg is { } svg) media.Example = JsonValue.Create(svg());
                    }
                    else if (type == "application/problem+json" && code == "404" && id.Contains("Pair", StringComparison.Ordinal) && id != "ListPairs")
                        // Two problems, two types: a country the gazetteer does not know, and a real pair nothing is held for.
                        media.Examples = new Dictionary<string, IOpenApiExample>
                        {
                            ["unknownPairData"] = new OpenApiExample { Summary = "Both countries known, no facts", Value = Node(Examples.Problem(id, code)) },
                            ["unknownCountry"] = new OpenApiExample { Summary = "A country the gazetteer does not know", Value = Node(Examples.UnknownCountryInPair) },
                        };
                    else if (type == "application/problem+json") media.Example = Node(Examples.Problem(id, code));
                    else if ((code == "200" || code == "201") && examples?.Success is { } success) media.Example = Node(success());
                    else if (examples?.ByStatus?.GetValueOrDefault(code) is { } other) media.Example = Node(other());
                }
            }
            if (operation.Responses is { } responses)
            {
                // By status, 2xx first: the order a reader looks for them in.
                var sorted = responses.OrderBy(r => r.Key, StringComparer.Ordinal).ToList();
                responses.Clear();
                foreach (var (k, v) in sorted) responses.Add(k, v);
            }
            if (operation.RequestBody is not OpenApiRequestBody body || body.Content is null) return;
            foreach (var (type, media) in body.Content.Select(kv => (kv.Key, kv.Value as OpenApiMediaType)))
            {
                if (media is null || examples?.Requests?.GetValueOrDefault(type) is not { } request) continue;
                if (request.TextDescription is { } text)
                    media.Schema = new OpenApiSchema { Type = JsonSchemaType.String, Format = request.Binary ? "binary" : null, Description = text };
                if (request.Example?.Invoke() is { } example) media.Example = example;
            }
        }
    }
}

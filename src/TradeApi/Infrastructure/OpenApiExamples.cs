using System.ComponentModel;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;
using TradeApi.Extraction;

namespace TradeApi.Infrastructure;

// The examples of every operation, as the contract shows them: each from the records the endpoints return (Examples.cs).
public static partial class OpenApiContract
{
    // Examples for every response and request body: JSON from the records (Examples), CSV through the endpoints' own row functions, a
    // problem each operation really answers with per status.
    private sealed class ExampleFilter : IOperationFilter
    {
        public void Apply(OpenApiOperation operation, OperationFilterContext context)
        {
            var id = operation.OperationId ?? "";
            foreach (var (code, response) in operation.Responses ?? [])
            {
                if (response is not OpenApiResponse r || r.Content is null) continue;
                foreach (var (type, media) in r.Content.Select(kv => (kv.Key, kv.Value as OpenApiMediaType)))
                {
                    if (media is null) continue;
                    if (type == "text/csv")
                    {
                        media.Schema = new OpenApiSchema { Type = JsonSchemaType.String, Description = "RFC 4180 CSV with a header row." };
                        if (Examples.Csv(id) is { } csv) media.Example = JsonValue.Create(CsvResult.Text(csv.Header, csv.Rows));
                    }
                    else if (type == "image/svg+xml")
                    {
                        media.Schema = new OpenApiSchema { Type = JsonSchemaType.String, Description = "An SVG document." };
                        media.Example = JsonValue.Create(Examples.ChartSvg());
                    }
                    else if (type == "application/problem+json" && code == "404" && id.Contains("Pair", StringComparison.Ordinal) && id != "ListPairs")
                        // Two problems, two types: a country the gazetteer does not know, and a real pair nothing is held for.
                        media.Examples = new Dictionary<string, IOpenApiExample>
                        {
                            ["unknownPairData"] = new OpenApiExample { Summary = "Both countries known, no facts", Value = Node(Examples.Problem(id, code)) },
                            ["unknownCountry"] = new OpenApiExample { Summary = "A country the gazetteer does not know", Value = Node(Examples.UnknownCountryInPair) },
                        };
                    else if (type == "application/problem+json") media.Example = Node(Examples.Problem(id, code));
                    else if (code == "200" || code == "201") media.Example = Node(Examples.Success(id));
                    else if (code == "207") media.Example = Node(Examples.Batch);
                    else if (id == "Ready") media.Example = Node(new Health.HealthStatus("unavailable", code == "507"
                        ? "the disk holding the database is full; nothing was stored"
                        : "the database file or its folder cannot be opened or written (read-only, immutable or missing); nothing was stored"));
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
                if (media is null) continue;
                switch (type)
                {
                    case "application/json":
                        media.Example = Node(new Documents.DocumentBody("Belarus and Kazakhstan", Examples.ExtractText[(Examples.ExtractText.IndexOf('\n') + 1)..], "2013-04-15", "https://example.org/news/1"));
                        break;
                    case Reviews.ReviewsEndpoints.MergePatch:
                        media.Example = id == "PatchVolume"
                            ? new JsonObject { ["value"] = 925922000, ["qualifier"] = "exact", ["reason"] = "IMF DOTS gives 925.9 million for 2012" }
                            : new JsonObject { ["review"] = "confirmed" };
                        break;
                    case Documents.DocumentsWriteEndpoints.Ndjson:
                        media.Schema = new OpenApiSchema { Type = JsonSchemaType.String, Description = "One JSON document {title, text, publishedOn, source} per line." };
                        media.Example = JsonValue.Create(string.Concat(
                            System.Text.Json.JsonSerializer.Serialize(new Documents.DocumentBody("Belarus and Kazakhstan", "Trade between Belarus and Kazakhstan was close to $1 billion in 2012.", "2013-04-15", "https://example.org/news/1"), Json), "\n",
                            System.Text.Json.JsonSerializer.Serialize(new Documents.DocumentBody("Armenia and Georgia", "Trade between Armenia and Georgia reached $1.2 billion in 2019.", "2020-02-01", null), Json), "\n"));
                        break;
                    case "text/plain":
                        media.Schema = new OpenApiSchema { Type = JsonSchemaType.String, Description = "The document text; its first line is the title." };
                        media.Example = JsonValue.Create(Examples.ExtractText);
                        break;
                    case "text/csv":
                        media.Schema = new OpenApiSchema { Type = JsonSchemaType.String, Description = "UN Comtrade-layout CSV with a header row." };
                        media.Example = JsonValue.Create("refYear,reporterISO,partnerISO,flowCode,primaryValue\n2012,BLR,KAZ,X,691700000\n2012,BLR,KAZ,M,234222000\n");
                        break;
                    case "application/gzip":
                        media.Schema = new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary", Description = "The same CSV, gzipped." };
                        break;
                }
            }
        }
    }
}

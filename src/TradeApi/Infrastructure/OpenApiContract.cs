using System.ComponentModel;
using System.Reflection;
using System.Text.Json.Nodes;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;
using TradeApi.Extraction;

namespace TradeApi.Infrastructure;

// The published contract, strict enough for a client generator: every property the service always writes is required (nullable
// where it can be null), fixed words are enums, parameters carry their description, accepted values and a value to try, and every
// response has an example built from the records the endpoints return (Examples), CSV ones as CSV.
public static partial class OpenApiContract
{

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.Never };

    public static JsonNode? Node(object? value) => value is null ? null : JsonSerializer.SerializeToNode(value, value.GetType(), Json);

    /// Tags in the order a newcomer needs them, each with what it holds.
    public static readonly (string Name, string Description)[] Tags =
    [
        ("Pairs", "Country pairs with facts: per pair the figures year by year, one chart-ready series, mirror statistics and the stated targets with their status."),
        ("Volumes", "Every yearly figure as a flat row: stated in a document (with its sentence) or reported by a statistics office; filterable, paged, CSV."),
        ("Targets", "Every trade target leaders stated, judged against the figures: achieved, on_track, behind, missed or no_data."),
        ("Countries", "The gazetteer: ISO 3166-1 codes, UN M49 numbers and the names, aliases and demonyms the extractor recognises."),
        ("Documents", "The source texts and the facts taken from each; posting a document runs the extractor (API key needed)."),
        ("Claim check", "Any text's figures, or a stored document's, judged against the official record: consistent, overstated, understated, not_comparable or no_data."),
        ("Official statistics", "Imports of official figures (UN Comtrade layout, IMF DOTS) and their removal (API key needed)."),
        ("Exchange rates", "Annual average rates (units per US dollar) that figures in other currencies are converted at; imports need an API key."),
        ("Reviews", "The facts waiting for an analyst, most in need first; reviews themselves are PATCH on /volumes/{id} and /targets/{id}."),
        ("Meta", "What the service holds, its resources, and the problem types errors answer with."),
        ("Health", "Liveness and readiness probes for load balancers and orchestrators."),
    ];

    public static void Configure(SwaggerGenOptions o)
    {
        o.SwaggerDoc("v1", new OpenApiInfo
        {
            Title = "TradeApi",
            Version = "v1",
            Description = """
                Bilateral trade volumes and the trade targets leaders state, extracted from news texts with the sentence each figure came from.
                Official statistics (IMF DOTS, UN Comtrade) stand beside them, and every target is judged against the figures: achieved, on track, behind or missed.
                Start with a pair (`GET /api/v1/pairs/BLR-KAZ/series`), see it drawn on [the dashboard](/), or pull rows as CSV from `/api/v1/volumes?format=csv`.
                """,
            Contact = new OpenApiContact { Name = "TradeApi maintainers" },
        });
        o.AddServer(new OpenApiServer { Url = "/", Description = "This service: paths are relative to where this document is served (http://localhost:5000 in the quick start)." });
        o.OperationFilter<ParameterFilter>();
        o.OperationFilter<ExampleFilter>();
        o.SchemaFilter<StrictSchemaFilter>();
        o.DocumentFilter<TagFilter>();
        o.SupportNonNullableReferenceTypes();
        // A history snapshot is the fact's attributes as they were: an object of plain JSON values.
        o.MapType<JsonObject>(() => new OpenApiSchema { Type = JsonSchemaType.Object, AdditionalPropertiesAllowed = true });
    }

    private static string Pascal(string name) => char.ToUpperInvariant(name[0]) + name[1..];

    // Parameters: the [Description] and validation attributes of [AsParameters] records and handler parameters carried into the
    // document: enums for vocabularies, arrays (comma-separated, explode: false) for multi-valued ones, ranges, and a value to try.
    private sealed class ParameterFilter : IOperationFilter
    {
        public void Apply(OpenApiOperation operation, OperationFilterContext context)
        {
            if (operation.Parameters is null) return;
            var tryIt = OperationExamplesExtensions.ExamplesOf(context)?.TryIt;
            foreach (var p in operation.Parameters.OfType<OpenApiParameter>())
            {
                // [AsParameters] properties are PascalCase in C#; the query (bound case-insensitively) is camelCase like the JSON.
                if (p.Name is { Length: > 0 } n && p.In == ParameterLocation.Query) p.Name = char.ToLowerInvariant(n[0]) + n[1..];
                var api = context.ApiDescription.ParameterDescriptions.FirstOrDefault(d => string.Equals(d.Name, p.Name, StringComparison.OrdinalIgnoreCase));
                var attributes = Attributes(api);
                if (attributes.OfType<DescriptionAttribute>().FirstOrDefault() is { } d) p.Description = d.Description;
                if (p.Schema is OpenApiSchema schema)
                {
                    schema.Description = null;
                    var oneOf = attributes.OfType<OneOfAttribute>().FirstOrDefault();
                    var multiple = oneOf?.Multiple == true || attributes.OfType<CountryAttribute>().Any(c => c.Multiple);
                    if (oneOf is not null && !multiple) schema.Enum = oneOf.Values.Select(v => (JsonNode)JsonValue.Create(v)).ToList();
                    if (multiple)
                    {
                        var items = new OpenApiSchema { Type = JsonSchemaType.String };
                        if (oneOf is not null) items.Enum = oneOf.Values.Select(v => (JsonNode)JsonValue.Create(v)).ToList();
                        p.Schema = new OpenApiSchema { Type = JsonSchemaType.Array, Items = items };
                        p.Style = ParameterStyle.Form;
                        p.Explode = false;
                    }
                    if (attributes.OfType<System.ComponentModel.DataAnnotations.RangeAttribute>().FirstOrDefault() is { } range)
                    {
                        schema.Minimum = Convert.ToString(range.Minimum, System.Globalization.CultureInfo.InvariantCulture);
                        schema.Maximum = Convert.ToString(range.Maximum, System.Globalization.CultureInfo.InvariantCulture);
                    }
                    if (attributes.OfType<FactIdAttribute>().Any())
                    {
                        schema.Type = JsonSchemaType.Integer;
                        schema.Format = "int64";
                        schema.Minimum = "1";
                    }
                    if (attributes.OfType<System.ComponentModel.DataAnnotations.MaxLengthAttribute>().FirstOrDefault() is { } max) schema.MaxLength = max.Length;
                    if (attributes.OfType<System.ComponentModel.DataAnnotations.RegularExpressionAttribute>().FirstOrDefault() is { } pattern) schema.Pattern = pattern.Pattern;
                }
                if (tryIt is not null && tryIt.TryGetValue(p.Name ?? "", out var value))
                    p.Example = multiple(p) ? new JsonArray(JsonValue.Create(value.ToString())) : Node(value);
            }
        }

        private static bool multiple(OpenApiParameter p) => p.Schema is OpenApiSchema { Type: JsonSchemaType.Array };

        private static List<Attribute> Attributes(Microsoft.AspNetCore.Mvc.ApiExplorer.ApiParameterDescription? api)
        {
            if (api is null) return [];
            if (api.ParameterDescriptor is IParameterInfoParameterDescriptor { ParameterInfo: { } info } && api.ModelMetadata?.ContainerType is null)
                return info.GetCustomAttributes().ToList();
            var property = api.ModelMetadata?.ContainerType?.GetProperty(api.ModelMetadata.PropertyName ?? "");
            return property?.GetCustomAttributes().ToList()
                ?? (api.ParameterDescriptor as IParameterInfoParameterDescriptor)?.ParameterInfo.GetCustomAttributes().ToList() ?? [];
        }
    }

    // Objects: required lists every property the service always writes (all of them for responses, which never omit one; the
    // non-nullable ones for request bodies), and fixed words are enums: from [OneOf] where a property has one, else by the
    // property's name, which means the same word list wherever it appears.
    private sealed class StrictSchemaFilter : ISchemaFilter
    {
        private static readonly Dictionary<string, string[]> ByName = new(StringComparer.Ordinal)
        {
            ["flow"] = Flows.All,
            ["source"] = Vocabulary.Sources,
            ["qualifier"] = Qualifiers.All,
            ["status"] = Vocabulary.Statuses,
            ["kind"] = Vocabulary.Kinds,
            ["basis"] = Vocabulary.Bases,
        };


        public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
        {
            if (schema is not OpenApiSchema s || s.Properties is not { Count: > 0 } || context.Type is null) return;
            if (context.Type == typeof(Microsoft.AspNetCore.Mvc.ProblemDetails))
            {
                Problem(s);
                return;
            }
            var nullability = new NullabilityInfoContext();
            var required = new SortedSet<string>(StringComparer.Ordinal);
            foreach (var (name, property) in s.Properties.ToList())
            {
                var member = context.Type.GetProperty(Pascal(name));
                var nullable = member is not null && (Nullable.GetUnderlyingType(member.PropertyType) is not null
                    || (!member.PropertyType.IsValueType && nullability.Create(member).ReadState == NullabilityState.Nullable));
                if (context.Type.GetCustomAttribute<InputAttribute>() is null || !nullable) required.Add(name);
                // A nullable object: its schema or null (OpenAPI 3.1 has no "nullable" beside a $ref).
                if (nullable && property is OpenApiSchemaReference reference)
                {
                    s.Properties[name] = new OpenApiSchema { AnyOf = [reference, new OpenApiSchema { Type = JsonSchemaType.Null }] };
                    continue;
                }
                if (member?.PropertyType != typeof(string) || property is not OpenApiSchema p) continue;
                var words = member.GetCustomAttribute<OneOfAttribute>()?.Values ?? (context.Type == typeof(ProblemKind) || context.Type.GetCustomAttribute<FreeWordsAttribute>() is not null ? null : ByName.GetValueOrDefault(name));
                if (words is null) continue;
                p.Enum = words.Select(w => (JsonNode?)JsonValue.Create(w)).Concat(nullable ? [null] : []).ToList()!;
            }
            s.Required = required;
        }
    }

    // Every problem the service writes has type, title, status and detail; invalid-parameter ones name each parameter in errors.
    private static void Problem(OpenApiSchema s)
    {
        foreach (var name in new[] { "type", "title", "status", "detail" })
            if (s.Properties!.TryGetValue(name, out var p) && p is OpenApiSchema property && property.Type is { } t) property.Type = t & ~JsonSchemaType.Null;
        // Two shapes, as sent: a map of parameters for invalid parameters, a list of lines for a refused import.
        s.Properties!["errors"] = new OpenApiSchema
        {
            Description = "invalid-parameter problems: each bad parameter with what is wrong with it and what it accepts (an object); a refused import (official figures, rates): the bad lines, the first 1,000 (an array of {line, problem}).",
            OneOf =
            [
                new OpenApiSchema
                {
                    Type = JsonSchemaType.Object,
                    AdditionalProperties = new OpenApiSchema { Type = JsonSchemaType.Array, Items = new OpenApiSchema { Type = JsonSchemaType.String } },
                },
                new OpenApiSchema
                {
                    Type = JsonSchemaType.Array,
                    Items = new OpenApiSchema
                    {
                        Type = JsonSchemaType.Object,
                        Required = new SortedSet<string>(["line", "problem"], StringComparer.Ordinal),
                        Properties = new Dictionary<string, IOpenApiSchema>
                        {
                            ["line"] = new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32", Description = "The line the bad row starts on (the header is line 1)." },
                            ["problem"] = new OpenApiSchema { Type = JsonSchemaType.String },
                        },
                    },
                },
            ],
        };
        s.Properties["errorCount"] = new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32", Description = "A refused import: how many bad rows it had (errors lists the first 1,000)." };
        s.Properties["traceId"] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "Identifies the request in the service's log." };
        s.Required = new SortedSet<string>(["detail", "status", "title", "type"], StringComparer.Ordinal);
        s.Description = "A problem (RFC 9457). `type` is one of the kinds GET /problems lists; branch on it, not on the text of `detail`.";
    }

    private sealed class TagFilter : IDocumentFilter
    {
        public void Apply(OpenApiDocument document, DocumentFilterContext context)
        {
            document.Tags = new HashSet<OpenApiTag>(Tags.Select(t => new OpenApiTag { Name = t.Name, Description = t.Description }));
            // Reads need no key: an empty requirement says so for every operation, and writes list theirs (ApiKeyOperationFilter).
            document.Security = [new OpenApiSecurityRequirement()];
        }
    }
}

/// On a record whose "status", "source" or "kind" are free text, not the vocabulary words those names carry elsewhere.
[AttributeUsage(AttributeTargets.Class)]
public sealed class FreeWordsAttribute : Attribute;

/// On a request body: its nullable properties may be left out (a response always writes every property, so there they are required).
[AttributeUsage(AttributeTargets.Class)]
public sealed class InputAttribute : Attribute;

using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace TradeApi.Security;

// The lock in Swagger UI on exactly the operations that need X-Api-Key.
public sealed class ApiKeyOperationFilter : IOperationFilter
{
    public const string Scheme = "ApiKey";

    public static OpenApiSecurityScheme Definition => new()
    {
        Type = SecuritySchemeType.ApiKey,
        In = ParameterLocation.Header,
        Name = ApiKeyFilter.Header,
        Description = "Writes need a key from configuration Auth:ApiKeys (environment Auth__ApiKeys__0).",
    };

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        if (!context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<RequiresApiKey>().Any()) return;
        operation.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(Scheme, context.Document)] = [] }];
    }
}

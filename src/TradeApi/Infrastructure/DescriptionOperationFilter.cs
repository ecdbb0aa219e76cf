using System.ComponentModel;
using System.Reflection;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace TradeApi.Infrastructure;

// Carries [Description] from minimal-API parameters and [AsParameters] properties into the OpenAPI document.
public sealed class DescriptionOperationFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        if (operation.Parameters is null) return;
        foreach (var p in operation.Parameters.OfType<OpenApiParameter>())
        {
            var api = context.ApiDescription.ParameterDescriptions.FirstOrDefault(d => string.Equals(d.Name, p.Name, StringComparison.OrdinalIgnoreCase));
            if (api is null) continue;
            var description = (api.ParameterDescriptor as IParameterInfoParameterDescriptor)?.ParameterInfo.GetCustomAttribute<DescriptionAttribute>()?.Description
                ?? (api.ModelMetadata?.ContainerType?.GetProperty(api.ModelMetadata.PropertyName ?? "")?.GetCustomAttribute<DescriptionAttribute>()?.Description)
                ?? (api.ModelMetadata?.ContainerType?.GetConstructors().SelectMany(c => c.GetParameters())
                    .FirstOrDefault(x => string.Equals(x.Name, api.ModelMetadata.PropertyName, StringComparison.OrdinalIgnoreCase))?.GetCustomAttribute<DescriptionAttribute>()?.Description);
            if (description is not null) p.Description = description;
        }
    }
}

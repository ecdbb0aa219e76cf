using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using TradeApi.Infrastructure;

namespace TradeApi.Auth;

public sealed class AuthOptions
{
    public const string Section = "Auth";

    /// Keys accepted in X-Api-Key for writes. None configured: every write is refused.
    public string[] ApiKeys { get; set; } = [];
}

/// Marks an endpoint as needing an API key; the OpenAPI document shows the lock for it.
public sealed class RequiresApiKey;

// Compares SHA-256 digests in fixed time, so neither the key's length nor its prefix leaks through timing; keys are never logged.
public sealed class ApiKeyFilter(IOptionsMonitor<AuthOptions> options) : IEndpointFilter
{
    public const string Header = "X-Api-Key";

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var keys = options.CurrentValue.ApiKeys.Where(k => !string.IsNullOrEmpty(k)).ToArray();
        if (keys.Length == 0)
            return Unauthorized("writes are disabled: no API keys are configured (Auth:ApiKeys)");
        var given = context.HttpContext.Request.Headers[Header].ToString();
        if (given.Length == 0)
            return Unauthorized($"this operation needs an API key in the {Header} header");
        var digest = SHA256.HashData(Encoding.UTF8.GetBytes(given));
        var ok = false;
        foreach (var k in keys)
            ok |= CryptographicOperations.FixedTimeEquals(digest, SHA256.HashData(Encoding.UTF8.GetBytes(k)));
        return ok ? await next(context) : Unauthorized($"the key in the {Header} header is not valid");
    }

    private static IResult Unauthorized(string detail) =>
        TypedResults.Problem(detail: detail, statusCode: StatusCodes.Status401Unauthorized, title: "Unauthorized");
}

public static class ApiKeyExtensions
{
    public static TBuilder RequireApiKey<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilter<TBuilder, ApiKeyFilter>().WithMetadata(new RequiresApiKey()).ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status429TooManyRequests).ProducesProblem(StatusCodes.Status414RequestUriTooLong)
            .RequireRateLimiting(Security.SecurityExtensions.WritePolicy);
}

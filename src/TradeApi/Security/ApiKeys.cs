using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using TradeApi.Infrastructure;

namespace TradeApi.Security;

public sealed class AuthOptions
{
    public const string Section = "Auth";

    /// Keys accepted in X-Api-Key for writes, each with the name the history shows. None configured: every write is refused.
    public List<ApiKey> Keys { get; } = [];

    public string[] ApiKeys => Keys.Select(k => k.Key).ToArray();

    /// Auth:ApiKeys:N:Name and Auth:ApiKeys:N:Key, or the older flat Auth:ApiKeys:N (named "key N").
    public static void Bind(AuthOptions o, IConfiguration configuration)
    {
        o.Keys.Clear();
        foreach (var entry in configuration.GetSection(Section).GetSection("ApiKeys").GetChildren())
        {
            // A section with children reads as an empty value from some providers, null from others.
            var flat = !string.IsNullOrEmpty(entry.Value);
            var key = flat ? entry.Value : entry["Key"];
            if (string.IsNullOrEmpty(key)) continue;
            o.Keys.Add(new ApiKey(!flat && entry["Name"] is { Length: > 0 } name ? name : $"key {entry.Key}", key));
        }
    }
}

/// An API key and the name changes made with it are recorded under; the key itself is never logged or shown.
public sealed record ApiKey(string Name, string Key)
{
    public override string ToString() => Name;
}

/// Marks an endpoint as needing an API key; the OpenAPI document shows the lock for it.
public sealed class RequiresApiKey;

// Compares SHA-256 digests in fixed time, so neither the key's length nor its prefix leaks through timing; keys are never logged.
// Failed attempts are counted per client address: past RateLimits:FailedAuthPerWindow the address gets 429 for every write with a
// wrong or missing key until the window ends (a valid key still passes), and each failure is logged with the address, never the key.
public sealed class ApiKeyFilter(IOptionsMonitor<AuthOptions> options, FailedAuth failures, ILogger<ApiKeyFilter> log) : IEndpointFilter
{
    public const string Header = "X-Api-Key";

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var address = http.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        var keys = options.CurrentValue.Keys;
        if (keys.Count == 0)
            return Unauthorized("writes are disabled: no API keys are configured (Auth:ApiKeys)");
        var given = http.Request.Headers[Header].ToString();
        var match = given.Length == 0 ? null : Match(keys, given);
        if (match is not null)
        {
            // A valid key is never blocked by someone else's guesses from the same address (a shared office or balancer).
            http.Items[NameItem] = match.Name;
            return await next(context);
        }
        if (failures.Blocked(address, out var retryAfter)) return TooMany(http, retryAfter);
        return Fail(http, address, given.Length == 0 ? $"this operation needs an API key in the {Header} header" : $"the key in the {Header} header is not valid");
    }

    /// The configured key that equals the one given, if any. Every key is compared, so the time taken does not say which one matched.
    public static ApiKey? Match(IReadOnlyList<ApiKey> keys, string given)
    {
        var digest = SHA256.HashData(Encoding.UTF8.GetBytes(given));
        ApiKey? match = null;
        foreach (var k in keys)
            if (CryptographicOperations.FixedTimeEquals(digest, SHA256.HashData(Encoding.UTF8.GetBytes(k.Key)))) match ??= k;
        return match;
    }

    private const string NameItem = "TradeApi.ApiKeyName";

    /// The name of the key that authorised this request.
    public static string NameOf(HttpContext http) => http.Items[NameItem] as string ?? "unknown";

    private IResult Fail(HttpContext http, string address, string detail)
    {
        var count = failures.Record(address);
        // The path is the client's own text: cut, so a flood of failures cannot flood the log with it.
        var path = http.Request.Path.ToString();
        log.LogWarning("Failed API key for {Method} {Path} from {Address} ({Count} in this window)", http.Request.Method,
            path.Length > 100 ? path[..100] + "…" : path, address, count);
        return Unauthorized(detail);
    }

    private static IResult TooMany(HttpContext http, int retryAfter)
    {
        http.Response.Headers.RetryAfter = retryAfter.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return Problems.Of(Problems.RateLimited, $"too many failed API keys from this address; retry after {retryAfter} second(s)");
    }

    private static IResult Unauthorized(string detail) =>
        Problems.Of(Problems.Unauthorized, detail);
}

/// <summary>Failed authentications per client address in fixed windows.</summary>
public sealed class FailedAuth(IOptionsMonitor<Security.RateLimitOptions> limits, TimeProvider clock)
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, (long Window, int Count)> _counts = new();

    private long Window(out int secondsLeft)
    {
        var seconds = limits.CurrentValue.WindowSeconds;
        var now = clock.GetUtcNow().ToUnixTimeSeconds();
        secondsLeft = (int)(seconds - now % seconds);
        return now / seconds;
    }

    public bool Blocked(string address, out int retryAfter)
    {
        var window = Window(out retryAfter);
        return _counts.TryGetValue(address, out var c) && c.Window == window && c.Count >= limits.CurrentValue.FailedAuthPerWindow;
    }

    public int Record(string address)
    {
        var window = Window(out _);
        // Old windows are dropped as they are met, so the table holds at most the addresses of one window.
        if (_counts.Count > 100_000) foreach (var (k, v) in _counts) if (v.Window != window) _counts.TryRemove(k, out _);
        return _counts.AddOrUpdate(address, (window, 1), (_, c) => c.Window == window ? (window, c.Count + 1) : (window, 1)).Count;
    }
}

public static class ApiKeyExtensions
{
    public static TBuilder RequireApiKey<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilter<TBuilder, ApiKeyFilter>().WithMetadata(new RequiresApiKey()).ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status429TooManyRequests).ProducesProblem(StatusCodes.Status414RequestUriTooLong)
            .RequireRateLimiting(Security.SecurityExtensions.WritePolicy);
}

using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using TradeApi.Infrastructure;

namespace TradeApi.Security;

public static class SecurityExtensions
{
    public const string ReadPolicy = "reads";
    public const string WritePolicy = "writes";

    /// <summary>HttpContext item naming the partition a request was counted in, for its 429's Retry-After.</summary>
    private const string PartitionItem = "rate-partition";

    // Reads are limited per client address, writes per API key (the address when no key is sent), each in a fixed window.
    public static IServiceCollection AddTradeRateLimits(this IServiceCollection services)
    {
        services.AddOptions<RateLimitOptions>().BindConfiguration(RateLimitOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<RateWindows>();
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy(ReadPolicy, context =>
            {
                var limits = context.RequestServices.GetRequiredService<IOptions<RateLimitOptions>>().Value;
                return Partition(context, "read:" + Address(context), limits.ReadsPerWindow, limits.WindowSeconds);
            });
            o.AddPolicy(WritePolicy, context =>
            {
                var limits = context.RequestServices.GetRequiredService<IOptions<RateLimitOptions>>().Value;
                var key = context.Request.Headers[ApiKeyFilter.Header].ToString();
                // A configured key has a bucket of its own, named by the key's name (never the key); any other key shares its address's
                // bucket, so random wrong keys cannot make a bucket each and grow memory without bound.
                var valid = key.Length > 0 ? ApiKeyFilter.Match(context.RequestServices.GetRequiredService<IOptionsMonitor<AuthOptions>>().CurrentValue.Keys, key) : null;
                var partition = valid is not null ? "key:" + valid.Name : "write:" + Address(context);
                return Partition(context, partition, limits.WritesPerWindow, limits.WindowSeconds);
            });
            o.OnRejected = (context, ct) => new ValueTask(RejectAsync(context.HttpContext, context.Lease));
        });
        return services;
    }

    /// A fixed-window partition whose window start is noted (RateWindows), and the request told which partition counted it.
    internal static RateLimitPartition<string> Partition(HttpContext context, string partition, int permits, int seconds)
    {
        var windows = context.RequestServices.GetRequiredService<RateWindows>();
        context.Items[PartitionItem] = (partition, seconds);
        return RateLimitPartition.GetFixedWindowLimiter(partition, key =>
        {
            windows.Begin(key);
            return Window(permits, seconds);
        });
    }

    /// <summary>429 problem+json with Retry-After: the seconds left in the client's window (the lease gives the window's whole
    /// length, which told every client to wait a full minute); every rate limit answers alike.</summary>
    internal static Task RejectAsync(HttpContext context, RateLimitLease lease)
    {
        var left = context.Items[PartitionItem] is (string partition, int window) ? context.RequestServices.GetRequiredService<RateWindows>().SecondsLeft(partition, window) : null;
        var seconds = left ?? (lease.TryGetMetadata(MetadataName.RetryAfter, out var retry) ? (int)Math.Ceiling(retry.TotalSeconds) : 1);
        context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        return Problems.WriteAsync(context, Problems.RateLimited, $"the rate limit for this client is reached; retry after {seconds} second(s)");
    }

    internal static FixedWindowRateLimiterOptions Window(int permits, int seconds) =>
        new() { PermitLimit = permits, Window = TimeSpan.FromSeconds(seconds), QueueLimit = 0, AutoReplenishment = true };

    internal static string Address(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    // nosniff, no-referrer, no framing; and a cap on the query string before anything parses it.
    public static IApplicationBuilder UseTradeSecurity(this IApplicationBuilder app)
    {
        var options = app.ApplicationServices.GetRequiredService<IOptions<HttpOptions>>().Value;
        // Behind a load balancer every request comes from the balancer: the client's address (for rate limits and failed-key
        // counting) and scheme are taken from X-Forwarded-For/-Proto, but only when the request comes from a proxy named here.
        if (options.TrustedProxies.Length > 0)
        {
            var forwarded = new ForwardedHeadersOptions { ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto, ForwardLimit = 1 };
            forwarded.KnownProxies.Clear();
            forwarded.KnownIPNetworks.Clear();
            foreach (var proxy in options.TrustedProxies) forwarded.KnownProxies.Add(System.Net.IPAddress.Parse(proxy));
            app.UseForwardedHeaders(forwarded);
        }
        if (options.HttpsRedirect) app.UseHttpsRedirection();
        return app.Use(async (context, next) =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "no-referrer";
            headers.XFrameOptions = "DENY";
            if (context.Request.QueryString.Value is { } q && q.Length > options.MaxQueryLength)
            {
                await Problems.WriteAsync(context, Problems.UriTooLong, $"the query string is {q.Length} characters; the limit is {options.MaxQueryLength}");
                return;
            }
            await next(context);
        });
    }
}

/// <summary>When each rate-limit partition's window began: a fixed window replenishes every window length from the moment its
/// limiter was made, so the time left is the window minus the time since then, modulo the window.</summary>
public sealed class RateWindows(TimeProvider clock)
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, long> _started = new(StringComparer.Ordinal);

    public void Begin(string partition)
    {
        // Bounded: partitions are per address and per key; past this many the table starts again (a 429 then says the whole window).
        if (_started.Count > 100_000) _started.Clear();
        _started[partition] = clock.GetTimestamp();
    }

    public int? SecondsLeft(string partition, int windowSeconds)
    {
        if (!_started.TryGetValue(partition, out var started) || windowSeconds <= 0) return null;
        var into = clock.GetElapsedTime(started).TotalSeconds % windowSeconds;
        return Math.Max(1, (int)Math.Ceiling(windowSeconds - into));
    }
}

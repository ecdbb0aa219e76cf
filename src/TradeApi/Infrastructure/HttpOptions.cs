using System.ComponentModel.DataAnnotations;

namespace TradeApi.Infrastructure;

/// How the service speaks HTTP (section Http): HTTPS redirect, query length, trusted proxies, the response cache.
public sealed class HttpOptions
{
    public const string Section = "Http";

    /// Redirect HTTP to HTTPS; for deployments that terminate TLS in Kestrel.
    public bool HttpsRedirect { get; set; }

    /// Longest accepted query string, in characters; longer answers 414.
    [Range(64, 65_536)]
    public int MaxQueryLength { get; set; } = 2048;

    /// Addresses of the load balancers in front of the service (e.g. 10.0.0.5); from them, and only from them, X-Forwarded-For
    /// names the client whose rate limits apply and X-Forwarded-Proto the scheme. Empty: the connection's own address counts.
    [TrustedProxies]
    public string[] TrustedProxies { get; set; } = [];

    /// Memory for serialized GET responses of the current data version, in MiB; 0 turns the cache off.
    [Range(0, 4096)]
    public int ResponseCacheMegabytes { get; set; } = 48;
}

/// <summary>Each entry is an IP address (v4 or v6).</summary>
public sealed class TrustedProxiesAttribute : ValidationAttribute
{
    public override bool IsValid(object? value) => value is not string[] list || list.All(a => System.Net.IPAddress.TryParse(a, out _));

    public override string FormatErrorMessage(string name) => $"{name}: every entry must be an IP address";
}

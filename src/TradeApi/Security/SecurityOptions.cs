using System.ComponentModel.DataAnnotations;

namespace TradeApi.Security;

public sealed class RateLimitOptions
{
    public const string Section = "RateLimits";

    /// Requests per window from one client address to read endpoints.
    [Range(1, 1_000_000)]
    public int ReadsPerWindow { get; set; } = 600;

    /// Requests per window with one API key to write endpoints.
    [Range(1, 1_000_000)]
    public int WritesPerWindow { get; set; } = 120;

    /// Wrong or missing API keys per window from one client address; past it, every write from that address answers 429
    /// until the window ends, so keys cannot be guessed at line speed.
    [Range(1, 1_000_000)]
    public int FailedAuthPerWindow { get; set; } = 20;

    [Range(1, 3600)]
    public int WindowSeconds { get; set; } = 60;
}

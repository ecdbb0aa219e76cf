using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.Net.Http.Headers;

namespace TradeApi.Infrastructure;

// Content negotiation, once per request before the handler: format= wins over Accept; otherwise the Accept entry with the highest
// q-value that the operation can produce (application/json always, text/csv where the operation lists it), a specific type before a
// wildcard at equal q, then the order given. Nothing acceptable answers 406 naming what is offered. Problems are always problem+json.
public static class Negotiation
{
    public const string Json = "json";
    public const string Csv = "csv";
    private const string ItemKey = "TradeApi.Format";

    /// The format chosen for this request (json when negotiation did not run, as for an endpoint with one representation).
    public static string Chosen(HttpContext context) => context.Items[ItemKey] as string ?? Choose(context.Request, csvOffered: true) ?? Json;

    /// json, csv, or null when the Accept header allows neither.
    public static string? Choose(HttpRequest request, bool csvOffered)
    {
        var format = Vocabulary.Canonical(Vocabulary.Formats, request.Query["format"].ToString());
        if (format is not null) return format == Csv && !csvOffered ? null : format;
        var header = request.Headers.Accept;
        if (header.Count == 0 || !MediaTypeHeaderValue.TryParseList(header, out var entries) || entries.Count == 0) return Json;
        string? best = null;
        var bestQ = 0.0;
        var bestSpecific = false;
        foreach (var entry in entries)
        {
            var q = entry.Quality ?? 1.0;
            if (q <= 0) continue;
            var type = entry.MediaType.Value?.ToLowerInvariant();
            var (candidate, specific) = type switch
            {
                "application/json" => (Json, true),
                "text/csv" when csvOffered => (Csv, true),
                "application/*" or "*/*" => (Json, false),
                "text/*" when csvOffered => (Csv, false),
                _ => ((string?)null, false),
            };
            if (candidate is null) continue;
            if (q > bestQ || (q == bestQ && specific && !bestSpecific))
            {
                (best, bestQ, bestSpecific) = (candidate, q, specific);
            }
        }
        return best;
    }

    public static bool OffersCsv(Endpoint endpoint) =>
        endpoint.Metadata.OfType<IProducesResponseTypeMetadata>().Any(m => m.StatusCode == 200 && m.ContentTypes.Contains("text/csv"));
}

public sealed class NegotiationMiddleware(RequestDelegate next)
{
    // Per endpoint, read once from its metadata: whether it negotiates at all, and whether it offers CSV.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<Endpoint, (bool Negotiates, bool Csv)> _offers = new();

    public Task InvokeAsync(HttpContext context)
    {
        if (context.GetEndpoint() is not { } endpoint) return next(context);
        var (negotiates, csv) = _offers.GetOrAdd(endpoint, e =>
        {
            var types = e.Metadata.OfType<IProducesResponseTypeMetadata>().Where(m => m.StatusCode == 200).SelectMany(m => m.ContentTypes).ToList();
            // Minimal-API operations only; one whose one representation is not JSON (the SVG chart) answers it whatever Accept says.
            var negotiates = e.Metadata.GetMetadata<System.Reflection.MethodInfo>() is not null && (types.Count == 0 || types.Contains("application/json"));
            return (negotiates, Negotiation.OffersCsv(e));
        });
        if (!negotiates) return next(context);
        var chosen = Negotiation.Choose(context.Request, csv);
        if (chosen is null)
            return Problems.WriteAsync(context, Problems.NotAcceptable,
                $"cannot answer '{Text.Truncate(context.Request.Headers.Accept.ToString())}'; this operation produces application/json{(csv ? " and text/csv (or format=csv)" : "")}");
        context.Items["TradeApi.Format"] = chosen;
        return next(context);
    }
}

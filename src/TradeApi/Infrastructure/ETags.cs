using System.Security.Cryptography;
using System.Text;
using TradeApi.Storage;

namespace TradeApi.Infrastructure;

// Strong ETags for GET: a digest of the data version, the URL and the negotiated format. Every write bumps the version, so the tag
// changes with anything that can change the body; If-None-Match answers 304 before the handler runs.
public sealed class ETagMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, Db db)
    {
        var request = context.Request;
        if (!(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method)) || !request.Path.StartsWithSegments("/api"))
        {
            await next(context);
            return;
        }
        string version;
        try
        {
            version = await db.ReadAsync(DataVersion.Read, context.RequestAborted);
        }
        catch (Exception e) when (e is Microsoft.Data.Sqlite.SqliteException or Polly.Timeout.TimeoutRejectedException)
        {
            await next(context);
            return;
        }
        var accept = request.Headers.Accept.ToString().Contains("text/csv", StringComparison.OrdinalIgnoreCase) ? "csv" : "json";
        var digest = SHA256.HashData(Encoding.UTF8.GetBytes($"{version}\n{request.Path}\n{request.QueryString}\n{accept}"));
        var etag = $"\"{Convert.ToHexStringLower(digest)[..20]}\"";
        var tags = request.Headers.IfNoneMatch.Where(v => v is not null).SelectMany(v => v!.Split(',')).Select(t => t.Trim()).ToList();
        // "*" matches only a resource that exists: the handler decides, and a 200 becomes a 304 with its body dropped.
        var any = tags.Contains("*");
        context.Response.OnStarting(() =>
        {
            if (context.Response.StatusCode == StatusCodes.Status200OK)
            {
                context.Response.Headers.ETag = etag;
                context.Response.Headers.CacheControl = "no-cache";
                // The body depends on Accept, and (through CORS headers) on Origin: append to what CORS wrote, never overwrite it.
                foreach (var header in (ReadOnlySpan<string>)["Accept", "Origin"])
                    if (!context.Response.Headers.Vary.Any(v => v?.Contains(header, StringComparison.OrdinalIgnoreCase) == true))
                        context.Response.Headers.Append("Vary", header);
                if (any)
                {
                    context.Response.StatusCode = StatusCodes.Status304NotModified;
                    context.Response.ContentType = null;
                    context.Response.ContentLength = null;
                }
            }
            return Task.CompletedTask;
        });
        // Weak comparison (RFC 9110 13.1.2): a proxy that compresses turns "x" into W/"x", and it is still the same representation.
        if (tags.Any(t => t == etag || (t.StartsWith("W/", StringComparison.Ordinal) && t[2..] == etag)))
        {
            context.Response.StatusCode = StatusCodes.Status304NotModified;
            context.Response.Headers.ETag = etag;
            context.Response.Headers.CacheControl = "no-cache";
            return;
        }
        if (any)
        {
            // Buffered, so a 404 or 400 still reaches the client whole while a 200 is dropped for its 304.
            var body = context.Response.Body;
            using var buffer = new MemoryStream();
            context.Response.Body = buffer;
            try { await next(context); }
            finally { context.Response.Body = body; }
            if (context.Response.StatusCode != StatusCodes.Status200OK)
            {
                buffer.Position = 0;
                await buffer.CopyToAsync(body, context.RequestAborted);
            }
            return;
        }
        await next(context);
    }
}

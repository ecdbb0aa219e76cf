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
        context.Response.OnStarting(() =>
        {
            if (context.Response.StatusCode == StatusCodes.Status200OK)
            {
                context.Response.Headers.ETag = etag;
                context.Response.Headers.CacheControl = "no-cache";
                context.Response.Headers.Vary = "Accept";
            }
            return Task.CompletedTask;
        });
        if (request.Headers.IfNoneMatch.Any(v => v is not null && (v == "*" || v.Split(',').Select(s => s.Trim()).Contains(etag))))
        {
            context.Response.StatusCode = StatusCodes.Status304NotModified;
            context.Response.Headers.ETag = etag;
            context.Response.Headers.CacheControl = "no-cache";
            return;
        }
        await next(context);
    }
}

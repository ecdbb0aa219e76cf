using System.Security.Cryptography;
using System.Text;
using TradeApi.Storage;

namespace TradeApi.Infrastructure;

// Strong ETags for GET: a digest of the data version, the URL and the negotiated format. Every write bumps the version, so the tag
// changes with anything that can change the body; If-None-Match answers 304 before the handler runs. A 200 body of up to
// ResponseCache.MaxEntryBytes is kept under its tag and served from memory until the data version changes.
public sealed partial class ETagMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, ResponseCache cache, Db db)
    {
        var request = context.Request;
        if (!(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method)) || !request.Path.StartsWithSegments("/api")
            || context.GetEndpoint()?.Metadata.GetMetadata<OwnETag>() is not null)
        {
            await next(context);
            return;
        }
        string version;
        try
        {
            // SQLite: PRAGMA data_version on a connection of its own; PostgreSQL: the version row, one query shared by requests arriving together.
            version = await db.Store.CurrentVersionAsync();
        }
        catch (Exception e) when (db.Store.IsDatabaseError(e) || e is Polly.Timeout.TimeoutRejectedException)
        {
            await next(context);
            return;
        }
        // The representation depends on the query (format=), Accept and Accept-Encoding (a compressed body is another
        // representation, RFC 9110 8.8.3): all three, as sent, are in the tag. Taken raw, so a hit needs no parsing at all.
        var digest = SHA256.HashData(Encoding.UTF8.GetBytes(
            $"{version}\n{request.Path}\n{request.QueryString}\n{request.Headers.Accept}\n{request.Headers.AcceptEncoding}"));
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
                // The body depends on Accept, and (through CORS headers) on Origin: append to what CORS and compression wrote.
                foreach (var header in (ReadOnlySpan<string>)["Accept", "Accept-Encoding", "Origin"])
                    if (!HasToken(context.Response.Headers.Vary, header)) context.Response.Headers.Append("Vary", header);
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
        async Task Serve(ResponseCache.Entry hit)
        {
            context.Response.StatusCode = StatusCodes.Status200OK;
            context.Response.ContentType = hit.ContentType;
            if (hit.Link is not null) context.Response.Headers.Link = hit.Link;
            context.Response.ContentLength = hit.Body.Length;
            await context.Response.Body.WriteAsync(hit.Body, context.RequestAborted);
        }
        if (!any && cache.TryGet(version, etag, out var hit))
        {
            await Serve(hit);
            return;
        }
        // A HEAD (routed as a GET with its body dropped, see Program.cs) has nothing to keep.
        if (!any && cache.Enabled && HttpMethods.IsGet(request.Method) && context.Response.Body != Stream.Null)
        {
            // One computation per representation at a time: requests for the same tag arriving while it is computed wait for it
            // (at most ResponseCache.JoinWait) and are served what it kept, instead of each doing the same work at once.
            var mine = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var running = cache.InFlight.GetOrAdd(etag, mine);
            if (running != mine)
            {
                try { await running.Task.WaitAsync(ResponseCache.JoinWait, context.RequestAborted); }
                catch (TimeoutException) { }
                if (cache.TryGet(version, etag, out hit))
                {
                    await Serve(hit);
                    return;
                }
            }
            // Kept while it streams out: the client is not made to wait for the copy.
            var original = context.Response.Body;
            var tee = new TeeStream(original, ResponseCache.MaxEntryBytes);
            context.Response.Body = tee;
            try
            {
                await next(context);
                if (context.Response.StatusCode == StatusCodes.Status200OK && tee.Captured is { } body)
                    cache.Add(version, etag, new ResponseCache.Entry(body, context.Response.ContentType ?? "application/json", context.Response.Headers.Link.ToString() is { Length: > 0 } l ? l : null));
            }
            finally
            {
                context.Response.Body = original;
                if (running == mine)
                {
                    cache.InFlight.TryRemove(new KeyValuePair<string, TaskCompletionSource>(etag, mine));
                    mine.TrySetResult();
                }
            }
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

public sealed partial class ETagMiddleware
{
    /// Whether a comma-separated header lists the token (whole, any case): "Accept-Encoding" does not list "Accept".
    internal static bool HasToken(Microsoft.Extensions.Primitives.StringValues values, string token)
    {
        foreach (var value in values)
            foreach (var part in (value ?? "").AsSpan().Split(','))
                if ((value ?? "").AsSpan()[part].Trim().Equals(token, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }
}

// Writes through to the response and keeps a copy up to a limit; past it the copy is dropped (Captured is then null).
internal sealed class TeeStream(Stream inner, int limit) : Stream
{
    private MemoryStream? _copy = new();

    public byte[]? Captured => _copy?.ToArray();

    private void Keep(ReadOnlySpan<byte> data)
    {
        if (_copy is null) return;
        if (_copy.Length + data.Length > limit) _copy = null;
        else _copy.Write(data);
    }

    public override void Write(byte[] buffer, int offset, int count)
    {
        Keep(buffer.AsSpan(offset, count));
        inner.Write(buffer, offset, count);
    }

    public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken ct = default)
    {
        Keep(buffer.Span);
        await inner.WriteAsync(buffer, ct);
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken ct) => WriteAsync(buffer.AsMemory(offset, count), ct).AsTask();
    public override void Flush() => inner.Flush();
    public override Task FlushAsync(CancellationToken ct) => inner.FlushAsync(ct);
    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => true;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
}

/// Marks an endpoint whose ETag is its resource's own (a fact's revision), which the data-version ETags leave alone.
public sealed class OwnETag;

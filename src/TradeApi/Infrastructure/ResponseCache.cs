using System.IO.Compression;
using Microsoft.Extensions.Caching.Memory;

namespace TradeApi.Infrastructure;

// Serialized 200 responses of the current data version, keyed by their ETag. A new version starts an empty cache, so nothing is ever
// served from before a write; the size is bounded and the least recently used entries go first.
//
// Two tiers share the memory: answers as they were sent, and below them the answers the first tier let go, kept Brotli-compressed
// (a pair series in about a sixth of its bytes). A hit in the second tier is decompressed and served, and stays where it is; so the
// answers read again and again (the hot pair, the first page of /pairs) are served as sent, and the long tail of a dashboard's
// random reads (20,557 pair series on the full IMF matrix) fits in memory instead of a third of it (bench/README.md).
public sealed class ResponseCache(Microsoft.Extensions.Options.IOptions<HttpOptions> options)
{
    public const int MaxEntryBytes = 1024 * 1024;

    /// The longest a request waits for the same representation being computed by another before computing it itself.
    public static readonly TimeSpan JoinWait = TimeSpan.FromSeconds(10);

    /// Representations being computed now, by tag: a request for one of them waits for that computation.
    public System.Collections.Concurrent.ConcurrentDictionary<string, TaskCompletionSource> InFlight { get; } = new();
    private readonly long _maxBytes = options.Value.ResponseCacheMegabytes * 1024L * 1024;
    public bool Enabled => _maxBytes > 0;

    public sealed record Entry(byte[] Body, string ContentType, string? Link);

    // An entry of the second tier: the body compressed, with its length as sent.
    private sealed record Packed(byte[] Compressed, int Length, string ContentType, string? Link);

    private sealed record Tiers(MemoryCache Sent, MemoryCache Packed);

    private readonly Lock _gate = new();
    private string _version = "";
    private Tiers? _tiers;

    private Tiers For(string version)
    {
        lock (_gate)
        {
            if (_version != version || _tiers is null)
            {
                // Dropped, not disposed: a request still holding the old cache finishes with it, and the collector takes it after.
                _tiers = new Tiers(new MemoryCache(new MemoryCacheOptions { SizeLimit = _maxBytes / 2 }), new MemoryCache(new MemoryCacheOptions { SizeLimit = _maxBytes / 2 }));
                _version = version;
            }
            return _tiers;
        }
    }

    public bool TryGet(string version, string etag, out Entry entry)
    {
        entry = null!;
        if (!Enabled) return false;
        var tiers = For(version);
        if (tiers.Sent.TryGetValue(etag, out var found) && found is Entry e)
        {
            entry = e;
            return true;
        }
        if (!tiers.Packed.TryGetValue(etag, out var packed) || packed is not Packed p) return false;
        var body = new byte[p.Length];
        if (!BrotliDecoder.TryDecompress(p.Compressed, body, out var written) || written != p.Length) return false;
        entry = new Entry(body, p.ContentType, p.Link);
        return true;
    }

    public void Add(string version, string etag, Entry entry)
    {
        if (!Enabled) return;
        var tiers = For(version);
        using var item = tiers.Sent.CreateEntry(etag);
        item.Value = entry;
        item.Size = entry.Body.Length + 256;
        // Let go for room: kept compressed in the second tier of the same version (a cache of an older version is unreferenced).
        item.RegisterPostEvictionCallback(static (key, value, reason, state) =>
        {
            if (reason == EvictionReason.Capacity && value is Entry e && state is MemoryCache packed) Pack(packed, (string)key, e);
        }, tiers.Packed);
    }

    private static void Pack(MemoryCache packed, string etag, Entry e)
    {
        var buffer = System.Buffers.ArrayPool<byte>.Shared.Rent(BrotliEncoder.GetMaxCompressedLength(e.Body.Length));
        try
        {
            // Quality 1 and a 64 KiB window: a few microseconds for a 6 KB answer, and no large encoder state to allocate.
            if (!BrotliEncoder.TryCompress(e.Body, buffer, out var written, quality: 1, window: 16) || written >= e.Body.Length) return;
            using var item = packed.CreateEntry(etag);
            item.Value = new Packed(buffer.AsSpan(0, written).ToArray(), e.Body.Length, e.ContentType, e.Link);
            item.Size = written + 256;
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}


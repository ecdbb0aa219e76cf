using System.Text;
using TradeApi.Infrastructure;

namespace TradeApi.Tests;

// The response cache's second tier: answers the first tier lets go are kept compressed and served as they were sent.
public class ResponseCacheTests
{
    private static ResponseCache Cache(int megabytes) =>
        new(Microsoft.Extensions.Options.Options.Create(new HttpOptions { ResponseCacheMegabytes = megabytes }));

    // A pair series' shape: about 6 KB of rows that differ in their figures.
    private static byte[] Answer(int i) => Encoding.UTF8.GetBytes("{\"items\":[" + string.Join(",", Enumerable.Range(0, 22).Select(y =>
        $"{{\"pair\":\"P{i:D5}\",\"reporter\":\"AAA\",\"flow\":\"total\",\"year\":{1991 + y},\"value\":{i * 7919 + y * 104729},\"currency\":\"USD\",\"source\":\"official\",\"qualifier\":null,\"review\":null,\"check\":null}}")) + "]}");

    [Fact]
    public async Task AnswersLetGoAreKeptCompressedAndServedAsSent()
    {
        // 1 MiB: half for answers as sent, half for the compressed ones.
        var cache = Cache(1);
        const int n = 600;
        for (var i = 0; i < n; i++)
        {
            cache.Add("v1", $"t{i}", new ResponseCache.Entry(Answer(i), "application/json", i % 2 == 0 ? $"<next{i}>; rel=\"next\"" : null));
            // The first tier makes room in the background; give it the chance a stream of requests would.
            if (i % 20 == 0) await Task.Delay(20);
        }
        // What the first tier alone can hold: half the memory, each entry with its 256 bytes of bookkeeping.
        var firstTierHolds = 512 * 1024 / (Answer(0).Length + 256);
        var served = 0;
        for (var wait = 0; wait < 100 && served <= 2 * firstTierHolds; wait++)
        {
            await Task.Delay(50);
            served = 0;
            for (var i = 0; i < n; i++)
                if (cache.TryGet("v1", $"t{i}", out var hit))
                {
                    Assert.Equal(Answer(i), hit.Body);
                    Assert.Equal(("application/json", i % 2 == 0 ? $"<next{i}>; rel=\"next\"" : null), (hit.ContentType, hit.Link));
                    served++;
                }
        }
        // Far more than the first tier can hold are served: the ones it let go came back whole from the second.
        Assert.True(served > 2 * firstTierHolds, $"{served} of {n} answers served; the first tier holds {firstTierHolds}");
        // A new data version serves none of them.
        Assert.False(cache.TryGet("v2", "t0", out _));
        Assert.False(cache.TryGet("v2", $"t{n - 1}", out _));
    }

    [Fact]
    public void AnOffCacheKeepsNothing()
    {
        var cache = Cache(0);
        cache.Add("v1", "t", new ResponseCache.Entry(Answer(1), "application/json", null));
        Assert.False(cache.TryGet("v1", "t", out _));
    }
}

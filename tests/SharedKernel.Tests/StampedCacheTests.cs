using SalesSuite.SharedKernel.Caching;

namespace SalesSuite.SharedKernel.Tests;

public sealed class StampedCacheTests
{
    [Fact]
    public async Task Given_many_concurrent_requests_for_one_key_When_computed_Then_once_and_all_get_the_same_value()
    {
        var cache = new StampedCache<StampedCacheTests>();
        var gate = new TaskCompletionSource();
        var calls = 0;
        var requests = Enumerable.Range(0, 50).Select(_ => Task.Run(() => cache.GetAsync("Deals", "t1", "k", async () =>
        {
            Interlocked.Increment(ref calls);
            await gate.Task;
            return "html";
        }))).ToList();
        await WaitUntilAsync(() => Volatile.Read(ref calls) > 0);

        gate.SetResult();

        Assert.All(await Task.WhenAll(requests), v => Assert.Equal("html", v));
        Assert.Equal(1, calls);
    }

    [Fact]
    public async Task Given_a_cached_value_When_the_token_changes_or_the_computation_failed_Then_it_is_computed_again()
    {
        var cache = new StampedCache<StampedCacheTests>();
        Assert.Equal("a", await cache.GetAsync("Deals", "t1", "k", () => Task.FromResult("a")));
        Assert.Equal("a", await cache.GetAsync("Deals", "t1", "k", () => Task.FromResult("never")));
        Assert.Equal("b", await cache.GetAsync("Deals", "t2", "k", () => Task.FromResult("b")));
        Assert.Equal("c", await cache.GetAsync("Pool", "t2", "k", () => Task.FromResult("c")));

        await Assert.ThrowsAsync<InvalidOperationException>(
            () => cache.GetAsync<string>("Deals", "t2", "fails", () => throw new InvalidOperationException()));
        Assert.Equal("d", await cache.GetAsync("Deals", "t2", "fails", () => Task.FromResult("d")));
        Assert.Equal(5, cache.Computed);
    }

    [Fact]
    public async Task Given_a_value_that_ages_When_it_is_no_longer_valid_Then_it_is_computed_again_and_kept_while_valid()
    {
        var cache = new StampedCache<StampedCacheTests>();
        var validUntil = 10;
        var now = 5;
        var computed = 0;
        Task<int[]> Compute() => Task.FromResult(new[] { ++computed, validUntil });
        Task<int[]> Read() => cache.GetAsync("Queue", "t1", "k", Compute, v => now <= v[1]);

        Assert.Equal(1, (await Read())[0]);
        now = 10;
        Assert.Equal(1, (await Read())[0]); // still valid: served from the cache
        now = 11;
        validUntil = 20;
        Assert.Equal(2, (await Read())[0]); // aged: dropped and computed again
        Assert.Equal(2, (await Read())[0]); // and the new value is kept
        Assert.Equal(2, cache.Computed);
    }

    [Fact]
    public async Task Given_a_full_generation_When_another_key_is_asked_Then_it_is_computed_every_time_and_the_kept_ones_stay()
    {
        var cache = new StampedCache<StampedCacheTests>(maxEntries: 2);
        await cache.GetAsync("List", "t1", "a", () => Task.FromResult("a"));
        await cache.GetAsync("List", "t1", "b", () => Task.FromResult("b"));

        Assert.Equal("c1", await cache.GetAsync("List", "t1", "c", () => Task.FromResult("c1")));
        Assert.Equal("c2", await cache.GetAsync("List", "t1", "c", () => Task.FromResult("c2")));
        Assert.Equal("a", await cache.GetAsync("List", "t1", "a", () => Task.FromResult("never")));
        Assert.Equal(4, cache.Computed);
        Assert.Equal(2, cache.MaxEntries);
        Assert.Equal(StampedCache<StampedCacheTests>.DefaultMaxEntries, new StampedCache<StampedCacheTests>().MaxEntries);
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (!condition() && waited.Elapsed < TimeSpan.FromSeconds(10))
        {
            await Task.Delay(5);
        }
        Assert.True(condition());
    }
}


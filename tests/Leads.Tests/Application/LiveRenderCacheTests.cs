using System.Globalization;
using SalesSuite.Leads.Application.Live;
using SalesSuite.SharedKernel.Identity;

namespace SalesSuite.Leads.Tests.Application;

public sealed class LiveRenderCacheTests
{
    private static readonly CultureInfo Zh = CultureInfo.GetCultureInfo("zh-CN");
    private static readonly CultureInfo En = CultureInfo.GetCultureInfo("en");

    [Fact]
    public void Given_viewers_When_keyed_Then_the_same_owners_share_a_key_and_any_difference_in_owners_or_culture_does_not()
    {
        Guid a = Guid.NewGuid(), b = Guid.NewGuid(), c = Guid.NewGuid();
        var manager = LiveScope.Of(new Visibility(a, false, new HashSet<Guid> { a, b }), Zh, Zh);

        Assert.Equal(manager, LiveScope.Of(new Visibility(a, false, new HashSet<Guid> { b, a }), Zh, Zh));
        Assert.NotEqual(manager, LiveScope.Of(new Visibility(a, false, new HashSet<Guid> { a }), Zh, Zh));
        Assert.NotEqual(manager, LiveScope.Of(new Visibility(a, false, new HashSet<Guid> { a, b, c }), Zh, Zh));
        Assert.NotEqual(manager, LiveScope.Of(new Visibility(a, false, new HashSet<Guid> { a, b }), En, En));
        Assert.NotEqual(manager, LiveScope.Of(new Visibility(a, false, new HashSet<Guid> { a, b }), Zh, En));
        Assert.Equal(LiveScope.Of(new Visibility(a, true, new HashSet<Guid> { a }), Zh, Zh),
            LiveScope.Of(new Visibility(c, true, new HashSet<Guid> { c }), Zh, Zh));
        Assert.NotEqual(manager, LiveScope.Of(new Visibility(a, true, new HashSet<Guid> { a, b }), Zh, Zh));
    }

    [Fact]
    public async Task Given_many_concurrent_requests_for_one_key_When_computed_Then_once_and_all_get_the_same_value()
    {
        var cache = new LiveRenderCache();
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
        var cache = new LiveRenderCache();
        Assert.Equal("a", await cache.GetAsync("Deals", "t1", "k", () => Task.FromResult("a")));
        Assert.Equal("a", await cache.GetAsync("Deals", "t1", "k", () => Task.FromResult("never")));
        Assert.Equal("b", await cache.GetAsync("Deals", "t2", "k", () => Task.FromResult("b")));
        Assert.Equal("c", await cache.GetAsync("Pool", "t2", "k", () => Task.FromResult("c")));

        await Assert.ThrowsAsync<InvalidOperationException>(
            () => cache.GetAsync<string>("Deals", "t2", "fails", () => throw new InvalidOperationException()));
        Assert.Equal("d", await cache.GetAsync("Deals", "t2", "fails", () => Task.FromResult("d")));
        Assert.Equal(5, cache.Computed);
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

using Microsoft.Extensions.Caching.Memory;

namespace SalesSuite.Quotes.Application.PublicLink;

/// <summary>
/// The customer's pages of this host, by token (a singleton). An entry is used only while its stamp is the quote's
/// stored version (the request reads that first), so a change made on any host shows at once; entries also expire
/// after <see cref="Lifetime"/> (the salesperson's contact and, for views counted on other hosts, the seen-versions
/// history). The view flusher drops an entry when it changes the versions seen. Bounded by <see cref="MaxEntries"/>.
/// </summary>
internal sealed class PublicQuotePageCache : IDisposable
{
    public const int MaxEntries = 5_000;

    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(60);

    private readonly MemoryCache _pages = new(new MemoryCacheOptions { SizeLimit = MaxEntries });

    private long _generation;

    /// <summary>Read before loading a page; <see cref="Set"/> keeps the page only if nothing was invalidated since.</summary>
    public long Generation => Interlocked.Read(ref _generation);

    public PublicQuotePage? Get(string token, int stamp) =>
        _pages.TryGetValue(token, out PublicQuotePage? page) && page!.Stamp == stamp ? page : null;

    public void Set(string token, PublicQuotePage page, long generation)
    {
        if (generation == Generation)
        {
            _pages.Set(token, page, new MemoryCacheEntryOptions { Size = 1, AbsoluteExpirationRelativeToNow = Lifetime });
        }
    }

    public void Invalidate(string token)
    {
        Interlocked.Increment(ref _generation);
        _pages.Remove(token);
    }

    public void Dispose() => _pages.Dispose();
}

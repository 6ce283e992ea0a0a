using System.Collections.Concurrent;

namespace SalesSuite.Stores.Application.Hq;

/// <summary>
/// Headquarters reports computed once per token (the <see cref="Domain.HqStamp"/> and the business date, see
/// <see cref="HqStampQueries"/>) and key (viewer scope and filters), shared by every request that asks the same (one per
/// process, a singleton). Only the current token's entries are kept: a request with another token starts a new
/// generation and the old one is dropped. Concurrent requests for one key share one computation; a failed computation
/// is forgotten, so the next request tries again. The key is a correctness boundary: everything that changes the
/// value besides the token must be in it.
/// </summary>
internal sealed class HqReportCache
{
    /// <summary>More entries than this in one generation are computed but not kept (a bound on memory).</summary>
    public const int MaxEntries = 500;

    private Generation _current = new(string.Empty);
    private long _computed;

    /// <summary>How many values were computed (not served from the cache) since start: for tests.</summary>
    public long Computed => Interlocked.Read(ref _computed);

    public async Task<T> GetAsync<T>(string token, string key, Func<Task<T>> compute)
        where T : class
    {
        var generation = Volatile.Read(ref _current);
        if (generation.Token != token)
        {
            var fresh = new Generation(token);
            generation = Interlocked.CompareExchange(ref _current, fresh, generation) == generation ? fresh : Volatile.Read(ref _current);
        }
        if (generation.Token != token || (generation.Entries.Count >= MaxEntries && !generation.Entries.ContainsKey(key)))
        {
            return await Count(compute);
        }
        var entry = generation.Entries.GetOrAdd(key, _ => new Lazy<Task<object>>(async () => await Count(compute)));
        try
        {
            return (T)await entry.Value;
        }
        catch
        {
            generation.Entries.TryRemove(new KeyValuePair<string, Lazy<Task<object>>>(key, entry));
            throw;
        }
    }

    private Task<T> Count<T>(Func<Task<T>> compute)
    {
        Interlocked.Increment(ref _computed);
        return compute();
    }

    private sealed class Generation(string token)
    {
        public string Token { get; } = token;
        public ConcurrentDictionary<string, Lazy<Task<object>>> Entries { get; } = new(StringComparer.Ordinal);
    }
}

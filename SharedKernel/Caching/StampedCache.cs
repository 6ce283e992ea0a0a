using System.Collections.Concurrent;

namespace SalesSuite.SharedKernel.Caching;

/// <summary>
/// Results a module computes once per change token and shares between requests (a singleton per module,
/// <typeparamref name="TModule"/> keeps modules apart). The token holds everything the whole result depends on: the
/// module's <see cref="Persistence.ChangeStamp"/> (read from the database on every request, so right with several hosts)
/// and, where the result ages, the business date. Per name only the current token's entries are kept: a request with
/// another token starts a new generation and the old one is dropped. Concurrent requests for one key share one
/// computation (no stampede after a change); a failed computation is forgotten, so the next request tries again.
/// The token and key are a correctness boundary: everything that changes the value must be in them.
/// </summary>
public sealed class StampedCache<TModule>(int maxEntries = StampedCache<TModule>.DefaultMaxEntries)
{
    /// <summary>The default bound: more entries than this in one generation are computed but not kept.</summary>
    public const int DefaultMaxEntries = 500;

    private readonly ConcurrentDictionary<string, Generation> _results = new(StringComparer.Ordinal);
    private long _computed;

    /// <summary>More entries than this in one generation are computed but not kept (a bound on memory).</summary>
    public int MaxEntries { get; } = maxEntries;

    /// <summary>How many values were computed (not served from the cache) since start: for tests.</summary>
    public long Computed => Interlocked.Read(ref _computed);

    public Task<T> GetAsync<T>(string name, string token, string key, Func<Task<T>> compute)
        where T : class =>
        GetAsync(name, token, key, compute, stillValid: null);

    /// <summary>
    /// As above, for a value that also ages with time: a kept value that <paramref name="stillValid"/> rejects (e.g. an
    /// overdue count once the next deadline has passed) is dropped and computed again, once for all who asked meanwhile.
    /// </summary>
    public async Task<T> GetAsync<T>(string name, string token, string key, Func<Task<T>> compute, Func<T, bool>? stillValid)
        where T : class
    {
        var value = await GetOnceAsync(name, token, key, compute);
        if (stillValid is null || stillValid(value))
        {
            return value;
        }
        Forget(name, token, key, value);
        return await GetOnceAsync(name, token, key, compute);
    }

    /// <summary>
    /// Drops the entry of <paramref name="key"/> only while it still holds <paramref name="value"/> (another request may
    /// have replaced it already).
    /// </summary>
    private void Forget(string name, string token, string key, object value)
    {
        if (_results.TryGetValue(name, out var generation) && generation.Token == token
            && generation.Entries.TryGetValue(key, out var entry) && entry.IsValueCreated
            && entry.Value.IsCompletedSuccessfully && ReferenceEquals(entry.Value.Result, value))
        {
            generation.Entries.TryRemove(new KeyValuePair<string, Lazy<Task<object>>>(key, entry));
        }
    }

    private async Task<T> GetOnceAsync<T>(string name, string token, string key, Func<Task<T>> compute)
        where T : class
    {
        var generation = _results.AddOrUpdate(
            name, _ => new Generation(token), (_, current) => current.Token == token ? current : new Generation(token));
        if (generation.Entries.Count >= MaxEntries && !generation.Entries.ContainsKey(key))
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

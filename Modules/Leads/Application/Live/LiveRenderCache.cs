using System.Collections.Concurrent;

namespace SalesSuite.Leads.Application.Live;

/// <summary>
/// What a live board computes once per change token and shares with every viewer it fits (one per process, a
/// singleton): the board's data (<see cref="KanbanSnapshot"/>) and its rendered HTML per viewer key (visibility scope
/// and culture, <see cref="LiveScope"/>). Only the current token's entries are kept: a request with another token
/// starts a new generation (the old one is dropped). Concurrent requests for the same key share one computation
/// (no stampede after a change); a failed computation is forgotten, so the next poll tries again.
/// The key is a correctness boundary: everything that changes the value must be in it (see <see cref="LiveScope"/>).
/// </summary>
internal sealed class LiveRenderCache
{
    /// <summary>More entries than this in one generation are computed but not kept (a bound on memory).</summary>
    public const int MaxEntries = 2_000;

    private readonly ConcurrentDictionary<string, Generation> _boards = new(StringComparer.Ordinal);
    private long _computed;

    /// <summary>How many values were computed (not served from the cache) since start: for tests and the bench.</summary>
    public long Computed => Interlocked.Read(ref _computed);

    public async Task<T> GetAsync<T>(string board, string token, string key, Func<Task<T>> compute)
        where T : class
    {
        var generation = _boards.AddOrUpdate(
            board, _ => new Generation(token), (_, current) => current.Token == token ? current : new Generation(token));
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

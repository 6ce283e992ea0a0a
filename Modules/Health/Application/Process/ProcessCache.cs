using System.Collections.Concurrent;

namespace SalesSuite.Health.Application.Process;

/// <summary>
/// What the process pages compute from the step totals and samples, kept per process (a singleton) for one value of
/// Health's process stamp (<see cref="Domain.HealthStamp"/>, a database row every projected sample changes in its own
/// transaction): a request with another stamp starts a new generation and the old one is dropped, so a new sample shows
/// at once, on every host. Entries are per key: what was asked (period, columns, first week) and the viewer's scope (all,
/// or the exact owners they see), so a viewer never gets a value computed for another scope. Concurrent requests for one
/// key share one computation (no stampede after a change); a failed computation is forgotten.
/// </summary>
internal sealed class ProcessCache
{
    /// <summary>More entries than this in one generation are computed but not kept (a bound on memory).</summary>
    public const int MaxEntries = 1_000;

    private Generation _current = new(Guid.Empty);
    private long _computed;

    /// <summary>How many values were computed (not served from the cache) since start: for tests.</summary>
    public long Computed => Interlocked.Read(ref _computed);

    public async Task<T> GetAsync<T>(Guid stamp, string key, Func<Task<T>> compute)
        where T : class
    {
        var generation = Volatile.Read(ref _current);
        if (generation.Stamp != stamp)
        {
            var fresh = new Generation(stamp);
            generation = Interlocked.CompareExchange(ref _current, fresh, generation) == generation ? fresh : Volatile.Read(ref _current);
            if (generation.Stamp != stamp)
            {
                // Another request moved to a different stamp meanwhile (one of the two is older): compute, keep nothing.
                return await Count(compute);
            }
        }
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

    private sealed class Generation(Guid stamp)
    {
        public Guid Stamp { get; } = stamp;
        public ConcurrentDictionary<string, Lazy<Task<object>>> Entries { get; } = new(StringComparer.Ordinal);
    }
}

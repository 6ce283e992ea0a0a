using System.Collections.Concurrent;

namespace SalesSuite.Host.Web;

/// <summary>
/// Values kept for a short <c>lifetime</c> by an exact string key, for the request pipeline's checks whose answer for the
/// same input does not change (<see cref="CachedTicketFormat"/>, <see cref="CachedAntiforgery"/>). Past
/// <c>capacity</c> entries it starts again: a bound on memory, not an eviction policy.
/// </summary>
internal sealed class ShortTermCache<TValue>(TimeProvider time, TimeSpan lifetime, int capacity)
{
    private readonly ConcurrentDictionary<string, (TValue Value, long Until)> _entries = new(StringComparer.Ordinal);

    public bool TryGet(string key, out TValue value)
    {
        if (_entries.TryGetValue(key, out var kept) && time.GetTimestamp() < kept.Until)
        {
            value = kept.Value;
            return true;
        }
        value = default!;
        return false;
    }

    public void Keep(string key, TValue value)
    {
        if (_entries.Count >= capacity)
        {
            _entries.Clear();
        }
        _entries[key] = (value, time.GetTimestamp() + (long)(lifetime.TotalSeconds * time.TimestampFrequency));
    }
}

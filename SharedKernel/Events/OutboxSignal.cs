using System.Collections.Concurrent;

namespace SalesSuite.SharedKernel.Events;

/// <summary>
/// Wakes the dispatcher right after a commit that wrote outbox rows, so delivery is near-instant, and says whose
/// outbox was written, so the pass reads only that one (not every module's outbox on every commit).
/// A signal raised while the dispatcher is busy is kept (not lost) and ends its next wait at once.
/// </summary>
public sealed class OutboxSignal
{
    private readonly SemaphoreSlim _pending = new(0, 1);
    private readonly ConcurrentDictionary<Type, byte> _written = new();
    private int _all;

    /// <summary>Something was written that any outbox may hold: the next pass reads them all.</summary>
    public void Notify()
    {
        Interlocked.Exchange(ref _all, 1);
        Wake();
    }

    /// <summary>The outbox of <paramref name="context"/> (a DbContext type) was written.</summary>
    public void Notify(Type context)
    {
        _written.TryAdd(context, 0);
        Wake();
    }

    /// <summary>
    /// The contexts whose outbox was written since the last call (and forgets them); null when a signal named none,
    /// so every outbox is to be read. A context written while the caller then reads its outbox is kept for the next call.
    /// </summary>
    public IReadOnlySet<Type>? TakeWritten()
    {
        // The wake-ups of what is taken now are spent: without this, commits that came while the dispatcher gathered would
        // end its next wait at once with nothing named, which reads every outbox.
        _pending.Wait(0);
        var all = Interlocked.Exchange(ref _all, 0) == 1;
        var written = new HashSet<Type>();
        foreach (var context in _written.Keys)
        {
            if (_written.TryRemove(context, out _))
            {
                written.Add(context);
            }
        }
        return all ? null : written;
    }

    /// <summary>
    /// Returns on a signal (pending or new: true), after <paramref name="timeout"/> or when cancelled (false); never throws.
    /// </summary>
    public async Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        try
        {
            return await _pending.WaitAsync(timeout, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Stopping: the caller's loop checks the token.
            return false;
        }
    }

    private void Wake()
    {
        try
        {
            _pending.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already signalled: one pending wake-up covers every commit since the last pass.
        }
    }
}

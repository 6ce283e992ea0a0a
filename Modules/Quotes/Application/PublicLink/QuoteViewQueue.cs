using System.Threading.Channels;

namespace SalesSuite.Quotes.Application.PublicLink;

/// <summary>
/// The in-memory queue of page views (one per host, a singleton): the request enqueues and returns; the flusher
/// (<c>Background/QuoteViewFlusher</c>) writes them in batches. Bounded: under a flood beyond
/// <see cref="Capacity"/> unwritten views, further views are dropped rather than memory grown (the rate limit comes first).
/// </summary>
internal sealed class QuoteViewQueue
{
    public const int Capacity = 100_000;

    /// <summary>At most this many views in one transaction; a full batch wakes the flusher before its interval.</summary>
    public const int BatchSize = 200;

    private readonly Channel<PendingView> _channel = Channel.CreateBounded<PendingView>(
        new BoundedChannelOptions(Capacity) { FullMode = BoundedChannelFullMode.DropWrite, SingleReader = false, SingleWriter = false });

    private readonly SemaphoreSlim _full = new(0, 1);

    public int Count => _channel.Reader.Count;

    public void Enqueue(PendingView view)
    {
        _channel.Writer.TryWrite(view);
        if (_channel.Reader.Count >= BatchSize)
        {
            Wake();
        }
    }

    /// <summary>Up to <paramref name="max"/> queued views, oldest first, without waiting.</summary>
    public List<PendingView> Take(int max)
    {
        var taken = new List<PendingView>(Math.Min(max, Count));
        while (taken.Count < max && _channel.Reader.TryRead(out var view))
        {
            taken.Add(view);
        }
        return taken;
    }

    /// <summary>Waits until a view is queued; false when cancelled.</summary>
    public async Task<bool> WaitForViewAsync(CancellationToken ct)
    {
        try
        {
            return await _channel.Reader.WaitToReadAsync(ct);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    /// <summary>Waits until a full batch is queued or <paramref name="timeout"/> passed or cancelled; never throws.</summary>
    public async Task WaitForBatchAsync(TimeSpan timeout, CancellationToken ct)
    {
        if (Count >= BatchSize)
        {
            return;
        }
        try
        {
            await _full.WaitAsync(timeout, ct);
        }
        catch (OperationCanceledException)
        {
            // Stopping: the flusher writes what is queued.
        }
    }

    private void Wake()
    {
        try
        {
            _full.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already woken.
        }
    }
}

namespace SalesSuite.SharedKernel.Events;

/// <summary>
/// Wakes the dispatcher right after a commit that wrote outbox rows, so delivery is near-instant.
/// A signal raised while the dispatcher is busy is kept (not lost) and ends its next wait at once.
/// </summary>
public sealed class OutboxSignal
{
    private readonly SemaphoreSlim _pending = new(0, 1);

    public void Notify()
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

    /// <summary>Returns on a signal (pending or new), after <paramref name="timeout"/>, or when cancelled; never throws.</summary>
    public async Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        try
        {
            await _pending.WaitAsync(timeout, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Stopping: the caller's loop checks the token.
        }
    }
}

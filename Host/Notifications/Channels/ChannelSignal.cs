namespace SalesSuite.Host.Notifications.Channels;

/// <summary>Wakes the delivery dispatcher right after deliveries were committed (same idea as the kernel's OutboxSignal).</summary>
internal sealed class ChannelSignal
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
            // Already signalled: one wake-up covers every commit since the last pass.
        }
    }

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

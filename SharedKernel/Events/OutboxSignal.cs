namespace SalesSuite.SharedKernel.Events;

/// <summary>Wakes every dispatcher right after a commit that wrote outbox rows, so delivery is near-instant.</summary>
public sealed class OutboxSignal
{
    private TaskCompletionSource _next = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Notify() =>
        Interlocked.Exchange(ref _next, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously))
            .TrySetResult();

    /// <summary>Returns on the next signal or after <paramref name="timeout"/>; polling covers a signal missed in between.</summary>
    public Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) =>
        Task.WhenAny(Volatile.Read(ref _next).Task, Task.Delay(timeout, cancellationToken));
}

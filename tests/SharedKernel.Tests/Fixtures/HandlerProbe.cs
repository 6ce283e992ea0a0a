namespace SalesSuite.SharedKernel.Tests.Fixtures;

/// <summary>Shared knobs and counters of the test handlers (a singleton per service provider).</summary>
public sealed class HandlerProbe
{
    private int _flakyFailuresLeft;
    private int _poisonCalls;

    public int FlakyFailuresLeft { get => _flakyFailuresLeft; set => _flakyFailuresLeft = value; }
    public int PoisonCalls => _poisonCalls;
    public TaskCompletionSource<Guid> Delivered { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Set once a dispatcher pass has queried the pending outbox rows (see <see cref="OutboxPollProbe"/>).</summary>
    public TaskCompletionSource OutboxPolled { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public bool TakeFlakyFailure() => Interlocked.Decrement(ref _flakyFailuresLeft) >= 0;
    public void CountPoison() => Interlocked.Increment(ref _poisonCalls);
}

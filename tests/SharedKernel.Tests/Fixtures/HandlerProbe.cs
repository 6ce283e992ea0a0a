namespace SalesSuite.SharedKernel.Tests.Fixtures;

/// <summary>Shared knobs and counters of the test handlers (a singleton per service provider).</summary>
public sealed class HandlerProbe
{
    private int _flakyFailuresLeft;
    private int _poisonCalls;
    private int _constructions;
    private int _handled;

    public int FlakyFailuresLeft { get => _flakyFailuresLeft; set => _flakyFailuresLeft = value; }
    public int PoisonCalls => _poisonCalls;
    public int Constructions => _constructions;
    public int Handled => _handled;
    public TaskCompletionSource<Guid> Delivered { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Set once a dispatcher pass has queried the pending outbox rows (see <see cref="OutboxPollProbe"/>).</summary>
    public TaskCompletionSource OutboxPolled { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public bool TakeFlakyFailure() => Interlocked.Decrement(ref _flakyFailuresLeft) >= 0;
    public void CountPoison() => Interlocked.Increment(ref _poisonCalls);
    public void CountConstruction() => Interlocked.Increment(ref _constructions);
    public void CountHandled() => Interlocked.Increment(ref _handled);
}

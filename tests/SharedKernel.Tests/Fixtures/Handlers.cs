using NodaTime;
using SalesSuite.SharedKernel.Events;

namespace SalesSuite.SharedKernel.Tests.Fixtures;

/// <summary>Shared knobs and counters of the test handlers (a singleton per service provider).</summary>
public sealed class HandlerProbe
{
    private int _flakyFailuresLeft;
    private int _poisonCalls;

    public int FlakyFailuresLeft { get => _flakyFailuresLeft; set => _flakyFailuresLeft = value; }
    public int PoisonCalls => _poisonCalls;
    public TaskCompletionSource<Guid> Delivered { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public bool TakeFlakyFailure() => Interlocked.Decrement(ref _flakyFailuresLeft) >= 0;
    public void CountPoison() => Interlocked.Increment(ref _poisonCalls);
}

public sealed class WidgetCreatedProjector(TestDbContext db, IClock clock, HandlerProbe probe)
    : IdempotentHandler<WidgetCreated, TestDbContext>(db, clock)
{
    protected override Task ApplyAsync(WidgetCreated e, CancellationToken cancellationToken)
    {
        Db.Applied.Add(new AppliedEvent { EventId = e.EventId, Handler = nameof(WidgetCreatedProjector) });
        probe.Delivered.TrySetResult(e.EventId);
        return Task.CompletedTask;
    }
}

/// <summary>Fails while the probe says so, then applies.</summary>
public sealed class FlakyProjector(TestDbContext db, IClock clock, HandlerProbe probe)
    : IdempotentHandler<FlakyHappened, TestDbContext>(db, clock)
{
    protected override Task ApplyAsync(FlakyHappened e, CancellationToken cancellationToken)
    {
        if (probe.TakeFlakyFailure())
        {
            throw new InvalidOperationException("flaky failure");
        }
        Db.Applied.Add(new AppliedEvent { EventId = e.EventId, Handler = nameof(FlakyProjector) });
        return Task.CompletedTask;
    }
}

public sealed class SteadyProjector(TestDbContext db, IClock clock)
    : IdempotentHandler<FlakyHappened, TestDbContext>(db, clock)
{
    protected override Task ApplyAsync(FlakyHappened e, CancellationToken cancellationToken)
    {
        Db.Applied.Add(new AppliedEvent { EventId = e.EventId, Handler = nameof(SteadyProjector) });
        return Task.CompletedTask;
    }
}

public sealed class PoisonProjector(TestDbContext db, IClock clock, HandlerProbe probe)
    : IdempotentHandler<PoisonHappened, TestDbContext>(db, clock)
{
    protected override Task ApplyAsync(PoisonHappened e, CancellationToken cancellationToken)
    {
        probe.CountPoison();
        throw new InvalidOperationException("poison");
    }
}

public sealed class PoisonBystander(TestDbContext db, IClock clock)
    : IdempotentHandler<PoisonHappened, TestDbContext>(db, clock)
{
    protected override Task ApplyAsync(PoisonHappened e, CancellationToken cancellationToken)
    {
        Db.Applied.Add(new AppliedEvent { EventId = e.EventId, Handler = nameof(PoisonBystander) });
        return Task.CompletedTask;
    }
}

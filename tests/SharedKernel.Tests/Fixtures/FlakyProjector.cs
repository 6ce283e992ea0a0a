using NodaTime;
using SalesSuite.SharedKernel.Events;

namespace SalesSuite.SharedKernel.Tests.Fixtures;

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

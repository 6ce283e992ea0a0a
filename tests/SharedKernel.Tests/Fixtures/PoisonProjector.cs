using NodaTime;
using SalesSuite.SharedKernel.Events;

namespace SalesSuite.SharedKernel.Tests.Fixtures;

public sealed class PoisonProjector(TestDbContext db, IClock clock, HandlerProbe probe)
    : IdempotentHandler<PoisonHappened, TestDbContext>(db, clock)
{
    protected override Task ApplyAsync(PoisonHappened e, CancellationToken cancellationToken)
    {
        probe.CountPoison();
        throw new InvalidOperationException("poison");
    }
}

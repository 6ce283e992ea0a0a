using NodaTime;
using SalesSuite.SharedKernel.Events;

namespace SalesSuite.SharedKernel.Tests.Fixtures;

public sealed class SteadyProjector(TestDbContext db, IClock clock)
    : IdempotentHandler<FlakyHappened, TestDbContext>(db, clock)
{
    protected override Task ApplyAsync(FlakyHappened e, CancellationToken cancellationToken)
    {
        Db.Applied.Add(new AppliedEvent { EventId = e.EventId, Handler = nameof(SteadyProjector) });
        return Task.CompletedTask;
    }
}

using NodaTime;
using SalesSuite.SharedKernel.Events;

namespace SalesSuite.SharedKernel.Tests.Fixtures;

public sealed class PoisonBystander(TestDbContext db, IClock clock)
    : IdempotentHandler<PoisonHappened, TestDbContext>(db, clock)
{
    protected override Task ApplyAsync(PoisonHappened e, CancellationToken cancellationToken)
    {
        Db.Applied.Add(new AppliedEvent { EventId = e.EventId, Handler = nameof(PoisonBystander) });
        return Task.CompletedTask;
    }
}

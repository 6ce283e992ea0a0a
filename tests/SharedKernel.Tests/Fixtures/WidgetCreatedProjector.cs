using NodaTime;
using SalesSuite.SharedKernel.Events;

namespace SalesSuite.SharedKernel.Tests.Fixtures;

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

using NodaTime;
using SalesSuite.Health.Application.Projection;
using SalesSuite.Health.Data;
using SalesSuite.Health.Domain;
using SalesSuite.SharedKernel.Events;

namespace SalesSuite.Health.IntegrationEventHandlers;

/// <summary>
/// Every event Health consumes goes through here: archived (for a rebuild) and applied to the read models, in one
/// SaveChanges with the inbox record, so a redelivered event changes nothing.
/// </summary>
internal abstract class HealthHandler<TEvent>(HealthDbContext db, IClock clock, HealthProjector projector)
    : IdempotentHandler<TEvent, HealthDbContext>(db, clock)
    where TEvent : IIntegrationEvent
{
    protected override async Task ApplyAsync(TEvent e, CancellationToken ct)
    {
        Db.Archive.Add(new ArchivedEvent(e.EventId, EventSerializer.TypeName(e.GetType()), e.OccurredAt, Clock.GetCurrentInstant(),
            EventSerializer.Serialize(e)));
        await projector.ApplyAsync(e, ct);
    }
}

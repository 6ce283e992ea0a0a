using SalesSuite.SharedKernel.Persistence;

namespace SalesSuite.SharedKernel.Events;

public static class OutboxExtensions
{
    /// <summary>Stages an event in the context's outbox; it is committed by the same SaveChanges as the change.</summary>
    public static void Publish(this IKernelDbContext db, IIntegrationEvent integrationEvent) =>
        db.Outbox.Add(new OutboxMessage(
            integrationEvent.EventId,
            EventSerializer.TypeName(integrationEvent.GetType()),
            EventSerializer.Serialize(integrationEvent),
            integrationEvent.OccurredAt));
}

using Microsoft.EntityFrameworkCore;
using NodaTime;
using SalesSuite.SharedKernel.Persistence;

namespace SalesSuite.SharedKernel.Events;

/// <summary>
/// Base for handlers: applies the event and records it in the consumer's inbox in one SaveChanges,
/// so a redelivered event (at-least-once outbox) is applied exactly once.
/// </summary>
public abstract class IdempotentHandler<TEvent, TContext>(TContext db, IClock clock) : IIntegrationEventHandler<TEvent>
    where TEvent : IIntegrationEvent
    where TContext : DbContext, IKernelDbContext
{
    protected TContext Db { get; } = db;
    protected IClock Clock { get; } = clock;

    private string ConsumerName => GetType().FullName!;

    public async Task HandleAsync(TEvent integrationEvent, CancellationToken cancellationToken)
    {
        var consumer = ConsumerName;
        var seen = await Db.Inbox.AnyAsync(
            x => x.EventId == integrationEvent.EventId && x.Consumer == consumer, cancellationToken);
        if (seen)
        {
            return;
        }
        await ApplyAsync(integrationEvent, cancellationToken);
        Db.Inbox.Add(new InboxRecord(integrationEvent.EventId, consumer, Clock.GetCurrentInstant()));
        await Db.SaveChangesAsync(cancellationToken);
    }

    protected abstract Task ApplyAsync(TEvent integrationEvent, CancellationToken cancellationToken);
}

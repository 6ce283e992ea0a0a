using Microsoft.EntityFrameworkCore;
using NodaTime;
using SalesSuite.SharedKernel.Persistence;

namespace SalesSuite.SharedKernel.Events;

/// <summary>
/// Base for handlers: applies the event and records it in the consumer's inbox in one transaction, so a redelivered
/// event (at-least-once outbox, several hosts, a host that died after delivering) is applied exactly once. The check,
/// the effect (also a handler's ExecuteUpdate) and the inbox row commit together; two hosts delivering the same event
/// at once cannot both commit, since the inbox key (EventId, Consumer) is unique: the loser rolls back and retries,
/// then finds the record.
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
        var own = Db.Database.CurrentTransaction is null ? await Db.Database.BeginTransactionAsync(cancellationToken) : null;
        await using (own)
        {
            if (await InboxQueries<TContext>.Seen(Db, integrationEvent.EventId, consumer, cancellationToken))
            {
                return;
            }
            await ApplyAsync(integrationEvent, cancellationToken);
            Db.Inbox.Add(new InboxRecord(integrationEvent.EventId, consumer, Clock.GetCurrentInstant()));
            await Db.SaveChangesAsync(cancellationToken);
            if (own is not null)
            {
                await own.CommitAsync(cancellationToken);
            }
        }
        Committed();
    }

    /// <summary>After the effect is committed (e.g. wake a dispatcher: before the commit it would not see the rows).</summary>
    protected virtual void Committed()
    {
    }

    protected abstract Task ApplyAsync(TEvent integrationEvent, CancellationToken cancellationToken);
}

/// <summary>
/// The inbox check, asked once per event and consumer: a compiled query per context type, so EF does not extract the
/// parameters from and look up the expression on every delivery (a compiled query recompiles when the model changes).
/// </summary>
internal static class InboxQueries<TContext>
    where TContext : DbContext, IKernelDbContext
{
    public static readonly Func<TContext, Guid, string, CancellationToken, Task<bool>> Seen = EF.CompileAsyncQuery(
        (TContext db, Guid eventId, string consumer, CancellationToken ct) =>
            db.Set<InboxRecord>().Any(x => x.EventId == eventId && x.Consumer == consumer));
}

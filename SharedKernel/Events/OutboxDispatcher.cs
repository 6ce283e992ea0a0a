using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NodaTime;
using SalesSuite.SharedKernel.Background;
using SalesSuite.SharedKernel.Persistence;

namespace SalesSuite.SharedKernel.Events;

/// <summary>
/// Reads one context's outbox after commit and delivers each message at least once. With several hosts on one
/// database, a pass first claims a batch with a conditional update (a lease: LockedBy / LockedUntil, won only where no
/// other host holds a live lease) and delivers only the rows it owns; a host that dies leaves its rows to the others
/// once the lease ends. Consumers are idempotent through their inbox, so a late second delivery has no effect.
/// </summary>
public sealed class OutboxDispatcher<TContext>(
    IServiceScopeFactory scopes,
    IEventBus bus,
    IClock clock,
    HostInstance host,
    IOptions<OutboxOptions> options,
    ILogger<OutboxDispatcher<TContext>> logger)
    where TContext : DbContext, IKernelDbContext
{
    /// <returns>How many messages were delivered successfully in this pass.</returns>
    public async Task<int> DispatchPendingAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        var now = clock.GetCurrentInstant();
        var me = host.Name;
        var candidates = await Claimable(db, now, me)
            .OrderBy(m => m.OccurredAt)
            .Take(options.Value.BatchSize)
            .Select(m => m.Id)
            .ToListAsync(cancellationToken);
        if (candidates.Count == 0)
        {
            return 0;
        }
        Instant? until = now + Duration.FromTimeSpan(options.Value.Lease);
        string? owner = me;
        await Claimable(db, now, me).Where(m => candidates.Contains(m.Id)).ExecuteUpdateAsync(
            s => s.SetProperty(m => m.LockedBy, owner).SetProperty(m => m.LockedUntil, until), cancellationToken);
        var batch = await db.Outbox
            .Where(m => candidates.Contains(m.Id) && m.LockedBy == owner && m.ProcessedAt == null)
            .OrderBy(m => m.OccurredAt)
            .ToListAsync(cancellationToken);
        var delivered = 0;
        foreach (var message in batch)
        {
            delivered += await DeliverAsync(message, cancellationToken) ? 1 : 0;
        }
        // The batch's outcomes are written in one transaction: one write to the module's database per pass, not one per
        // message (the outbox shares the file with the module's own writes, e.g. the claims of a lead). A host that
        // stops before this leaves the rows leased; after the lease they are delivered again, which the consumers'
        // inboxes make harmless.
        await db.SaveChangesAsync(cancellationToken);
        return delivered;
    }

    /// <summary>Pending and due, and not leased by another host (this host may take its own rows again: tests drain).</summary>
    private static IQueryable<OutboxMessage> Claimable(TContext db, Instant now, string me) =>
        db.Outbox.Where(m => m.ProcessedAt == null && !m.DeadLettered && m.NextAttemptAt <= now
            && (m.LockedUntil == null || m.LockedUntil < now || m.LockedBy == me));

    private async Task<bool> DeliverAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        try
        {
            var integrationEvent = EventSerializer.Deserialize(message.Type, message.Payload);
            var failures = await bus.DeliverAsync(integrationEvent, cancellationToken);
            if (failures.Count == 0)
            {
                message.MarkProcessed(clock.GetCurrentInstant());
                return true;
            }
            var error = string.Join("; ", failures.Select(f => $"{f.Handler}: {f.Exception.Message}"));
            message.MarkFailed(clock.GetCurrentInstant(), error, options.Value);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Outbox message {MessageId} of type {Type} could not be delivered", message.Id, message.Type);
            message.MarkFailed(clock.GetCurrentInstant(), ex.Message, options.Value);
        }
        return false;
    }
}

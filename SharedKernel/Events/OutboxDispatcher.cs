using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NodaTime;
using SalesSuite.SharedKernel.Persistence;

namespace SalesSuite.SharedKernel.Events;

/// <summary>Reads one context's outbox after commit and delivers each message at least once.</summary>
public sealed class OutboxDispatcher<TContext>(
    IServiceScopeFactory scopes,
    IEventBus bus,
    IClock clock,
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
        var batch = await db.Outbox
            .Where(m => m.ProcessedAt == null && !m.DeadLettered && m.NextAttemptAt <= now)
            .OrderBy(m => m.OccurredAt)
            .Take(options.Value.BatchSize)
            .ToListAsync(cancellationToken);
        var delivered = 0;
        foreach (var message in batch)
        {
            delivered += await DeliverAsync(message, cancellationToken) ? 1 : 0;
            await db.SaveChangesAsync(cancellationToken);
        }
        return delivered;
    }

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

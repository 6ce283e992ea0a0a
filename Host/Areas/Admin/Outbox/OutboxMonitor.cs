using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using SalesSuite.SharedKernel.Events;
using SalesSuite.SharedKernel.Identity;
using SalesSuite.SharedKernel.OperationLog;
using SalesSuite.SharedKernel.Persistence;
using SalesSuite.SharedKernel.Time;

namespace SalesSuite.Host.Areas.Admin.Outbox;

/// <summary>Reads every registered database's outbox and requeues dead-lettered messages for the dispatcher.</summary>
internal sealed class OutboxMonitor(
    IServiceProvider services, ModuleDatabaseRegistry registry, BusinessClock businessClock, IClock clock, ICurrentUser currentUser)
{
    public async Task<IReadOnlyList<OutboxStatus>> ReadAsync(CancellationToken cancellationToken)
    {
        var result = new List<OutboxStatus>();
        foreach (var type in registry.Contexts)
        {
            var db = (IKernelDbContext)services.GetRequiredService(type);
            var outbox = db.Outbox.AsNoTracking();
            var dead = await outbox.Where(m => m.DeadLettered).ToListAsync(cancellationToken);
            result.Add(new OutboxStatus(
                type.Name,
                await outbox.CountAsync(m => m.ProcessedAt == null && !m.DeadLettered, cancellationToken),
                await outbox.CountAsync(m => m.ProcessedAt != null, cancellationToken),
                dead.Count,
                dead.OrderByDescending(m => m.OccurredAt).Take(100)
                    .Select(m => new DeadLetter(m.Id, m.Type, businessClock.Format(m.OccurredAt), m.Attempts, m.LastError)).ToList()));
        }
        return result;
    }

    /// <summary>False when the context or the dead-lettered message is unknown.</summary>
    public async Task<bool> RequeueAsync(string context, Guid messageId, CancellationToken cancellationToken)
    {
        var type = registry.Contexts.FirstOrDefault(t => t.Name == context);
        if (type is null)
        {
            return false;
        }
        var db = (IKernelDbContext)services.GetRequiredService(type);
        var message = await db.Outbox.SingleOrDefaultAsync(m => m.Id == messageId && m.DeadLettered, cancellationToken);
        if (message is null)
        {
            return false;
        }
        var now = clock.GetCurrentInstant();
        var change = new FieldChange(nameof(OutboxMessage.DeadLettered), "True", "False");
        message.Requeue(now);
        // Outbox rows are not auditable entities; the requeue is an admin action, so it is logged explicitly.
        db.OperationLog.Add(new OperationLogEntry(Guid.NewGuid(), currentUser.UserId, "Outbox.Requeue", nameof(OutboxMessage),
            message.Id.ToString(), now, JsonSerializer.Serialize(new[] { change })));
        await ((DbContext)db).SaveChangesAsync(cancellationToken);
        return true;
    }
}

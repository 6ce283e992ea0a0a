using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NodaTime;
using SalesSuite.SharedKernel.Persistence;

namespace SalesSuite.SharedKernel.Events;

/// <summary>
/// Deletes one context's delivered outbox rows and inbox records older than <see cref="OutboxOptions.RetentionDays"/>,
/// in batches (short transactions). Pending and dead-lettered outbox rows are never deleted: they still have work to do.
/// </summary>
public sealed class OutboxRetention<TContext>(IServiceScopeFactory scopes, IClock clock, IOptions<OutboxOptions> options)
    where TContext : DbContext, IKernelDbContext
{
    /// <returns>How many outbox rows and inbox records were deleted.</returns>
    public async Task<int> PurgeAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (settings.RetentionDays <= 0)
        {
            return 0;
        }
        var cutoff = clock.GetCurrentInstant() - Duration.FromDays(settings.RetentionDays);
        var batch = Math.Max(1, settings.RetentionBatchSize);
        var deleted = 0;
        while (!cancellationToken.IsCancellationRequested)
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<TContext>();
            var outbox = await db.Outbox
                .Where(m => m.ProcessedAt != null && m.ProcessedAt < cutoff && !m.DeadLettered)
                .OrderBy(m => m.ProcessedAt).Take(batch).Select(m => m.Id).ToListAsync(cancellationToken);
            var inbox = await db.Inbox
                .Where(r => r.ProcessedAt < cutoff)
                .OrderBy(r => r.ProcessedAt).Take(batch).Select(r => r.EventId).Distinct().ToListAsync(cancellationToken);
            if (outbox.Count == 0 && inbox.Count == 0)
            {
                break;
            }
            deleted += await db.Outbox.Where(m => outbox.Contains(m.Id)).ExecuteDeleteAsync(cancellationToken);
            deleted += await db.Inbox.Where(r => inbox.Contains(r.EventId) && r.ProcessedAt < cutoff).ExecuteDeleteAsync(cancellationToken);
        }
        return deleted;
    }
}

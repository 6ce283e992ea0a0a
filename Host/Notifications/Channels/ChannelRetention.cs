using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NodaTime;
using SalesSuite.Host.Data;

namespace SalesSuite.Host.Notifications.Channels;

/// <summary>
/// Keeps the delivery log from growing without end: Sent rows older than <see cref="ChannelOptions.SentRetentionDays"/>
/// and Failed rows older than <see cref="ChannelOptions.FailedRetentionDays"/> (0 = kept until an admin requeues them)
/// are deleted in batches. Pending and Sending rows are never touched. The bell rows stay.
/// </summary>
internal sealed class ChannelRetention(HostDbContext db, IClock clock, IOptions<ChannelOptions> options)
{
    /// <returns>How many delivery rows were deleted.</returns>
    public async Task<int> PurgeAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var now = clock.GetCurrentInstant();
        var deleted = 0;
        if (settings.SentRetentionDays > 0)
        {
            var sentBefore = now - Duration.FromDays(settings.SentRetentionDays);
            deleted += await DeleteInBatchesAsync(d => d.Status == DeliveryStatus.Sent && d.SentAt < sentBefore, cancellationToken);
        }
        if (settings.FailedRetentionDays > 0)
        {
            var failedBefore = now - Duration.FromDays(settings.FailedRetentionDays);
            deleted += await DeleteInBatchesAsync(d => d.Status == DeliveryStatus.Failed && d.CreatedAt < failedBefore, cancellationToken);
        }
        return deleted;
    }

    private async Task<int> DeleteInBatchesAsync(
        Expression<Func<ChannelDelivery, bool>> old, CancellationToken cancellationToken)
    {
        var batch = Math.Max(1, options.Value.RetentionBatchSize);
        var total = 0;
        while (true)
        {
            var ids = await db.ChannelDeliveries.Where(old).OrderBy(d => d.CreatedAt).Select(d => d.Id).Take(batch).ToListAsync(cancellationToken);
            if (ids.Count == 0)
            {
                return total;
            }
            // The condition is repeated: a row requeued between the read and the delete is kept.
            total += await db.ChannelDeliveries.Where(old).Where(d => ids.Contains(d.Id)).ExecuteDeleteAsync(cancellationToken);
            if (ids.Count < batch)
            {
                return total;
            }
        }
    }
}

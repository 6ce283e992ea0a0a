using Microsoft.EntityFrameworkCore;
using SalesSuite.Host.Data;
using SalesSuite.SharedKernel.Time;

namespace SalesSuite.Host.Notifications.Channels;

/// <summary>The admin's delivery log, filtered in the database, newest first, capped.</summary>
internal sealed class DeliveryLogQueries(HostDbContext db, NotificationTypes types, BusinessClock clock)
{
    public const int Cap = 500;

    public async Task<(IReadOnlyList<DeliveryRow> Rows, bool Truncated)> ListAsync(DeliveryFilter filter, CancellationToken ct)
    {
        var query = db.ChannelDeliveries.AsNoTracking();
        if (filter.Status is { } status)
        {
            query = query.Where(d => d.Status == status);
        }
        if (filter.Channel is { } channel)
        {
            query = query.Where(d => d.Channel == channel);
        }
        if (filter.UserId is { } userId)
        {
            query = query.Where(d => d.RecipientUserId == userId);
        }
        var deliveries = await query.OrderByDescending(d => d.CreatedAt).Take(Cap + 1).ToListAsync(ct);
        var userIds = deliveries.Select(d => d.RecipientUserId).Distinct().ToList();
        var names = await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id))
            .ToDictionaryAsync(u => u.Id, u => $"{u.DisplayName} ({u.UserName})", ct);
        var notificationIds = deliveries.Select(d => d.NotificationId).Distinct().ToList();
        var kinds = await db.Notifications.AsNoTracking().Where(n => notificationIds.Contains(n.Id))
            .ToDictionaryAsync(n => n.Id, n => new { n.SourceModule, n.TextKey }, ct);
        var rows = deliveries.Take(Cap).Select(d =>
        {
            var type = kinds.TryGetValue(d.NotificationId, out var k) ? types.Describe(k.SourceModule, k.TextKey) : null;
            return new DeliveryRow(d.Id, clock.Format(d.CreatedAt), names.GetValueOrDefault(d.RecipientUserId, d.RecipientUserId.ToString()),
                type is null ? string.Empty : $"{type.ModuleLabel} · {type.Name}", d.Channel, d.Status, d.Attempts,
                d.Status is DeliveryStatus.Pending ? clock.Format(d.NextAttemptAt) : null,
                d.SentAt is { } sent ? clock.Format(sent) : null, d.LastError, d.IdempotencyKey, d.Version);
        }).ToList();
        return (rows, deliveries.Count > Cap);
    }
}

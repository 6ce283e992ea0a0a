using Microsoft.EntityFrameworkCore;
using NodaTime;
using SalesSuite.Host.Data;
using SalesSuite.SharedKernel.Application;

namespace SalesSuite.Host.Notifications;

/// <summary>Mark read / all read, only ever on the signed-in user's own notifications.</summary>
public sealed class NotificationCommands(HostDbContext db, UnitOfWork<HostDbContext> unitOfWork, IClock clock)
{
    /// <returns>False when the notification is not the user's (the page answers 404).</returns>
    public async Task<bool> MarkReadAsync(Guid userId, Guid id, CancellationToken ct)
    {
        var mine = await db.Notifications.SingleOrDefaultAsync(n => n.Id == id && n.RecipientUserId == userId, ct);
        if (mine is null)
        {
            return false;
        }
        mine.ReadAt ??= clock.GetCurrentInstant();
        await unitOfWork.CommitAsync("Notification.Read", ct);
        return true;
    }

    public async Task MarkAllReadAsync(Guid userId, CancellationToken ct)
    {
        var readAt = clock.GetCurrentInstant();
        await db.Notifications.Where(n => n.RecipientUserId == userId && n.ReadAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAt, readAt), ct);
    }
}

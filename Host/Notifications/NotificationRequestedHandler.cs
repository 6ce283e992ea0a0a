using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using SalesSuite.Host.Data;
using SalesSuite.SharedKernel.Events;
using SalesSuite.SharedKernel.Identity;

namespace SalesSuite.Host.Notifications;

/// <summary>Fans a module's notification request out to the user, or to every active user in the role.</summary>
internal sealed class NotificationRequestedHandler(HostDbContext db, IClock clock, IOrganisation organisation)
    : IdempotentHandler<NotificationRequested, HostDbContext>(db, clock)
{
    protected override async Task ApplyAsync(NotificationRequested e, CancellationToken cancellationToken)
    {
        var recipients = new HashSet<Guid>();
        if (e.RecipientUserId is { } userId)
        {
            recipients.Add(userId);
        }
        if (e.RecipientRole is { } role)
        {
            recipients.UnionWith((await organisation.UsersInRoleAsync(role, cancellationToken)).Select(u => u.Id));
        }
        var already = await Db.Notifications.Where(n => n.SourceEventId == e.EventId)
            .Select(n => n.RecipientUserId).ToListAsync(cancellationToken);
        foreach (var recipient in recipients.Except(already))
        {
            Db.Notifications.Add(new Notification
            {
                RecipientUserId = recipient,
                SourceEventId = e.EventId,
                SourceModule = e.SourceModule,
                TextKey = e.TextKey,
                ArgumentsJson = JsonSerializer.Serialize(e.Arguments),
                Link = e.Link,
                CreatedAt = e.OccurredAt,
            });
        }
    }
}

using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using SalesSuite.Host.Data;
using SalesSuite.Host.Notifications.Channels;
using SalesSuite.SharedKernel.Events;
using SalesSuite.SharedKernel.Identity;

namespace SalesSuite.Host.Notifications;

/// <summary>
/// Fans a module's notification request out to the user, or to every active user in the role: a bell row each, and in
/// the same transaction one delivery row per further channel the person gets (sent later by the channel dispatcher).
/// </summary>
internal sealed class NotificationRequestedHandler(
    HostDbContext db, IClock clock, IOrganisation organisation, ChannelRouting routing, ChannelSignal signal)
    : IdempotentHandler<NotificationRequested, HostDbContext>(db, clock)
{
    private bool _queued;

    protected override async Task ApplyAsync(NotificationRequested e, CancellationToken cancellationToken)
    {
        var recipients = new Dictionary<Guid, OrgUser?>();
        if (e.RecipientUserId is { } userId)
        {
            recipients[userId] = await organisation.FindUserAsync(userId, cancellationToken);
        }
        if (e.RecipientRole is { } role)
        {
            foreach (var user in await organisation.UsersInRoleAsync(role, cancellationToken))
            {
                recipients[user.Id] = user;
            }
        }
        var already = await Db.Notifications.Where(n => n.SourceEventId == e.EventId)
            .Select(n => n.RecipientUserId).ToListAsync(cancellationToken);
        var fresh = recipients.Keys.Except(already).ToList();
        var known = fresh.Select(id => recipients[id]).OfType<OrgUser>().ToList();
        var channels = await routing.ChoicesAsync(known, e.SourceModule, e.TextKey, cancellationToken);
        var now = Clock.GetCurrentInstant();
        var queued = false;
        foreach (var recipient in fresh)
        {
            var notification = new Notification
            {
                RecipientUserId = recipient,
                SourceEventId = e.EventId,
                SourceModule = e.SourceModule,
                TextKey = e.TextKey,
                ArgumentsJson = JsonSerializer.Serialize(e.Arguments),
                Link = e.Link,
                CreatedAt = e.OccurredAt,
            };
            Db.Notifications.Add(notification);
            foreach (var channel in DeliveryChannels.Split(channels.GetValueOrDefault(recipient)))
            {
                Db.ChannelDeliveries.Add(new ChannelDelivery(notification.Id, recipient, channel, now));
                queued = true;
            }
        }
        _queued = queued;
    }

    protected override void Committed()
    {
        if (_queued)
        {
            signal.Notify();
        }
    }
}

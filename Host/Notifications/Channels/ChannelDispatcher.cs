using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NodaTime;
using SalesSuite.Host.Data;

namespace SalesSuite.Host.Notifications.Channels;

/// <summary>
/// One pass over due deliveries. Each row is claimed with a conditional update (Pending and due, or Sending with an
/// expired lease) that only one host can win, so several hosts never send the same row at once; the attempt is counted
/// in the claim. The send has a timeout; success marks it Sent, failure backs off or gives up (Failed).
/// </summary>
internal sealed class ChannelDispatcher(
    HostDbContext db,
    IClock clock,
    IOptions<ChannelOptions> options,
    ChannelMessageComposer composer,
    IEnumerable<IChannelSender> senders,
    ILogger<ChannelDispatcher> logger)
{
    /// <returns>How many deliveries this pass attempted.</returns>
    public async Task<int> DispatchDueAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetCurrentInstant();
        await GiveUpAbandonedAsync(now, cancellationToken);
        var due = await Due(now).OrderBy(d => d.NextAttemptAt).Select(d => d.Id).Take(options.Value.BatchSize).ToListAsync(cancellationToken);
        var attempted = 0;
        foreach (var id in due)
        {
            var lease = Guid.NewGuid();
            if (await ClaimAsync(id, lease, cancellationToken))
            {
                await SendAsync(id, lease, cancellationToken);
                attempted++;
            }
        }
        return attempted;
    }

    private IQueryable<ChannelDelivery> Due(Instant now)
    {
        var max = options.Value.MaxAttempts;
        return db.ChannelDeliveries.Where(d =>
            (d.Status == DeliveryStatus.Pending && d.NextAttemptAt <= now)
            || (d.Status == DeliveryStatus.Sending && d.LeaseUntil < now && d.Attempts < max));
    }

    private async Task<bool> ClaimAsync(Guid id, Guid lease, CancellationToken cancellationToken)
    {
        var now = clock.GetCurrentInstant();
        Instant? until = now + Duration.FromTimeSpan(options.Value.Lease);
        Guid? owner = lease;
        var claimed = await Due(now).Where(d => d.Id == id).ExecuteUpdateAsync(
            s => s.SetProperty(d => d.Status, DeliveryStatus.Sending)
                .SetProperty(d => d.LeaseOwner, owner)
                .SetProperty(d => d.LeaseUntil, until)
                .SetProperty(d => d.Attempts, d => d.Attempts + 1),
            cancellationToken);
        return claimed == 1;
    }

    private async Task SendAsync(Guid id, Guid lease, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        var delivery = await db.ChannelDeliveries.SingleOrDefaultAsync(d => d.Id == id && d.LeaseOwner == lease, cancellationToken);
        if (delivery is null)
        {
            return;
        }
        try
        {
            var notification = await db.Notifications.AsNoTracking().SingleAsync(n => n.Id == delivery.NotificationId, cancellationToken);
            var recipient = await db.Users.AsNoTracking().SingleAsync(u => u.Id == delivery.RecipientUserId, cancellationToken);
            var message = composer.Compose(delivery, notification, recipient);
            var sender = senders.First(s => s.Handles(delivery.Channel));
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(options.Value.SendTimeout);
            await sender.SendAsync(message, timeout.Token);
            delivery.MarkSent(clock.GetCurrentInstant());
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            var error = ex is OperationCanceledException ? $"Timed out after {options.Value.SendTimeout}" : ex.GetBaseException().Message;
            logger.LogWarning(ex, "Delivery {Key} failed (attempt {Attempt})", delivery.IdempotencyKey, delivery.Attempts);
            delivery.MarkFailed(clock.GetCurrentInstant(), error, options.Value.MaxAttempts);
        }
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // An admin or another host changed the row meanwhile; theirs stands.
            logger.LogWarning("Delivery {Key} changed while it was being sent; its outcome was not recorded", delivery.IdempotencyKey);
        }
    }

    /// <summary>A row whose host died on its last allowed attempt is not retried forever: it becomes Failed.</summary>
    private async Task GiveUpAbandonedAsync(Instant now, CancellationToken cancellationToken)
    {
        var max = options.Value.MaxAttempts;
        await db.ChannelDeliveries
            .Where(d => d.Status == DeliveryStatus.Sending && d.LeaseUntil < now && d.Attempts >= max)
            .ExecuteUpdateAsync(
                s => s.SetProperty(d => d.Status, DeliveryStatus.Failed).SetProperty(d => d.LastError, "Lease expired on the last attempt"),
                cancellationToken);
    }
}

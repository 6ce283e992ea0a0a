using Microsoft.EntityFrameworkCore;
using NodaTime;
using SalesSuite.Host.Data;
using SalesSuite.SharedKernel.Application;
using SalesSuite.SharedKernel.Domain;

namespace SalesSuite.Host.Notifications.Channels;

/// <summary>An admin requeues a failed delivery; the form carries the version it showed (a stale one is refused, 409).</summary>
internal sealed class DeliveryCommands(HostDbContext db, UnitOfWork<HostDbContext> unitOfWork, IClock clock, ChannelSignal signal)
{
    public async Task RequeueAsync(Guid id, int version, CancellationToken ct)
    {
        var delivery = await db.ChannelDeliveries.SingleOrDefaultAsync(d => d.Id == id, ct) ?? throw new KeyNotFoundException();
        StaleEditException.ThrowIfChanged(version, delivery.Version);
        delivery.Requeue(clock.GetCurrentInstant());
        await unitOfWork.CommitAsync("Channels.Requeue", ct);
        signal.Notify();
    }
}

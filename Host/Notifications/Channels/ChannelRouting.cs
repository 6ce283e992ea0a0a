using Microsoft.EntityFrameworkCore;
using SalesSuite.Host.Data;
using SalesSuite.SharedKernel.Identity;

namespace SalesSuite.Host.Notifications.Channels;

/// <summary>Which channels a person gets for a type: their choice or their roles' default, limited to what an admin set up.</summary>
internal sealed class ChannelRouting(HostDbContext db)
{
    public async Task<DeliveryChannel> ConfiguredAsync(CancellationToken cancellationToken)
    {
        var channels = await db.EmailServers.AnyAsync(s => s.Enabled && s.Host != string.Empty, cancellationToken)
            ? DeliveryChannel.Email
            : DeliveryChannel.None;
        foreach (var robot in await db.ChannelRobots.AsNoTracking().Where(r => r.Enabled && r.Url != string.Empty).ToListAsync(cancellationToken))
        {
            channels |= robot.Channel;
        }
        return channels;
    }

    public async Task<Dictionary<Guid, DeliveryChannel>> ChoicesAsync(
        IReadOnlyCollection<OrgUser> recipients, string sourceModule, string textKey, CancellationToken cancellationToken)
    {
        var configured = await ConfiguredAsync(cancellationToken);
        if (configured == DeliveryChannel.None)
        {
            return recipients.ToDictionary(r => r.Id, _ => DeliveryChannel.None);
        }
        var ids = recipients.Select(r => r.Id).ToList();
        var chosen = await db.ChannelPreferences.AsNoTracking()
            .Where(p => ids.Contains(p.UserId) && p.SourceModule == sourceModule && p.TextKey == textKey)
            .ToDictionaryAsync(p => p.UserId, p => p.Channels, cancellationToken);
        return recipients.ToDictionary(r => r.Id, r =>
        {
            var wanted = chosen.TryGetValue(r.Id, out var mine) ? mine : ChannelDefaults.For(r.Roles);
            var channels = wanted & configured;
            return string.IsNullOrWhiteSpace(r.Email) ? channels & ~DeliveryChannel.Email : channels;
        });
    }
}

using Microsoft.EntityFrameworkCore;
using SalesSuite.Host.Data;
using SalesSuite.SharedKernel.Identity;

namespace SalesSuite.Host.Notifications.Channels;

/// <summary>Which channels a person gets for a type: their choice or their roles' default, limited to what an admin set up.</summary>
internal sealed class ChannelRouting(HostDbContext db)
{
    /// <summary>The channels set up for a member of <paramref name="teamId"/>: email, the company's robots and the team's.</summary>
    public async Task<DeliveryChannel> ConfiguredAsync(Guid? teamId, CancellationToken cancellationToken) =>
        For(await EmailReadyAsync(cancellationToken), await UsableRobotsAsync(cancellationToken), teamId);

    private Task<bool> EmailReadyAsync(CancellationToken cancellationToken) =>
        db.EmailServers.AnyAsync(s => s.Enabled && s.Host != string.Empty, cancellationToken);

    private Task<List<ChannelRobot>> UsableRobotsAsync(CancellationToken cancellationToken) =>
        db.ChannelRobots.AsNoTracking().Where(r => r.Enabled && r.Url != string.Empty).ToListAsync(cancellationToken);

    private static DeliveryChannel For(bool email, IReadOnlyList<ChannelRobot> robots, Guid? teamId)
    {
        var channels = email ? DeliveryChannel.Email : DeliveryChannel.None;
        foreach (var robot in robots.Where(r => r.TeamId == Guid.Empty || r.TeamId == teamId))
        {
            channels |= robot.Channel;
        }
        return channels;
    }

    public async Task<Dictionary<Guid, DeliveryChannel>> ChoicesAsync(
        IReadOnlyCollection<OrgUser> recipients, string sourceModule, string textKey, CancellationToken cancellationToken)
    {
        var email = await EmailReadyAsync(cancellationToken);
        var robots = await UsableRobotsAsync(cancellationToken);
        if (!email && robots.Count == 0)
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
            var channels = wanted & For(email, robots, r.TeamId);
            return string.IsNullOrWhiteSpace(r.Email) ? channels & ~DeliveryChannel.Email : channels;
        });
    }
}

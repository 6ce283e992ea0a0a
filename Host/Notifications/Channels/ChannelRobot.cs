using SalesSuite.SharedKernel.Persistence;

namespace SalesSuite.Host.Notifications.Channels;

/// <summary>
/// A group robot (WeCom, DingTalk) or the generic JSON webhook, configured by an admin: the company's one per channel
/// (<see cref="TeamId"/> empty), and optionally a WeCom / DingTalk robot per team, which overrides the company's for the
/// team's members.
/// </summary>
public sealed class ChannelRobot : IAuditable, IVersioned
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public DeliveryChannel Channel { get; set; }
    /// <summary>The team whose members this robot serves; <see cref="Guid.Empty"/> for the company default (unique with Channel).</summary>
    public Guid TeamId { get; set; }
    public bool Enabled { get; set; }
    /// <summary>The webhook address (WeCom and DingTalk put the robot's access token in it).</summary>
    [NotAudited]
    public string Url { get; set; } = string.Empty;
    /// <summary>DingTalk's signing secret (SEC…), or the generic webhook's HMAC key; optional.</summary>
    [NotAudited]
    public string? Secret { get; set; }
    public int Version { get; set; }
    public string AuditId => Id.ToString();

    public bool IsTeamRobot => TeamId != Guid.Empty;

    public bool IsUsable => Enabled && !string.IsNullOrWhiteSpace(Url);

    /// <summary>The robot that serves a member of <paramref name="teamId"/>: their team's when usable, else the company's.</summary>
    public static ChannelRobot? For(IEnumerable<ChannelRobot> robots, DeliveryChannel channel, Guid? teamId)
    {
        var usable = robots.Where(r => r.Channel == channel && r.IsUsable).ToList();
        return (teamId is { } team ? usable.FirstOrDefault(r => r.TeamId == team) : null)
            ?? usable.FirstOrDefault(r => r.TeamId == Guid.Empty);
    }
}

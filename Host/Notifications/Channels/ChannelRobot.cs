using SalesSuite.SharedKernel.Persistence;

namespace SalesSuite.Host.Notifications.Channels;

/// <summary>A group robot (WeCom, DingTalk) or the generic JSON webhook: one per channel, configured by an admin.</summary>
public sealed class ChannelRobot : IAuditable, IVersioned
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public DeliveryChannel Channel { get; set; }
    public bool Enabled { get; set; }
    /// <summary>The webhook address (WeCom and DingTalk put the robot's access token in it).</summary>
    [NotAudited]
    public string Url { get; set; } = string.Empty;
    /// <summary>DingTalk's signing secret (SEC…), or the generic webhook's HMAC key; optional.</summary>
    [NotAudited]
    public string? Secret { get; set; }
    public int Version { get; set; }
    public string AuditId => Id.ToString();
}

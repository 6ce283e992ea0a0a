namespace SalesSuite.Host.Notifications.Channels;

public sealed class RobotInput
{
    public DeliveryChannel Channel { get; set; }
    /// <summary>A team's own WeCom / DingTalk robot; empty for the company's.</summary>
    public Guid? TeamId { get; set; }
    /// <summary>Posted by the "add a team robot" form: a robot that already exists for the team and channel is refused.</summary>
    public bool IsNew { get; set; }
    public bool Enabled { get; set; }
    public string? Url { get; set; }
    /// <summary>Empty keeps the stored secret (it is never shown again); <see cref="ClearSecret"/> removes it.</summary>
    public string? Secret { get; set; }
    public bool ClearSecret { get; set; }
    public int Version { get; set; }
}

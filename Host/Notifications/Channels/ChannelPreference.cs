namespace SalesSuite.Host.Notifications.Channels;

/// <summary>A person's choice of channels for one notification type; no row means the role default.</summary>
public sealed class ChannelPreference
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid UserId { get; set; }
    public string SourceModule { get; set; } = string.Empty;
    public string TextKey { get; set; } = string.Empty;
    public DeliveryChannel Channels { get; set; }
}

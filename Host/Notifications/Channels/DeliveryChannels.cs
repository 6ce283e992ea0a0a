namespace SalesSuite.Host.Notifications.Channels;

public static class DeliveryChannels
{
    /// <summary>Every channel besides the bell, in the order pages show them.</summary>
    public static readonly IReadOnlyList<DeliveryChannel> All =
        [DeliveryChannel.Email, DeliveryChannel.WeCom, DeliveryChannel.DingTalk, DeliveryChannel.Webhook];

    /// <summary>The robots an admin configures (a group webhook each).</summary>
    public static readonly IReadOnlyList<DeliveryChannel> Robots = [DeliveryChannel.WeCom, DeliveryChannel.DingTalk, DeliveryChannel.Webhook];

    public static IEnumerable<DeliveryChannel> Split(DeliveryChannel channels) => All.Where(c => channels.HasFlag(c));
}

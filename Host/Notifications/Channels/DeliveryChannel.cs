namespace SalesSuite.Host.Notifications.Channels;

/// <summary>Where a notification goes besides the bell. The bell always gets it: the bell row is the record.</summary>
[Flags]
public enum DeliveryChannel
{
    None = 0,
    Email = 1,
    WeCom = 2,
    DingTalk = 4,
    Webhook = 8,
}

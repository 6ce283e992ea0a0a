using NodaTime;
using SalesSuite.Host.Data;
using SalesSuite.Host.Notifications;
using SalesSuite.Host.Notifications.Channels;

namespace SalesSuite.Host.Seeding;

/// <summary>
/// The channel set-up as an admin would leave it before going live: the SMTP server and the WeCom and DingTalk robots
/// filled in but switched off, pointing at addresses under <c>.invalid</c> (a name that never resolves), so the demo sends
/// nothing. The delivery log shows what a week of use looks like: sent emails and robot messages, and one that failed
/// after every attempt (all of it old notifications, already read, so no bell counts change).
/// </summary>
internal static class DemoChannels
{
    public const string DemoDomain = "demo.invalid";

    private static readonly int MaxAttempts = new ChannelOptions().MaxAttempts;

    public static void Add(HostDbContext db, IReadOnlyDictionary<string, Guid> people, Instant now)
    {
        db.EmailServers.Add(new EmailServer
        {
            Enabled = false, Host = "smtp." + DemoDomain, Port = 587, TlsMode = EmailTlsMode.StartTls,
            UserName = "notify@" + DemoDomain, SenderAddress = "notify@" + DemoDomain, SenderName = "SalesSuite 演示",
        });
        db.ChannelRobots.Add(new ChannelRobot
        {
            Channel = DeliveryChannel.WeCom, Enabled = false, Url = $"https://wecom.{DemoDomain}/webhook/send?key=demo",
        });
        db.ChannelRobots.Add(new ChannelRobot
        {
            Channel = DeliveryChannel.DingTalk, Enabled = false, Url = $"https://dingtalk.{DemoDomain}/robot/send?access_token=demo",
            Secret = "SECdemo-not-a-real-secret",
        });
        (string Person, DeliveryChannel Channel, string Module, string Key, string Link, string[] Args, int DaysAgo, string? Error)[] rows =
        [
            ("finance", DeliveryChannel.Email, "Quotes", "Offer_Notify_RebateRequested", "/Quotes/Rebates/Requests",
                ["120,000.00", "医院", "SW-LIC-HIS"], 3, null),
            ("gm", DeliveryChannel.WeCom, NotificationTypes.PlatformModule, "Channels_Test_Text", "/Admin/Deliveries", [], 6, null),
            ("gm", DeliveryChannel.DingTalk, NotificationTypes.PlatformModule, "Channels_Test_Text", "/Admin/Deliveries", [], 6, null),
            ("director", DeliveryChannel.DingTalk, NotificationTypes.PlatformModule, "Channels_Test_Text", "/Admin/Deliveries", [], 5,
                "HTTP 310000: keywords not in content / sign not match"),
        ];
        foreach (var r in rows)
        {
            var at = now - Duration.FromDays(r.DaysAgo);
            var notification = new Notification
            {
                RecipientUserId = people[r.Person], SourceEventId = Guid.NewGuid(), SourceModule = r.Module,
                TextKey = r.Key, ArgumentsJson = System.Text.Json.JsonSerializer.Serialize(r.Args), Link = r.Link, CreatedAt = at,
                ReadAt = at + Duration.FromHours(1),
            };
            db.Notifications.Add(notification);
            var delivery = new ChannelDelivery(notification.Id, notification.RecipientUserId, r.Channel, at);
            db.ChannelDeliveries.Add(delivery);
            if (r.Error is null)
            {
                db.Entry(delivery).Property(d => d.Attempts).CurrentValue = 1;
                delivery.MarkSent(at + Duration.FromSeconds(4));
            }
            else
            {
                db.Entry(delivery).Property(d => d.Attempts).CurrentValue = MaxAttempts;
                delivery.MarkFailed(at + Duration.FromHours(1), r.Error, MaxAttempts);
            }
        }
    }
}

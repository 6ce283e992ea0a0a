using Microsoft.EntityFrameworkCore;
using NodaTime;
using SalesSuite.Host.Data;
using SalesSuite.SharedKernel.Application;
using SalesSuite.SharedKernel.Domain;

namespace SalesSuite.Host.Notifications.Channels;

/// <summary>The admin's channel set-up: the SMTP server, the robots, and a test message through the real delivery path.</summary>
internal sealed class ChannelSettingsCommands(HostDbContext db, UnitOfWork<HostDbContext> unitOfWork, IClock clock, ChannelSignal signal)
{
    public const string TestKey = "Channels_Test_Text";

    public async Task SaveEmailAsync(EmailServerInput input, CancellationToken ct)
    {
        var server = await db.EmailServers.SingleOrDefaultAsync(ct);
        if (server is null)
        {
            StaleEditException.ThrowIfChanged(input.Version, 0);
            server = new EmailServer();
            db.EmailServers.Add(server);
        }
        else
        {
            db.Entry(server).Property(s => s.Version).OriginalValue = input.Version;
        }
        server.Enabled = input.Enabled;
        server.Host = input.Host?.Trim() ?? string.Empty;
        server.Port = input.Port;
        server.TlsMode = input.TlsMode;
        server.UserName = string.IsNullOrWhiteSpace(input.UserName) ? null : input.UserName.Trim();
        server.SenderAddress = input.SenderAddress?.Trim() ?? string.Empty;
        server.SenderName = string.IsNullOrWhiteSpace(input.SenderName) ? null : input.SenderName.Trim();
        await unitOfWork.CommitAsync("Channels.EmailServer", ct);
    }

    public async Task SaveRobotAsync(RobotInput input, CancellationToken ct)
    {
        var robot = await db.ChannelRobots.SingleOrDefaultAsync(r => r.Channel == input.Channel, ct);
        if (robot is null)
        {
            StaleEditException.ThrowIfChanged(input.Version, 0);
            robot = new ChannelRobot { Channel = input.Channel };
            db.ChannelRobots.Add(robot);
        }
        else
        {
            db.Entry(robot).Property(r => r.Version).OriginalValue = input.Version;
        }
        robot.Enabled = input.Enabled;
        robot.Url = input.Url?.Trim() ?? string.Empty;
        if (input.ClearSecret)
        {
            robot.Secret = null;
        }
        else if (!string.IsNullOrWhiteSpace(input.Secret))
        {
            robot.Secret = input.Secret.Trim();
        }
        await unitOfWork.CommitAsync("Channels.Robot", ct);
    }

    /// <summary>A test notification to the admin over <paramref name="channel"/>, queued like any other (never sent on the request).</summary>
    public async Task<Guid> QueueTestAsync(Guid adminUserId, DeliveryChannel channel, CancellationToken ct)
    {
        if (!DeliveryChannels.All.Contains(channel))
        {
            throw new KeyNotFoundException();
        }
        var now = clock.GetCurrentInstant();
        var notification = new Notification
        {
            RecipientUserId = adminUserId,
            SourceEventId = Guid.NewGuid(),
            SourceModule = NotificationTypes.PlatformModule,
            TextKey = TestKey,
            ArgumentsJson = "[]",
            Link = "/Admin/Deliveries",
            CreatedAt = now,
        };
        db.Notifications.Add(notification);
        var delivery = new ChannelDelivery(notification.Id, adminUserId, channel, now);
        db.ChannelDeliveries.Add(delivery);
        await unitOfWork.CommitAsync("Channels.Test", ct);
        signal.Notify();
        return delivery.Id;
    }
}

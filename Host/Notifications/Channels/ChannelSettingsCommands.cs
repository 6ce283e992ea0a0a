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

    /// <summary>
    /// Saves the company's robot of a channel, or a team's own (<see cref="RobotInput.TeamId"/>): an unknown team is 404, a
    /// second robot for the same team and channel is refused (Gap_TeamRobot_Exists), a stale form is 409.
    /// </summary>
    public async Task SaveRobotAsync(RobotInput input, CancellationToken ct)
    {
        var team = input.TeamId ?? Guid.Empty;
        if (team != Guid.Empty && !await db.Teams.AnyAsync(t => t.Id == team, ct))
        {
            throw new KeyNotFoundException();
        }
        var robot = await db.ChannelRobots.SingleOrDefaultAsync(r => r.Channel == input.Channel && r.TeamId == team, ct);
        DomainException.ThrowIf(robot is not null && team != Guid.Empty && input.IsNew, "Gap_TeamRobot_Exists");
        if (robot is null)
        {
            StaleEditException.ThrowIfChanged(input.Version, 0);
            robot = new ChannelRobot { Channel = input.Channel, TeamId = team };
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

    /// <summary>Removes a team's robot (its members fall back to the company's); the company's robots are only disabled.</summary>
    public async Task RemoveTeamRobotAsync(Guid id, int version, CancellationToken ct)
    {
        var robot = await db.ChannelRobots.SingleOrDefaultAsync(r => r.Id == id && r.TeamId != Guid.Empty, ct)
            ?? throw new KeyNotFoundException();
        StaleEditException.ThrowIfChanged(version, robot.Version);
        db.ChannelRobots.Remove(robot);
        await unitOfWork.CommitAsync("Channels.TeamRobotRemoved", ct);
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

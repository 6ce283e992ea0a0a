using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SalesSuite.Host.Data;
using SalesSuite.Host.Notifications.Channels;
using SalesSuite.SharedKernel.Events;
using SalesSuite.Testing;

namespace SalesSuite.Host.Tests.Channels;

/// <summary>Set-up and inspection for the channel tests: servers, robots, a notification through the real handler, a dispatch pass.</summary>
internal static class ChannelKit
{
    public static Task ConfigureAsync(
        this AppFactory app, int? smtpPort = null, (DeliveryChannel Channel, string Url, string? Secret)[]? robots = null) =>
        app.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<HostDbContext>();
            var commands = sp.GetRequiredService<ChannelSettingsCommands>();
            var server = await db.EmailServers.AsNoTracking().SingleOrDefaultAsync();
            await commands.SaveEmailAsync(new EmailServerInput
            {
                Enabled = smtpPort is not null, Host = "127.0.0.1", Port = smtpPort ?? 25, TlsMode = EmailTlsMode.None,
                SenderAddress = "crm@example.test", SenderName = "SalesSuite", Version = server?.Version ?? 0,
            }, CancellationToken.None);
            foreach (var channel in DeliveryChannels.Robots)
            {
                var stored = await db.ChannelRobots.AsNoTracking().SingleOrDefaultAsync(r => r.Channel == channel && r.TeamId == Guid.Empty);
                var wanted = robots?.FirstOrDefault(r => r.Channel == channel);
                await commands.SaveRobotAsync(new RobotInput
                {
                    Channel = channel, Enabled = wanted?.Url is not null, Url = wanted?.Url ?? stored?.Url, Secret = wanted?.Secret,
                    ClearSecret = wanted?.Secret is null, Version = stored?.Version ?? 0,
                }, CancellationToken.None);
            }
        });

    /// <summary>A module's notification (through the host's real handler), as the outbox would deliver it.</summary>
    public static async Task<NotificationRequested> NotifyAsync(
        this AppFactory app, Guid? user, string? role, string module, string key, string link, params string[] args)
    {
        var request = new NotificationRequested(Guid.NewGuid(), app.Clock.GetCurrentInstant(), null, user, role, module, key, args, link);
        await app.ConsumeAsync(request);
        return request;
    }

    public static Task<int> DispatchAsync(this AppFactory app) =>
        app.InScopeAsync(sp => sp.GetRequiredService<ChannelDispatcher>().DispatchDueAsync(CancellationToken.None));

    public static Task<List<ChannelDelivery>> DeliveriesAsync(this AppFactory app, NotificationRequested request) =>
        app.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<HostDbContext>();
            var ids = await db.Notifications.Where(n => n.SourceEventId == request.EventId).Select(n => n.Id).ToListAsync();
            return await db.ChannelDeliveries.AsNoTracking().Where(d => ids.Contains(d.NotificationId)).ToListAsync();
        });

    public static Task SetCultureAsync(this AppFactory app, string userName, string culture) =>
        app.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<HostDbContext>();
            await db.Users.Where(u => u.UserName == userName).ExecuteUpdateAsync(s => s.SetProperty(u => u.PreferredCulture, culture));
        });
}

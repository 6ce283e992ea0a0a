using Microsoft.Extensions.DependencyInjection;
using SalesSuite.Host.Data;
using SalesSuite.SharedKernel.Events;
using SalesSuite.SharedKernel.Identity;

namespace SalesSuite.Testing;

/// <summary>Shortcuts into the running host: demo users by name, notifications through the host's outbox.</summary>
public static class PlatformExtensions
{
    public static Task<Guid> UserIdAsync(this AppFactory factory, string userName) =>
        factory.InScopeAsync(async sp =>
        {
            var users = await sp.GetRequiredService<IOrganisation>().ActiveUsersAsync();
            return users.Single(u => u.UserName == userName).Id;
        });

    /// <summary>
    /// Stores a NotificationRequested in the host's outbox (as a module would in its own);
    /// deliver with DrainOutboxesAsync or the background dispatcher.
    /// </summary>
    public static async Task<NotificationRequested> PublishNotificationAsync(
        this AppFactory factory, Guid? recipientUserId, string? recipientRole = null, string textKey = "Notifications_Title", string? link = null)
    {
        var evt = new NotificationRequested(Guid.NewGuid(), factory.Clock.GetCurrentInstant(), null, recipientUserId, recipientRole,
            "Platform", textKey, [], link);
        await factory.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<HostDbContext>();
            db.Publish(evt);
            await db.SaveChangesAsync();
        });
        return evt;
    }
}

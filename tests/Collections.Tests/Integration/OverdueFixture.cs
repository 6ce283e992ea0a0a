using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using SalesSuite.Collections.Application.Overdue;
using SalesSuite.Collections.Background;
using SalesSuite.Collections.Data;
using SalesSuite.Collections.Domain;
using SalesSuite.Quotes.Contracts;
using SalesSuite.SharedKernel.Events;
using SalesSuite.Testing;

namespace SalesSuite.Collections.Tests.Integration;

/// <summary>Shortcuts for the overdue tests: an overdue milestone made through QuoteAccepted, a tick, what was published.</summary>
internal static class OverdueFixture
{
    public static LocalDate Today(this AppFactory app) =>
        app.Clock.GetCurrentInstant().InZone(DateTimeZoneProviders.Tzdb["Asia/Shanghai"]).Date;

    /// <summary>One milestone of 1,000.00 for <paramref name="owner"/>, due <paramref name="daysOverdue"/> days before today.</summary>
    public static async Task<Receivable> OverdueReceivableAsync(this AppFactory app, string owner, int daysOverdue, string? customerName = null)
    {
        var customerId = Guid.NewGuid();
        if (customerName is not null)
        {
            await app.ConsumeAsync(Events.CustomerRegistered(customerId: customerId, name: customerName));
        }
        var accepted = Events.QuoteAccepted(ownerId: await app.UserIdAsync(owner), customerId: customerId, amount: 1000m,
            occurredAt: app.Clock.GetCurrentInstant(),
            paymentSchedule: [new PaymentMilestone($"首付款 {Guid.NewGuid():N}"[..12], 100m, 1000m, app.Today().PlusDays(-daysOverdue), null)]);
        await app.ConsumeAsync(accepted);
        return await app.InScopeAsync(sp =>
        {
            var db = sp.GetRequiredService<CollectionsDbContext>();
            return db.Contracts.AsNoTracking().Where(c => c.QuoteId == accepted.QuoteId).SelectMany(c => c.Milestones).SingleAsync();
        });
    }

    public static Task<Receivable> ReceivableAsync(this AppFactory app, Guid id) =>
        app.InScopeAsync(sp => sp.GetRequiredService<CollectionsDbContext>().Receivables.AsNoTracking().SingleAsync(r => r.Id == id));

    public static Task<FollowUpResult> TickAsync(this AppFactory app) =>
        app.InScopeAsync(sp => sp.GetRequiredService<OverdueWork>().TickAsync(CancellationToken.None));

    /// <summary>The events of type <typeparamref name="T"/> in Collections' outbox.</summary>
    public static Task<List<T>> PublishedAsync<T>(this AppFactory app) where T : IIntegrationEvent =>
        app.InScopeAsync(async sp =>
        {
            var rows = await sp.GetRequiredService<CollectionsDbContext>().Outbox.AsNoTracking()
                .Where(m => m.Type.StartsWith(typeof(T).FullName + ",")).ToListAsync();
            return rows.Select(m => (T)EventSerializer.Deserialize(m.Type, m.Payload)).ToList();
        });

    public static async Task<List<NotificationRequested>> NotificationsAsync(this AppFactory app, Guid receivableId) =>
        (await app.PublishedAsync<NotificationRequested>()).Where(n => n.Link?.Contains(receivableId.ToString()) == true).ToList();
}

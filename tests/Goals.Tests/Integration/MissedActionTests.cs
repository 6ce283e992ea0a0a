using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using SalesSuite.Goals.Background;
using SalesSuite.Goals.Domain;
using SalesSuite.Testing;

namespace SalesSuite.Goals.Tests.Integration;

/// <summary>The missed-key-action alert on the fake clock (its own app: it moves the clock).</summary>
public sealed class MissedActionTests(PlansAppFactory app) : IClassFixture<PlansAppFactory>
{
    private static readonly LocalDate Monday = new(2026, 11, 23);

    private Task<int> TickAsync() => app.InScopeAsync(sp => sp.GetRequiredService<MissedActionWork>().TickAsync(CancellationToken.None));

    [Fact]
    public async Task Given_key_visits_planned_monday_to_wednesday_and_none_done_When_ticking_Then_thursday_raises_one_alert_and_two_notifications()
    {
        var sales = await app.UserIdAsync("sales02");
        var colleague = await app.UserIdAsync("sales05");
        await app.ConsumeAsync(Events.DealClosedWon(Guid.NewGuid(), Guid.NewGuid(), colleague));
        var keyVisit = DefaultActionTypes.IdOf(KeyActionType.KeyVisit);
        var prospect = DefaultActionTypes.IdOf(KeyActionType.NewProspect);
        await app.GoalsAsync(db =>
        {
            var plan = new WeeklyPlan(Guid.NewGuid(), sales, Monday, AppFactory.DefaultNow);
            for (var d = 0; d < 3; d++)
            {
                plan.Add(Monday.PlusDays(d), keyVisit, null, null, null, null, AppFactory.DefaultNow);
            }
            // Prospects planned Monday–Wednesday too, but Tuesday's was done: no alert for them.
            for (var d = 0; d < 3; d++)
            {
                plan.Add(Monday.PlusDays(d), prospect, null, null, null, null, AppFactory.DefaultNow);
            }
            db.Plans.Add(plan);
            return Task.CompletedTask;
        });
        await app.ConsumeAsync(Events.FollowUpLogged(sales, objective: "EstablishContact", occurredAt: AppFactory.DefaultNow + Duration.FromDays(1)));

        app.Clock.Reset(AppFactory.DefaultNow + Duration.FromDays(2));
        Assert.Equal(0, await TickAsync());
        Assert.Empty(await app.PublishedAsync("KeyActionMissed"));

        app.Clock.Reset(AppFactory.DefaultNow + Duration.FromDays(3));
        Assert.Equal(1, await TickAsync());
        app.Clock.Advance(Duration.FromHours(1));
        Assert.Equal(0, await TickAsync());

        var missed = Assert.Single(await app.PublishedAsync("KeyActionMissed"));
        Assert.Contains(KeyActionType.KeyVisit, missed);
        Assert.Contains("2026-11-25", missed);
        var notes = await app.PublishedAsync("NotificationRequested");
        var person = Assert.Single(notes, n => n.Contains("Missed_Notify_Person"));
        Assert.Contains("/Goals/Plans/Today", person);
        Assert.Single(notes, n => n.Contains("Missed_Notify_Manager"));
        var alert = Assert.Single(await app.GoalsAsync(db => db.MissedAlerts.AsNoTracking().ToListAsync()));
        Assert.Equal((sales, keyVisit, Monday.PlusDays(2)), (alert.UserId, alert.ActionTypeId, alert.LastDay));
    }
}

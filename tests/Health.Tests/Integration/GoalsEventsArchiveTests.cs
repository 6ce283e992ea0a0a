using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using SalesSuite.Goals.Contracts;
using SalesSuite.Health.Data;
using SalesSuite.Testing;

namespace SalesSuite.Health.Tests.Integration;

/// <summary>Goals' events reach Health's archive once each (for the read models to come), and a rebuild replays them harmlessly.</summary>
public sealed class GoalsEventsArchiveTests(HealthAppFactory app) : IClassFixture<HealthAppFactory>
{
    [Fact]
    public async Task Given_goals_events_When_delivered_twice_Then_each_is_archived_once()
    {
        var user = await app.UserIdAsync("sales02");
        var missed = new KeyActionMissed(Guid.NewGuid(), AppFactory.DefaultNow, null, user, null, "key-visit", 3, new LocalDate(2026, 11, 20));
        var completed = new ActionContractCompleted(Guid.NewGuid(), AppFactory.DefaultNow, null, Guid.NewGuid(), user, "Quarter",
            new LocalDate(2026, 10, 1), new LocalDate(2026, 12, 31), 3, AppFactory.DefaultNow);
        var target = new TargetSet(Guid.NewGuid(), AppFactory.DefaultNow, null, Guid.NewGuid(), null, "Quarter", new LocalDate(2026, 10, 1),
            new LocalDate(2026, 12, 31), "Person", user, "NewDeals", 5m, [new KeyActionQuantity("key-visit", 20)]);

        foreach (var _ in Enumerable.Range(0, 2))
        {
            await app.ConsumeAsync(missed);
            await app.ConsumeAsync(completed);
            await app.ConsumeAsync(target);
        }

        Guid[] ids = [missed.EventId, completed.EventId, target.EventId];
        var archived = await app.InScopeAsync(sp =>
            sp.GetRequiredService<HealthDbContext>().Archive.CountAsync(a => ids.Contains(a.EventId)));
        Assert.Equal(3, archived);
    }
}

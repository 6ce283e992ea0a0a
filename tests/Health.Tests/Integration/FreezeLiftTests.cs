using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using SalesSuite.Health.Background;
using SalesSuite.Health.Domain;
using SalesSuite.Testing;
using static SalesSuite.Health.Tests.Integration.RulesEndToEndTests;

namespace SalesSuite.Health.Tests.Integration;

/// <summary>Moves the clock (its own host): a freeze lifts by itself on Monday 00:00 and the same evidence does not freeze again.</summary>
public sealed class FreezeLiftTests(HealthAppFactory app) : IClassFixture<HealthAppFactory>
{
    private Task TickAsync() => app.InScopeAsync(sp => sp.GetRequiredService<RulesWork>().TickAsync(CancellationToken.None));

    [Fact]
    public async Task Given_a_frozen_person_When_next_Monday_comes_Then_the_freeze_ends_by_itself_and_QuotingUnfrozen_is_published()
    {
        var sales04 = await app.UserIdAsync("sales04");
        await NoObstacleHistoryAsync(app, sales04);
        await TickAsync();
        var freeze = Assert.Single(await ActionsOfAsync(app, sales04), a => a.Kind == ActionKind.FreezeQuoting);
        Assert.Equal(1, await OutboxCountAsync(app, "QuotingFrozen", sales04));

        app.Clock.Reset(At(29, 23));
        await TickAsync();
        Assert.Equal(0, await OutboxCountAsync(app, "QuotingUnfrozen", sales04));

        app.Clock.Reset(At(30, 0) + Duration.FromMinutes(15));
        await TickAsync();
        await TickAsync();

        var actions = await ActionsOfAsync(app, sales04);
        var ended = Assert.Single(actions, a => a.Kind == ActionKind.FreezeQuoting);
        Assert.Equal(freeze.Id, ended.Id);
        Assert.False(ended.IsActive);
        Assert.False(ended.Reversed);
        Assert.Equal(1, await OutboxCountAsync(app, "QuotingUnfrozen", sales04));
        Assert.True(Assert.Single(actions, a => a.Kind == ActionKind.PauseAssignment).IsActive); // a pause waits for a manager
    }
}

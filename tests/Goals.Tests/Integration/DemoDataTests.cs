using Microsoft.EntityFrameworkCore;
using SalesSuite.Goals.Domain;
using SalesSuite.Testing;

namespace SalesSuite.Goals.Tests.Integration;

/// <summary>The host with Goals' demo story on (scenario 4's team).</summary>
public sealed class GoalsDemoAppFactory : AppFactory
{
    protected override bool GoalsDemoData => true;
}

public sealed class DemoDataTests : IClassFixture<GoalsDemoAppFactory>
{
    private readonly GoalsDemoAppFactory _app;

    public DemoDataTests(GoalsDemoAppFactory app) => _app = app;

    [Fact]
    public async Task Given_the_demo_When_seeded_Then_the_team_targets_add_up_at_every_level()
    {
        var targets = await _app.GoalsAsync(db => db.Targets.AsNoTracking().ToListAsync());

        Assert.NotEmpty(targets);
        foreach (var parent in targets.Where(t => targets.Any(c => c.ParentId == t.Id)))
        {
            Assert.Equal(parent.Amount, targets.Where(c => c.ParentId == parent.Id).Sum(c => c.Amount));
        }
        Assert.Contains(targets, t => t.Scope == TargetScope.Person && t.Metric == ResultMetric.CollectedAmount && t.KeyActions.Count > 0);
    }

    [Fact]
    public async Task Given_the_demo_When_seeded_Then_sales03_does_more_and_converts_less_than_sales01()
    {
        var sales01 = await _app.UserIdAsync("sales01");
        var sales03 = await _app.UserIdAsync("sales03");

        var visits = await _app.GoalsAsync(db => db.Facts.Where(f => f.EventType == EvidenceCatalog.FollowUpLogged)
            .GroupBy(f => f.OwnerId).Select(g => new { g.Key, Count = g.Count() }).ToListAsync());
        var collected = await _app.GoalsAsync(db => db.Facts.Where(f => f.Metric == ResultMetric.CollectedAmount)
            .GroupBy(f => f.OwnerId).Select(g => new { g.Key, Sum = g.Sum(f => f.Amount ?? 0) }).ToListAsync());

        Assert.True(visits.Single(v => v.Key == sales03).Count > visits.Single(v => v.Key == sales01).Count);
        Assert.True((collected.SingleOrDefault(v => v.Key == sales03)?.Sum ?? 0) < collected.Single(v => v.Key == sales01).Sum);
    }

    [Fact]
    public async Task Given_the_demo_When_seeded_Then_the_manager_has_commitments_and_the_team_contracts_have_evidence()
    {
        var manager = await _app.UserIdAsync("mgr.east");
        var contracts = await _app.GoalsAsync(db => db.Contracts.AsNoTracking().ToListAsync());

        var own = contracts.Where(c => c.UserId == manager).ToList();
        Assert.Equal(2, own.Count);
        Assert.All(own.SelectMany(c => c.Lines), l => Assert.Equal(LineSource.Commitment, l.Source));
        Assert.True(await _app.GoalsAsync(db => db.Matches.CountAsync(m => m.UserId == manager)) > 0);
        Assert.Equal(8, contracts.Count);
        // Last quarter is history: some contracts were met by the evidence (the reward pool ranks them).
        Assert.Contains(contracts, c => c.CompletedAt is not null);
    }

    [Fact]
    public async Task Given_the_demo_When_the_director_opens_the_campaign_Then_it_shows_the_team_customers()
    {
        var id = await _app.GoalsAsync(db => db.Campaigns.Select(c => c.Id).SingleAsync());
        using var client = await _app.SignInAsync("director", "zh-CN");

        var html = await client.GetStringAsync("/Goals/Campaigns/Detail?id=" + id);

        Assert.Contains("骨科关节置换专项攻坚", html, StringComparison.Ordinal);
        Assert.Contains("绍兴恒清过滤设备有限公司", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Given_the_demo_When_last_quarters_quote_statement_is_opened_Then_the_pool_has_a_winner()
    {
        var last = GoalPeriod.Of(PeriodKind.Quarter, new NodaTime.LocalDate(2026, 11, 23)).Previous;
        var targetId = SalesSuite.SharedKernel.Modules.DemoIds.Of($"goals-target:{last.Key}:team:{ResultMetric.QuoteAmount}");
        using var client = await _app.SignInAsync("director", "zh-CN");

        var html = await client.GetStringAsync("/Goals/Rewards/Statement?targetId=" + targetId);

        Assert.Contains("第 1 位完成行动契约", html, StringComparison.Ordinal);
        Assert.True(await _app.GoalsAsync(db => db.RewardStatements.AnyAsync(r => r.TargetId == targetId && r.ClosedAt != null)));
    }

    [Fact]
    public async Task Given_the_demo_When_seeded_Then_each_salesperson_has_this_weeks_plan()
    {
        var plans = await _app.GoalsAsync(db => db.Plans.Where(p => p.WeekStart == new NodaTime.LocalDate(2026, 11, 23)).CountAsync());

        Assert.Equal(3, plans);
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SalesSuite.Goals.Application.Targets;
using SalesSuite.Goals.Domain;
using SalesSuite.SharedKernel.Domain;
using SalesSuite.Testing;

namespace SalesSuite.Goals.Tests.Integration;

public sealed class TargetCommandsTests : IClassFixture<AppFactory>
{
    private static readonly Guid Terms = DefaultActionTypes.IdOf(KeyActionType.TermsConfirmed);
    private readonly AppFactory _app;

    public TargetCommandsTests(AppFactory app) => _app = app;

    private async Task<Guid> TeamTargetAsync(string period, string metric, string amount, params KeyActionInput[] lines) =>
        await _app.SaveTargetAsync("director", new TargetInput
        {
            Period = period, Who = "Team:" + await _app.TeamIdAsync("华东一组"), Metric = metric, Amount = amount, KeyActions = [.. lines],
        });

    [Fact]
    public async Task Given_a_company_target_When_created_Then_TargetSet_is_published_once_with_its_key_actions_by_code()
    {
        var id = await _app.SaveTargetAsync("director", new TargetInput
        {
            Period = "2026-Q4", Who = "Company", Metric = nameof(ResultMetric.CollectedAmount), Amount = "1000000",
            KeyActions = [new KeyActionInput { ActionTypeId = Terms, Quantity = "40" }],
        });

        var published = (await _app.PublishedAsync("TargetSet")).Where(p => p.Contains(id.ToString(), StringComparison.OrdinalIgnoreCase)).ToList();
        var payload = Assert.Single(published);
        Assert.Contains(KeyActionType.TermsConfirmed, payload);
        var target = await _app.TargetAsync(id);
        Assert.Equal(1_000_000m, target.Amount);
        Assert.Equal([new KeyActionLine(Terms, 40)], target.KeyActions);
    }

    [Fact]
    public async Task Given_a_target_for_a_period_scope_and_metric_When_another_is_created_Then_it_is_refused_and_not_saved()
    {
        var input = () => new TargetInput { Period = "2027-Q1", Who = "Company", Metric = nameof(ResultMetric.NewDeals), Amount = "50" };
        await _app.SaveTargetAsync("director", input());

        var refusal = await Assert.ThrowsAsync<DomainException>(() => _app.SaveTargetAsync("admin", input()));

        Assert.Equal("Targets_Error_Duplicate", refusal.Key);
        Assert.Equal(1, await _app.GoalsAsync(db => db.Targets.CountAsync(t => t.PeriodStart == new NodaTime.LocalDate(2027, 1, 1)
            && t.Scope == TargetScope.Company && t.Metric == ResultMetric.NewDeals)));
    }

    [Fact]
    public async Task Given_a_target_shown_at_version_0_When_someone_changed_it_first_Then_the_stale_change_is_refused_409()
    {
        var id = await TeamTargetAsync("2027-Q2", nameof(ResultMetric.QuoteAmount), "500000");
        await _app.SaveTargetAsync("director", new TargetInput { Id = id, Version = 0, Amount = "600000" });

        var stale = await Assert.ThrowsAsync<StaleEditException>(() =>
            _app.SaveTargetAsync("admin", new TargetInput { Id = id, Version = 0, Amount = "700000" }));

        Assert.Equal(409, stale.StatusCode);
        Assert.Equal(600_000m, (await _app.TargetAsync(id)).Amount);
    }

    [Fact]
    public async Task Given_a_team_target_When_mgr_east_splits_it_Then_all_shares_and_split_key_actions_are_saved_in_one_go()
    {
        var parent = await TeamTargetAsync("2026-Q4", nameof(ResultMetric.CollectedAmount), "1000000.01",
            new KeyActionInput { ActionTypeId = Terms, Quantity = "40" });
        var view = await _app.SplitViewAsync("mgr.east", parent);
        Assert.Equal(3, view.Lines.Count);
        Assert.Equal(1_000_000.01m, view.Lines.Sum(l => l.Suggested));

        await _app.SplitAsync("mgr.east", view.Shares("400000.01", "350000", "250000"));

        var children = await _app.GoalsAsync(db => db.Targets.AsNoTracking().Where(t => t.ParentId == parent).ToListAsync());
        Assert.Equal(3, children.Count);
        Assert.Equal(1_000_000.01m, children.Sum(c => c.Amount));
        Assert.Equal(40, children.Sum(c => c.KeyActions.Single().Quantity));
        Assert.All(children, c => Assert.Equal(TargetScope.Person, c.Scope));
    }

    [Fact]
    public async Task Given_shares_that_do_not_add_up_When_saved_Then_refused_with_both_sums_and_nothing_is_saved()
    {
        var parent = await TeamTargetAsync("2026-Q4", nameof(ResultMetric.NewDeals), "30");
        var view = await _app.SplitViewAsync("director", parent);

        var refusal = await Assert.ThrowsAsync<DomainException>(() => _app.SplitAsync("director", view.Shares("10", "10", "9")));

        Assert.Equal("Target_Error_SplitSum", refusal.Key);
        Assert.Equal([29m, 30m], refusal.Arguments);
        Assert.False(await _app.GoalsAsync(db => db.Targets.AnyAsync(t => t.ParentId == parent)));
        var bad = await Assert.ThrowsAsync<DomainException>(() => _app.SplitAsync("director", view.Shares("10", "20.5", "-0.5")));
        Assert.False(await _app.GoalsAsync(db => db.Targets.AnyAsync(t => t.ParentId == parent)));
        Assert.NotNull(bad.Key);
    }

    [Fact]
    public async Task Given_a_person_target_When_saved_Then_its_key_actions_are_contract_lines_and_commitments_stay()
    {
        var sales02 = await _app.UserIdAsync("sales02");
        var commitment = new ContractLine(DefaultActionTypes.IdOf(KeyActionType.KeyVisit), 3, LineSource.Commitment);
        await _app.GoalsAsync(db =>
        {
            var contract = new ActionContract(Guid.NewGuid(), sales02, GoalPeriod.Parse("2027-Q3")!.Value, AppFactory.DefaultNow);
            contract.SetLines([commitment]);
            db.Contracts.Add(contract);
            return Task.CompletedTask;
        });

        var id = await _app.SaveTargetAsync("mgr.east", new TargetInput
        {
            Period = "2027-Q3", Who = "Person:" + sales02, Metric = nameof(ResultMetric.CollectedAmount), Amount = "250000",
            KeyActions = [new KeyActionInput { ActionTypeId = Terms, Quantity = "10" }],
        });
        await _app.SaveTargetAsync("mgr.east", new TargetInput
        {
            Id = id, Version = 0, Amount = "300000", KeyActions = [new KeyActionInput { ActionTypeId = Terms, Quantity = "12" }],
        });

        var lines = (await _app.GoalsAsync(db => db.Contracts.AsNoTracking()
            .SingleAsync(c => c.UserId == sales02 && c.PeriodStart == new NodaTime.LocalDate(2027, 7, 1)))).Lines;
        Assert.Equal(2, lines.Count);
        Assert.Contains(commitment, lines);
        Assert.Contains(new ContractLine(Terms, 12, LineSource.Target, id), lines);
    }

    [Fact]
    public async Task Given_team_targets_of_east_and_north_When_mgr_east_splits_Then_only_east_is_theirs()
    {
        var north = await _app.SaveTargetAsync("director", new TargetInput
        {
            Period = "2027-Q4", Who = "Team:" + await _app.TeamIdAsync("华北一组"), Metric = nameof(ResultMetric.NewDeals), Amount = "12",
        });
        var east = await TeamTargetAsync("2027-Q4", nameof(ResultMetric.NewDeals), "12");

        Assert.Equal(3, (await _app.SplitViewAsync("mgr.east", east)).Lines.Count);
        await Assert.ThrowsAsync<KeyNotFoundException>(() => _app.SplitViewAsync("mgr.east", north));
        var northView = await _app.SplitViewAsync("director", north);
        await Assert.ThrowsAsync<KeyNotFoundException>(() => _app.SplitAsync("mgr.east", northView.Shares("4", "4", "4")));
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => _app.SaveTargetAsync("mgr.east", new TargetInput
        {
            Id = east, Version = 0, Amount = "13",
        }));
    }

    [Fact]
    public async Task Given_a_salesperson_When_they_create_a_target_for_themself_or_a_colleague_Then_it_is_forbidden()
    {
        var self = await _app.UserIdAsync("sales01");
        var colleague = await _app.UserIdAsync("sales02");

        foreach (var who in new[] { "Person:" + self, "Person:" + colleague, "Company" })
        {
            await Assert.ThrowsAsync<UnauthorizedAccessException>(() => _app.SaveTargetAsync("sales01", new TargetInput
            {
                Period = "2028-Q1", Who = who, Metric = nameof(ResultMetric.NewDeals), Amount = "5",
            }));
        }
        Assert.False(await _app.GoalsAsync(db => db.Targets.AnyAsync(t => t.PeriodStart == new NodaTime.LocalDate(2028, 1, 1))));
    }

    [Fact]
    public async Task Given_a_split_team_target_When_the_parent_changes_Then_the_list_and_split_page_warn_that_shares_do_not_add_up()
    {
        var parent = await TeamTargetAsync("2028-Q3", nameof(ResultMetric.NewDeals), "9");
        await _app.SplitAsync("director", (await _app.SplitViewAsync("director", parent)).Shares("3", "3", "3"));

        await _app.SaveTargetAsync("director", new TargetInput { Id = parent, Version = 0, Amount = "12" });

        var list = await _app.AsAsync("mgr.east",
            sp => sp.GetRequiredService<TargetQueries>().ListAsync(GoalPeriod.Parse("2028-Q3")!.Value, default));
        var row = list.Rows.Single(r => r.Id == parent);
        Assert.True(row.SharesMismatch);
        Assert.Equal(9m, row.SharesSum);
        Assert.Equal(3, list.Rows.Count(r => r.Depth == 1));
        Assert.True((await _app.SplitViewAsync("mgr.east", parent)).StoredMismatch);
    }

    [Fact]
    public async Task Given_4_confirmations_and_100000_collected_last_2_quarters_When_300000_is_suggested_Then_12_from_history()
    {
        var sales03 = await _app.UserIdAsync("sales03");
        var july = NodaTime.Instant.FromUtc(2026, 7, 15, 2, 0);
        for (var i = 0; i < 4; i++)
        {
            await _app.ConsumeAsync(Events.QuoteAccepted(ownerId: sales03, amount: 50_000m, occurredAt: july));
        }
        await _app.ConsumeAsync(Events.MilestonePaid(ownerId: sales03, amount: 60_000m, paidOn: new NodaTime.LocalDate(2026, 5, 10)));
        await _app.ConsumeAsync(Events.MilestonePaid(ownerId: sales03, amount: 40_000m, paidOn: new NodaTime.LocalDate(2026, 8, 10)));
        await _app.ConsumeAsync(Events.MilestonePaid(ownerId: sales03, amount: 999_000m, paidOn: new NodaTime.LocalDate(2026, 3, 31)));

        var form = await _app.AsAsync("mgr.east", sp => sp.GetRequiredService<TargetFormQueries>().FormAsync(new TargetInput
        {
            Period = "2026-Q4", Who = "Person:" + sales03, Metric = nameof(ResultMetric.CollectedAmount), Amount = "300000",
        }, fromStore: false, suggest: true, default));

        var line = form.Lines.Single(l => l.ActionTypeId == Terms).Suggestion!;
        Assert.True(line.FromHistory);
        Assert.Equal((100_000m, 4, 25_000m, 12), (line.HistoryResult, line.HistoryActions, line.ResultPerAction, line.Quantity));
        Assert.Equal("12", form.Input.KeyActions.Single(k => k.ActionTypeId == Terms).Quantity);
        Assert.Equal("2026-Q2", form.HistoryFrom?.Key);
    }
}

using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SalesSuite.Leads.Application.Intake;
using SalesSuite.Leads.Data;
using SalesSuite.Leads.Domain;
using SalesSuite.Leads.Tests.Integration;
using SalesSuite.Testing;

namespace SalesSuite.Leads.Tests.Hardening;

public sealed class AssignmentHardeningTests(LeadsAppFactory factory) : IClassFixture<LeadsAppFactory>
{
    /// <summary>Everyone starts with no open leads; a rule for <paramref name="source"/> that scores by load only.</summary>
    private Task<Guid> EqualLoadsAndRuleAsync(string source, bool autoAssign) => factory.InScopeAsync(async sp =>
    {
        var db = sp.GetRequiredService<LeadsDbContext>();
        await db.Leads.Where(l => l.Status == LeadStatus.Claimed || l.Status == LeadStatus.Assigned)
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.Status, LeadStatus.Pool).SetProperty(l => l.OwnerId, (Guid?)null));
        await db.PausedSalespeople.ExecuteDeleteAsync();
        var rule = new AssignmentRule(Guid.NewGuid(), source, autoAssign);
        rule.Change(autoAssign, new ScoringWeights(0, 0, 100), 90);
        db.AssignmentRules.Add(rule);
        await db.SaveChangesAsync();
        return rule.Id;
    });

    private static LeadDetails Details(string source, int i) =>
        new($"联系人{i}", $"批量测试公司{i}号", $"1370000{i:D4}", source, null, null, null, null);

    [Fact]
    public async Task Given_a_csv_batch_with_auto_assign_When_ten_leads_are_added_in_one_unit_of_work_Then_they_are_spread_out()
    {
        const string source = "批量导入测试";
        await EqualLoadsAndRuleAsync(source, autoAssign: true);
        var owners = await factory.InScopeAsync(async sp =>
        {
            // What ImportCommands does: every row through IntakeCommands.AddAsync, one commit at the end.
            var intake = sp.GetRequiredService<IntakeCommands>();
            var leads = new List<Lead>();
            for (var i = 0; i < 10; i++)
            {
                leads.Add(await intake.AddAsync(Details(source, i), null, null, CancellationToken.None));
            }
            await sp.GetRequiredService<LeadsDbContext>().SaveChangesAsync();
            return leads.Select(l => l.OwnerId!.Value).ToList();
        });
        var perPerson = owners.GroupBy(o => o).Select(g => g.Count()).ToList();
        Assert.True(perPerson.Count >= 3, $"only {perPerson.Count} people got the 10 leads");
        Assert.True(perPerson.Max() - perPerson.Min() <= 1, string.Join(",", perPerson));
    }

    [Fact]
    public async Task Given_a_regional_manager_When_running_a_rule_Then_only_their_team_receives_leads()
    {
        const string source = "团队规则测试";
        var ruleId = await EqualLoadsAndRuleAsync(source, autoAssign: false);
        var team = new[] { await factory.UserIdAsync("sales01"), await factory.UserIdAsync("sales02"), await factory.UserIdAsync("sales03") };
        var leadIds = await factory.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<LeadsDbContext>();
            // The team is busy, everyone else is free: an unrestricted rule would give the leads to other teams.
            var busy = await db.Leads.Where(l => l.Status == LeadStatus.Pool && l.Source != source).Take(6).ToListAsync();
            for (var i = 0; i < busy.Count; i++)
            {
                busy[i].AssignTo(team[i % 3], factory.Clock.GetCurrentInstant());
            }
            var now = factory.Clock.GetCurrentInstant();
            var fresh = Enumerable.Range(0, 4).Select(i => new Lead(Guid.NewGuid(), Details(source, 100 + i), now)).ToList();
            db.Leads.AddRange(fresh);
            await db.SaveChangesAsync();
            return fresh.Select(l => l.Id).ToList();
        });
        var manager = await factory.SignInAsync("mgr.east");
        var run = await manager.PostFormAsync($"/Leads/Assignment?handler=RunRule&id={ruleId}", [], "/Leads/Assignment");
        Assert.Equal(HttpStatusCode.Redirect, run.StatusCode);
        var owners = await factory.QueryAsync(db => db.Leads.Where(l => leadIds.Contains(l.Id)).Select(l => l.OwnerId).ToListAsync());
        Assert.All(owners, o => Assert.Contains(o!.Value, team));
    }
}

using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SalesSuite.Leads.Application.Assignment;
using SalesSuite.Leads.Application.HandOver;
using SalesSuite.Leads.Data;
using SalesSuite.Leads.Domain;
using SalesSuite.Testing;

namespace SalesSuite.Leads.Tests.Integration;

public sealed class HandOverAndAssignmentTests(LeadsAppFactory factory) : IClassFixture<LeadsAppFactory>
{
    [Fact]
    public async Task Given_sales01_leaves_When_the_manager_hands_over_Then_everything_moves_and_nothing_is_orphaned()
    {
        var from = await factory.UserIdAsync("sales01");
        var to = await factory.UserIdAsync("sales02");
        var owned = await factory.QueryAsync(db => db.Customers.CountAsync(c => c.OwnerId == from));
        Assert.True(owned > 0);
        var client = await factory.SignInAsync("mgr.east");
        var response = await client.PostFormAsync(
            "/Leads/HandOver", new() { ["fromUserId"] = from.ToString(), ["toUserId"] = to.ToString() }, "/Leads/HandOver");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var html = await client.GetStringAsync(response.Headers.Location!.ToString());
        Assert.Contains("data-testid=\"handover-report\"", html);
        Assert.Equal(
            0, await factory.InScopeAsync(sp => sp.GetRequiredService<HandOverQueries>().RemainingAsync(from, CancellationToken.None)));
        Assert.Equal(
            owned, await factory.QueryAsync(db => db.Customers.CountAsync(c => c.OwnerId == to && c.Name != "杭州娃哈哈饮料有限公司")));
        Assert.Equal(1, await factory.OutboxCountAsync("OwnershipHandedOver"));
    }

    [Fact]
    public async Task Given_a_salesperson_of_another_team_When_a_manager_hands_over_Then_it_is_refused()
    {
        var from = await factory.UserIdAsync("sales04");
        var to = await factory.UserIdAsync("sales02");
        var client = await factory.SignInAsync("mgr.east");
        var response = await client.PostFormAsync(
            "/Leads/HandOver", new() { ["fromUserId"] = from.ToString(), ["toUserId"] = to.ToString() }, "/Leads/HandOver");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.True(await factory.QueryAsync(db => db.Customers.AnyAsync(c => c.OwnerId == from)));
        var sales = await factory.SignInAsync("sales01");
        var denied = await sales.PostFormAsync("/Leads/HandOver", new() { ["fromUserId"] = from.ToString(), ["toUserId"] = to.ToString() }, "/Leads");
        Assert.Contains("AccessDenied", denied.Headers.Location?.ToString());
        Assert.True(await factory.QueryAsync(db => db.Customers.AnyAsync(c => c.OwnerId == from)));
    }

    [Fact]
    public async Task Given_health_paused_the_best_candidate_When_assigning_by_rule_Then_someone_else_gets_the_lead_with_scores_logged()
    {
        var sales07 = await factory.UserIdAsync("sales07");
        await factory.ConsumeAsync(Events.AssignmentPaused(userId: sales07, reason: "48h首响率低于50%"));
        var (leadId, assignedTo) = await factory.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<LeadsDbContext>();
            var details = new LeadDetails("梁晨", "广州珠江食品有限公司", "13622223333", "展会扫码", "食品饮料", null, null, null);
            var lead = new Lead(Guid.NewGuid(), details, factory.Clock.GetCurrentInstant());
            db.Leads.Add(lead);
            var rule = await db.AssignmentRules.SingleAsync(r => r.Source == "展会扫码");
            var service = sp.GetRequiredService<AllocationService>();
            var ranked = await service.RankAsync(lead, rule, CancellationToken.None);
            Assert.DoesNotContain(ranked, r => r.UserId == sales07);
            await service.AssignByRuleAsync(lead, rule, null, CancellationToken.None);
            await db.SaveChangesAsync();
            return (lead.Id, lead.OwnerId);
        });
        Assert.NotNull(assignedTo);
        Assert.NotEqual(sales07, assignedTo);
        var entry = await factory.QueryAsync(db => db.Allocations.SingleAsync(a => a.LeadId == leadId));
        Assert.Contains("industry", entry.ScoresJson, StringComparison.Ordinal);
        Assert.True(await factory.QueryAsync(db => db.PausedSalespeople.AnyAsync(p => p.UserId == sales07)));
    }

    [Fact]
    public async Task Given_a_claimed_lead_When_another_person_claims_over_http_Then_409_with_a_clear_message()
    {
        var leadId = await factory.QueryAsync(db =>
            db.Leads.Where(l => l.Status == LeadStatus.Pool).OrderByDescending(l => l.CreatedAt).Select(l => l.Id).FirstAsync());
        var first = await factory.SignInAsync("sales05");
        var second = await factory.SignInAsync("sales06");
        Assert.Equal(HttpStatusCode.OK, (await first.HtmxPostAsync($"/Leads/Pool?handler=Claim&id={leadId}", [], "/Leads/Pool")).StatusCode);
        var lost = await second.HtmxPostAsync($"/Leads/Pool?handler=Claim&id={leadId}", [], "/Leads/Pool");
        Assert.Equal(HttpStatusCode.Conflict, lost.StatusCode);
        Assert.Contains("已被其他人领取", await lost.Content.ReadAsStringAsync());
        var marketing = await factory.SignInAsync("marketing");
        // Marketing is in the module only for its stage tasks: the pool page and the claim answer 403.
        Assert.Equal(HttpStatusCode.Forbidden, (await marketing.GetAsync("/Leads/Pool")).StatusCode);
        var marketingClaim = await marketing.HtmxPostAsync($"/Leads/Pool?handler=Claim&id={leadId}", [], "/Leads/Tasks");
        Assert.Equal(HttpStatusCode.Forbidden, marketingClaim.StatusCode);
        // ...but Marketing brings in leads: intake and import are open to it.
        Assert.Equal(HttpStatusCode.OK, (await marketing.GetAsync("/Leads/Intake")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await marketing.GetAsync("/Leads/Import")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await marketing.GetAsync("/Leads/Deals")).StatusCode);
    }

    [Fact]
    public async Task Given_the_director_changes_the_claim_window_When_saved_Then_the_change_is_in_the_operation_log()
    {
        var client = await factory.SignInAsync("director");
        var page = await client.GetStringAsync("/Leads/Config");
        var version = System.Text.RegularExpressions.Regex.Match(page, "name=\"Input.Version\" value=\"(\\d+)\"").Groups[1].Value;
        var response = await client.PostFormAsync("/Leads/Config?handler=Settings", new()
        {
            ["Input.ClaimWindowMinutes"] = "90", ["Input.MaxOpenClaims"] = "20", ["Input.EscalationHours"] = "48", ["Input.Version"] = version,
        }, "/Leads/Config");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var log = await factory.QueryAsync(db => db.OperationLog.Where(o => o.Operation == "Settings.Change").ToListAsync());
        Assert.Contains(log, l => l.ReadChanges().Any(c => c.Field == "ClaimWindowMinutes" && c.Before == "120" && c.After == "90"));
        var stale = await client.PostFormAsync("/Leads/Config?handler=Settings", new()
        {
            ["Input.ClaimWindowMinutes"] = "60", ["Input.MaxOpenClaims"] = "20", ["Input.EscalationHours"] = "48", ["Input.Version"] = version,
        }, "/Leads/Config");
        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        Assert.Equal(90, await factory.QueryAsync(db => db.Settings.Select(s => s.ClaimWindowMinutes).SingleAsync()));
    }
}

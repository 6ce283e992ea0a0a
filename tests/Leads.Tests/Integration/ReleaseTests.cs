using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using SalesSuite.Leads.Background;
using SalesSuite.Leads.Domain;
using SalesSuite.Testing;

namespace SalesSuite.Leads.Tests.Integration;

public sealed class ReleaseTests(LeadsAppFactory factory) : IClassFixture<LeadsAppFactory>
{
    private Task<TickResult> TickAsync() => factory.InScopeAsync(sp => sp.GetRequiredService<LeadsWork>().TickAsync(CancellationToken.None));

    private async Task<Guid> ClaimAsync(HttpClient client, int skip)
    {
        var leadId = await factory.QueryAsync(db =>
            db.Leads.Where(l => l.Status == LeadStatus.Pool).OrderBy(l => l.CreatedAt).Skip(skip).Select(l => l.Id).FirstAsync());
        var response = await client.HtmxPostAsync($"/Leads/Pool?handler=Claim&id={leadId}", [], "/Leads/Pool");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return leadId;
    }

    [Fact]
    public async Task Given_claims_with_and_without_follow_up_When_the_window_passes_Then_only_the_idle_one_returns_to_the_pool()
    {
        var client = await factory.SignInAsync("sales02");
        var idle = await ClaimAsync(client, 0);
        var active = await ClaimAsync(client, 0);
        var form = await client.PostFormAsync("/Leads/FollowUps/New", new()
        {
            ["Form.LeadId"] = active.ToString(),
            ["Form.Objective"] = "EstablishContact",
            ["Form.Summary"] = "电话沟通需求，客户关注PLC改造",
        }, $"/Leads/FollowUps/New?leadId={active}");
        Assert.Equal(HttpStatusCode.Redirect, form.StatusCode);

        factory.Clock.Advance(Duration.FromMinutes(119));
        await TickAsync();
        Assert.Equal(LeadStatus.Claimed, (await factory.QueryAsync(db => db.Leads.SingleAsync(l => l.Id == idle))).Status);
        factory.Clock.Advance(Duration.FromMinutes(1));
        var result = await TickAsync();

        Assert.True(result.Released >= 1);
        var leads = await factory.QueryAsync(db => db.Leads.Where(l => l.Id == idle || l.Id == active).ToDictionaryAsync(l => l.Id));
        Assert.Equal(LeadStatus.Pool, leads[idle].Status);
        Assert.Null(leads[idle].OwnerId);
        Assert.Equal(LeadStatus.Converted, leads[active].Status);
        var released = await factory.QueryAsync(db => db.Outbox.Where(o => o.Type.Contains("LeadReleased")).Select(o => o.Payload).ToListAsync());
        Assert.Contains(released, p =>
            p.Contains(idle.ToString(), StringComparison.OrdinalIgnoreCase) && p.Contains("Timeout", StringComparison.OrdinalIgnoreCase));
        Assert.True(await factory.QueryAsync(db =>
            db.OperationLog.AnyAsync(o => o.Operation == "Lead.AutoRelease" && o.EntityId == idle.ToString())));
        Assert.Equal(1, await factory.QueryAsync(db => db.Outbox.CountAsync(o => o.Type.Contains("FollowUpLogged"))));
        var customerId = leads[active].CustomerId!.Value;
        var timeline = await client.GetStringAsync($"/Leads/Customers/Detail/{customerId}");
        Assert.Contains("从公海领取", timeline);
        Assert.Contains("电话沟通需求", timeline);
    }

    [Fact]
    public async Task Given_an_overdue_next_action_When_48_hours_pass_Then_it_escalates_to_the_manager_with_notifications()
    {
        await TickAsync();
        var overdue = await factory.QueryAsync(db => db.NextActions.Where(a => a.OverdueAt != null).ToListAsync());
        Assert.NotEmpty(overdue);
        Assert.True(await factory.OutboxCountAsync("NextActionOverdue") >= 1);
        factory.Clock.Advance(Duration.FromHours(48));
        var result = await TickAsync();
        Assert.True(result.Escalated >= 1);
        var escalated = await factory.QueryAsync(db =>
            db.Outbox.Where(o => o.Type.Contains("NextActionEscalated")).Select(o => o.Payload).ToListAsync());
        var manager = await factory.UserIdAsync("mgr.east");
        Assert.Contains(escalated, p => p.Contains(manager.ToString(), StringComparison.OrdinalIgnoreCase));
        await factory.DrainOutboxesAsync();
        var bell = await (await factory.SignInAsync("mgr.east")).GetStringAsync("/Notifications");
        Assert.Contains("升级至你：逾期待办", bell);
        Assert.Contains("/Leads/Actions", bell);
    }

    [Fact]
    public async Task Given_my_claimed_lead_When_I_release_it_Then_the_same_release_rule_applies_with_reason_manual()
    {
        var me = await factory.UserIdAsync("sales03");
        var client = await factory.SignInAsync("sales03");
        var leadId = await ClaimAsync(client, 0);

        var stranger = await factory.SignInAsync("sales04");
        var denied = await stranger.PostFormAsync($"/Leads/Leads?handler=Release&id={leadId}", [], "/Leads/Leads");
        Assert.Equal(HttpStatusCode.NotFound, denied.StatusCode);

        // The row's button posts the page's one row-action form (one antiforgery field for all rows) to the row's URL.
        var page = await client.GetStringAsync("/Leads/Leads");
        var button = $"form=\"lead-row-action\" formaction=\"/Leads/Leads?handler=Release&amp;id={leadId}\"";
        Assert.Contains(button, page);
        Assert.Matches("<form id=\"lead-row-action\" method=\"post\" hidden><input name=\"__RequestVerificationToken\"", page);
        var released = await client.PostFormAsync(WebUtility.HtmlDecode(button.Split('"')[3]), [], "/Leads/Leads");
        Assert.Equal(HttpStatusCode.Redirect, released.StatusCode);
        var lead = await factory.QueryAsync(db => db.Leads.SingleAsync(l => l.Id == leadId));
        Assert.Equal((LeadStatus.Pool, (Guid?)null), (lead.Status, lead.OwnerId));
        Assert.True(await factory.QueryAsync(db =>
            db.OperationLog.AnyAsync(o => o.Operation == "Lead.Release" && o.EntityId == leadId.ToString())));
        var events = await factory.QueryAsync(db => db.Outbox.Where(o => o.Type.Contains("LeadReleased")).Select(o => o.Payload).ToListAsync());
        Assert.Contains(events, p => p.Contains(leadId.ToString(), StringComparison.OrdinalIgnoreCase)
            && p.Contains(me.ToString(), StringComparison.OrdinalIgnoreCase) && p.Contains("Manual", StringComparison.OrdinalIgnoreCase));

        // Releasing again says it is already in the pool (flash + redirect), not a confusing 404.
        var again = await client.PostFormAsync($"/Leads/Leads?handler=Release&id={leadId}", [], "/Leads/Leads");
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
    }
}

using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SalesSuite.Leads.Data;
using SalesSuite.Leads.Domain;
using SalesSuite.Testing;

namespace SalesSuite.Leads.Tests.Integration;

public sealed class OverrideAndLimitTests(LeadsAppFactory factory) : IClassFixture<LeadsAppFactory>
{
    [Fact]
    public async Task Given_a_claim_limit_of_one_When_claiming_a_second_lead_Then_409_names_the_limit()
    {
        await factory.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<LeadsDbContext>();
            var settings = await db.Settings.SingleAsync();
            settings.Change(settings.ClaimWindowMinutes, maxOpenClaims: 1, settings.EscalationHours);
            await db.SaveChangesAsync();
        });
        var ids = await factory.QueryAsync(db =>
            db.Leads.Where(l => l.Status == LeadStatus.Pool).OrderBy(l => l.CreatedAt).Select(l => l.Id).Take(2).ToListAsync());
        var client = await factory.SignInAsync("sales08");
        Assert.Equal(HttpStatusCode.OK, (await client.HtmxPostAsync($"/Leads/Pool?handler=Claim&id={ids[0]}", [], "/Leads/Pool")).StatusCode);
        var second = await client.HtmxPostAsync($"/Leads/Pool?handler=Claim&id={ids[1]}", [], "/Leads/Pool");
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Contains("上限", await second.Content.ReadAsStringAsync());
        Assert.Equal(LeadStatus.Pool, (await factory.QueryAsync(db => db.Leads.SingleAsync(l => l.Id == ids[1]))).Status);
    }

    [Fact]
    public async Task Given_a_claimed_lead_When_the_manager_reassigns_Then_a_reason_is_required_and_logged()
    {
        var sales01 = await factory.UserIdAsync("sales01");
        var sales03 = await factory.UserIdAsync("sales03");
        var leadId = await factory.QueryAsync(db =>
            db.Leads.Where(l => l.OwnerId == sales01 && l.Status == LeadStatus.Claimed).Select(l => l.Id).FirstAsync());
        var manager = await factory.SignInAsync("mgr.east");

        var reassign = $"/Leads/Leads?handler=Reassign&id={leadId}";
        var noReason = await manager.PostFormAsync(reassign, new() { ["toUserId"] = sales03.ToString(), ["reason"] = " " }, "/Leads/Leads");
        Assert.Equal(HttpStatusCode.Redirect, noReason.StatusCode);
        Assert.Equal(sales01, (await factory.QueryAsync(db => db.Leads.SingleAsync(l => l.Id == leadId))).OwnerId);

        var ok = await manager.PostFormAsync(reassign, new() { ["toUserId"] = sales03.ToString(), ["reason"] = "客户指定对接人" }, "/Leads/Leads");
        Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);
        var lead = await factory.QueryAsync(db => db.Leads.SingleAsync(l => l.Id == leadId));
        Assert.Equal((sales03, LeadStatus.Assigned), (lead.OwnerId!.Value, lead.Status));
        var entry = await factory.QueryAsync(db => db.Allocations.SingleAsync(a => a.LeadId == leadId));
        Assert.Equal((false, "客户指定对接人", (Guid?)sales01), (entry.ByRule, entry.Reason, entry.FromUserId));
        Assert.Contains("客户指定对接人", await manager.GetStringAsync("/Leads/Assignment"));

        var salesperson = await factory.SignInAsync("sales02");
        var denied = await salesperson.PostFormAsync(reassign, new() { ["toUserId"] = sales01.ToString(), ["reason"] = "x" }, "/Leads/Leads");
        Assert.Contains("AccessDenied", denied.Headers.Location?.ToString());
    }
}

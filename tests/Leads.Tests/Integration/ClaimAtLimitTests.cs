using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SalesSuite.Leads.Application.Pool;
using SalesSuite.Leads.Data;
using SalesSuite.Leads.Domain;
using SalesSuite.Testing;

namespace SalesSuite.Leads.Tests.Integration;

/// <summary>
/// A claim answers first whether the lead is still in the pool, then the limit: the conditional UPDATE comes before the
/// count (own host: the limit this class sets would refuse people in the other claim tests).
/// </summary>
public sealed class ClaimAtLimitTests(LeadsAppFactory factory) : IClassFixture<LeadsAppFactory>
{
    [Fact]
    public async Task Given_a_person_at_the_claim_limit_When_claiming_a_lead_already_taken_Then_the_answer_is_the_lost_race_not_the_limit()
    {
        var me = await factory.UserIdAsync("sales07");
        var taken = await factory.QueryAsync(db => db.Leads.Where(l => l.Status == LeadStatus.Pool).Select(l => l.Id).FirstAsync());
        await factory.InScopeAsync(async sp =>
        {
            var byOther = await sp.GetRequiredService<LeadCommands>().ClaimAsync(taken, await factory.UserIdAsync("sales04"), CancellationToken.None);
            Assert.Equal(ClaimOutcome.Claimed, byOther);
            var db = sp.GetRequiredService<LeadsDbContext>();
            var open = await db.Leads.CountAsync(l => l.OwnerId == me && l.Status == LeadStatus.Claimed);
            var settings = await db.Settings.FindAsync(LeadsSettings.SingletonId);
            if (settings is null)
            {
                settings = new LeadsSettings();
                db.Settings.Add(settings);
            }
            settings.Change(settings.ClaimWindowMinutes, Math.Max(open, 1), settings.EscalationHours);
            await db.SaveChangesAsync();
        });
        var free = await factory.QueryAsync(db => db.Leads.Where(l => l.Status == LeadStatus.Pool).Select(l => l.Id).FirstAsync());
        await factory.InScopeAsync(async sp =>
        {
            var commands = sp.GetRequiredService<LeadCommands>();
            while (await commands.ClaimAsync(free, me, CancellationToken.None) == ClaimOutcome.Claimed)
            {
                free = await sp.GetRequiredService<LeadsDbContext>().Leads.Where(l => l.Status == LeadStatus.Pool).Select(l => l.Id).FirstAsync();
            }
        });
        var client = await factory.SignInAsync("sales07");

        var onTaken = await client.HtmxPostAsync($"/Leads/Pool?handler=Claim&id={taken}", [], "/Leads/Pool");
        var onFree = await client.HtmxPostAsync($"/Leads/Pool?handler=Claim&id={free}", [], "/Leads/Pool");

        Assert.Equal(HttpStatusCode.Conflict, onTaken.StatusCode);
        Assert.Contains("该线索刚刚已被其他人领取", await onTaken.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Conflict, onFree.StatusCode);
        Assert.Contains("上限", await onFree.Content.ReadAsStringAsync());
        Assert.Equal(LeadStatus.Pool, (await factory.QueryAsync(db => db.Leads.SingleAsync(l => l.Id == free))).Status);
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SalesSuite.Leads.Application.Pool;
using SalesSuite.Leads.Data;
using SalesSuite.Leads.Domain;
using SalesSuite.Testing;

namespace SalesSuite.Leads.Tests.Integration;

public sealed class ClaimLimitRaceTests(LeadsAppFactory factory) : IClassFixture<LeadsAppFactory>
{
    [Fact]
    public async Task Given_one_claim_left_under_the_limit_When_the_same_person_claims_ten_leads_at_once_Then_exactly_one_succeeds()
    {
        var me = await factory.UserIdAsync("sales05");
        var open = await factory.QueryAsync(db => db.Leads.CountAsync(l => l.OwnerId == me && l.Status == LeadStatus.Claimed));
        await factory.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<LeadsDbContext>();
            var settings = await db.Settings.FindAsync(LeadsSettings.SingletonId);
            if (settings is null)
            {
                settings = new LeadsSettings();
                db.Settings.Add(settings);
            }
            settings.Change(settings.ClaimWindowMinutes, open + 1, settings.EscalationHours);
            await db.SaveChangesAsync();
        });
        var leads = await factory.QueryAsync(db => db.Leads.Where(l => l.Status == LeadStatus.Pool).Select(l => l.Id).Take(10).ToListAsync());
        Assert.Equal(10, leads.Count);

        using var start = new ManualResetEventSlim(false);
        var attempts = leads.Select(id => Task.Run(async () =>
        {
            start.Wait();
            await using var scope = factory.Services.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<LeadCommands>().ClaimAsync(id, me, CancellationToken.None);
        })).ToList();
        start.Set();
        var outcomes = await Task.WhenAll(attempts);

        Assert.Single(outcomes, o => o == ClaimOutcome.Claimed);
        Assert.Equal(9, outcomes.Count(o => o == ClaimOutcome.LimitReached));
        Assert.Equal(open + 1, await factory.QueryAsync(db => db.Leads.CountAsync(l => l.OwnerId == me && l.Status == LeadStatus.Claimed)));
    }
}

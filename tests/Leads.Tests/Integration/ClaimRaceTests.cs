using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SalesSuite.Leads.Application.Pool;
using SalesSuite.Leads.Data;
using SalesSuite.Leads.Domain;
using SalesSuite.Testing;

namespace SalesSuite.Leads.Tests.Integration;

public sealed class ClaimRaceTests(LeadsAppFactory factory) : IClassFixture<LeadsAppFactory>
{
    [Fact]
    public async Task Given_20_simultaneous_claims_When_they_race_Then_exactly_one_wins_and_one_event_is_published()
    {
        var leadId = await factory.QueryAsync(db => db.Leads.Where(l => l.Status == LeadStatus.Pool).Select(l => l.Id).FirstAsync());
        var people = new List<Guid>();
        foreach (var name in new[] { "sales01", "sales02", "sales03", "sales04", "sales05", "sales06", "sales07", "sales08", "sales09", "mgr.east" })
        {
            people.Add(await factory.UserIdAsync(name));
        }
        using var start = new ManualResetEventSlim(false);
        var attempts = Enumerable.Range(0, 20).Select(i => Task.Run(async () =>
        {
            start.Wait();
            await using var scope = factory.Services.CreateAsyncScope();
            var commands = scope.ServiceProvider.GetRequiredService<LeadCommands>();
            return await commands.ClaimAsync(leadId, people[i % people.Count], CancellationToken.None);
        })).ToList();
        start.Set();
        var outcomes = await Task.WhenAll(attempts);

        Assert.Single(outcomes, o => o == ClaimOutcome.Claimed);
        Assert.Equal(19, outcomes.Count(o => o == ClaimOutcome.AlreadyTaken));
        var claimedEvents = await factory.QueryAsync(db => db.Outbox.Where(o => o.Type.Contains("LeadClaimed")).Select(o => o.Payload).ToListAsync());
        Assert.Single(claimedEvents, p => p.Contains(leadId.ToString(), StringComparison.OrdinalIgnoreCase));
        var lead = await factory.QueryAsync(db => db.Leads.SingleAsync(l => l.Id == leadId));
        Assert.Equal(LeadStatus.Claimed, lead.Status);
    }

    [Fact]
    public async Task Given_a_lead_read_by_a_claim_When_another_host_claims_it_first_Then_the_late_save_is_refused_as_taken()
    {
        var leadId = await factory.QueryAsync(db => db.Leads.Where(l => l.Status == LeadStatus.Pool).Select(l => l.Id).FirstAsync());
        var (early, late) = (await factory.UserIdAsync("sales02"), await factory.UserIdAsync("sales03"));
        await using var lateScope = factory.Services.CreateAsyncScope();
        var lateDb = lateScope.ServiceProvider.GetRequiredService<LeadsDbContext>();
        var readByLate = await lateDb.Leads.SingleAsync(l => l.Id == leadId);

        var first = await factory.InScopeAsync(sp => sp.GetRequiredService<LeadCommands>().ClaimAsync(leadId, early, CancellationToken.None));
        var second = await lateScope.ServiceProvider.GetRequiredService<LeadCommands>().ClaimReadAsync(readByLate, late, CancellationToken.None);

        Assert.Equal((ClaimOutcome.Claimed, ClaimOutcome.AlreadyTaken), (first, second));
        var lead = await factory.QueryAsync(db => db.Leads.AsNoTracking().SingleAsync(l => l.Id == leadId));
        Assert.Equal((LeadStatus.Claimed, (Guid?)early), (lead.Status, lead.OwnerId));
        var events = await factory.QueryAsync(db => db.Outbox.Where(o => o.Type.Contains("LeadClaimed")).Select(o => o.Payload).ToListAsync());
        Assert.Single(events, p => p.Contains(leadId.ToString(), StringComparison.OrdinalIgnoreCase));
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using SalesSuite.Leads.Application.Pool;
using SalesSuite.Leads.Background;
using SalesSuite.Leads.Data;
using SalesSuite.Leads.Domain;
using SalesSuite.Testing;

namespace SalesSuite.Leads.Tests.Integration;

/// <summary>A backlog of expired claims (a host that was down) is released in batches, all of it in one tick. Own database.</summary>
public sealed class ReleaseBacklogTests(LeadsAppFactory factory) : IClassFixture<LeadsAppFactory>
{
    [Fact]
    public async Task Given_more_expired_claims_than_one_batch_When_the_tick_runs_Then_every_one_is_released_with_its_event()
    {
        const int backlog = LeadCommands.ReleaseBatch * 2 + 7;
        var owner = await factory.UserIdAsync("sales03");
        await factory.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<LeadsDbContext>();
            var now = factory.Clock.GetCurrentInstant();
            for (var i = 0; i < backlog; i++)
            {
                var details = new LeadDetails($"积压{i}", $"积压客户{i:D4}", $"1372222{i:D4}", "展会", null, null, null, null);
                var lead = new Lead(Guid.NewGuid(), details, now - Duration.FromDays(3));
                lead.ClaimBy(owner, now - Duration.FromDays(3), Duration.FromHours(2));
                db.Leads.Add(lead);
            }
            await db.SaveChangesAsync();
        });
        var before = await factory.OutboxCountAsync("LeadReleased");

        var result = await factory.InScopeAsync(sp => sp.GetRequiredService<LeadsWork>().TickAsync(CancellationToken.None));

        Assert.True(result.Released >= backlog, $"released {result.Released} of {backlog}");
        Assert.Equal(0, await factory.QueryAsync(db => db.Leads.CountAsync(l => l.Company.StartsWith("积压客户") && l.Status != LeadStatus.Pool)));
        Assert.Equal(before + result.Released, await factory.OutboxCountAsync("LeadReleased"));
        Assert.Equal(0, (await factory.InScopeAsync(sp => sp.GetRequiredService<LeadsWork>().TickAsync(CancellationToken.None))).Released);
    }
}

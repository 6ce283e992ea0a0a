using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SalesSuite.Health.Application.Archive;
using SalesSuite.Health.Data;
using SalesSuite.Health.Domain;
using SalesSuite.Testing;

namespace SalesSuite.Health.Tests.Integration;

/// <summary>Events build the read models; a redelivery changes nothing; a rebuild from the archive gives the same rows.</summary>
public sealed class ProjectionTests(HealthAppFactory app) : IClassFixture<HealthAppFactory>
{
    private async Task<(ProcessStory Story, List<Guid> EventIds)> ConsumeStoryAsync()
    {
        var story = new ProcessStory();
        var events = story.Build(await app.UserIdAsync("sales01"), await app.UserIdAsync("legal"));
        foreach (var e in events)
        {
            await app.ConsumeAsync((dynamic)e);
        }
        return (story, events.Select(e => e.EventId).ToList());
    }

    private Task<List<StepSample>> StepsAsync(Guid recordOrDeal) => app.InScopeAsync(sp =>
        sp.GetRequiredService<HealthDbContext>().Steps.AsNoTracking()
            .Where(s => s.RecordId == recordOrDeal || s.DealId == recordOrDeal).ToListAsync());

    [Fact]
    public async Task Given_a_process_history_When_its_events_are_consumed_Then_every_step_is_measured()
    {
        var (story, eventIds) = await ConsumeStoryAsync();

        var steps = await StepsAsync(story.DealId);
        var legal = Assert.Single(steps, s => s.Kind == StepKind.Approval && s.Step == "Legal");
        Assert.Equal(96, legal.DurationHours, 3);
        Assert.Equal(72, legal.DelayHours, 3);
        Assert.True(legal.Breached);
        var finance = Assert.Single(steps, s => s.Kind == StepKind.Approval && s.Step == "Finance");
        Assert.False(finance.Breached);
        Assert.Equal(0, finance.DelayHours);
        var skipped = Assert.Single(steps, s => s.Kind == StepKind.Stage && s.Step == "样品测试");
        Assert.True(skipped.Skipped);
        var negotiation = Assert.Single(steps, s => s.Kind == StepKind.Stage && s.Step == "商务谈判");
        Assert.Equal(14.5 * 24, negotiation.DurationHours, 3);
        Assert.Equal((14.5 - 8) * 24, negotiation.DelayHours, 3);
        Assert.True(negotiation.Breached);
        Assert.Single(steps, s => s.Kind == StepKind.Milestone && s.DelayHours == 6 * 24);
        Assert.Single(steps, s => s.Kind == StepKind.HandOff && s.Step == HandOffs.QuoteToFeedback);
        Assert.Single(steps, s => s.Kind == StepKind.HandOff && s.Step == HandOffs.AcceptedToContract);
        Assert.Single(await StepsAsync(story.LeadId), s => s.Step == HandOffs.LeadToFirstTouch && s.DurationHours < 2);

        await app.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<HealthDbContext>();
            var lead = await db.Leads.SingleAsync(l => l.LeadId == story.LeadId);
            Assert.NotNull(lead.FirstTouchAt);
            Assert.NotNull(lead.NeedConfirmedAt);
            var deal = await db.Deals.SingleAsync(d => d.DealId == story.DealId);
            Assert.Equal(DealState.Won, deal.State);
            Assert.NotNull(deal.ProposalAcceptedAt);
            Assert.NotNull(deal.ContractSignedAt);
            var customer = await db.Customers.SingleAsync(c => c.CustomerId == story.CustomerId);
            Assert.Equal((6, 3, 1, 6, 1),
                (customer.ProfileFilled, customer.FollowUps, customer.CompetitorMentions, customer.LateDays, customer.DealsWon));
            Assert.Equal(eventIds.Count, await db.Archive.CountAsync(a => eventIds.Contains(a.EventId)));
        });
    }

    [Fact]
    public async Task Given_consumed_events_When_they_are_delivered_again_Then_the_read_models_do_not_change()
    {
        var story = new ProcessStory();
        var events = story.Build(await app.UserIdAsync("sales02"), await app.UserIdAsync("legal"));
        foreach (var e in events)
        {
            await app.ConsumeAsync((dynamic)e);
        }
        var before = await app.DumpAsync();
        var archived = await app.InScopeAsync(sp => sp.GetRequiredService<HealthDbContext>().Archive.CountAsync());

        foreach (var e in events)
        {
            await app.ConsumeAsync((dynamic)e);
        }

        Assert.Equal(before, await app.DumpAsync());
        Assert.Equal(archived, await app.InScopeAsync(sp => sp.GetRequiredService<HealthDbContext>().Archive.CountAsync()));
    }

    [Fact]
    public async Task Given_read_models_built_live_When_rebuilt_from_the_archive_Then_every_row_is_the_same()
    {
        await ConsumeStoryAsync();
        await ConsumeStoryAsync();
        var live = await app.DumpAsync();

        var result = await app.InScopeAsync(sp => sp.GetRequiredService<RebuildService>().RebuildAsync(CancellationToken.None));

        Assert.True(result.Events >= 42);
        Assert.Equal(0, result.Unreadable);
        Assert.Equal(live, await app.DumpAsync());
    }
}

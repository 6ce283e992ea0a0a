using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using SalesSuite.Quotes.Domain;
using SalesSuite.SharedKernel.Caching;
using SalesSuite.SharedKernel.Identity;
using SalesSuite.Testing;
using static SalesSuite.Quotes.Tests.Integration.QuoteScenario;

namespace SalesSuite.Quotes.Tests.Integration;

/// <summary>
/// The approval queue's first page and counts are computed once per change stamp of the quotes and per viewer: a second
/// read computes nothing, a submission or a decision shows in the very next read, and the overdue count follows the clock
/// past a deadline although no data changed.
/// </summary>
public sealed partial class ApprovalQueueCacheTests(QuotesAppFactory factory) : IClassFixture<QuotesAppFactory>
{
    private StampedCache<QuotesModule> Cache => factory.Services.GetRequiredService<StampedCache<QuotesModule>>();

    [Fact]
    public async Task Given_a_cached_queue_When_a_quote_is_submitted_and_decided_Then_the_next_reads_show_it()
    {
        var tech = await factory.SignInAsync("tech");
        var before = await QueueAsync(tech);
        var computed = Cache.Computed;
        var again = await QueueAsync(tech);
        Assert.Equal((before.Count, before.Overdue), (again.Count, again.Overdue));
        Assert.Equal(before.Steps, again.Steps);
        Assert.Equal(computed, Cache.Computed); // nothing changed: served from the cache

        var id = await InApprovalAsync("sales01");
        var step = await ActiveStepAsync(id);
        var waiting = await QueueAsync(tech);
        Assert.Equal(before.Count + 1, waiting.Count);
        Assert.Contains(step.ToString(), waiting.Steps);

        await DecideAsync(tech, id, true, custom: false);
        var after = await QueueAsync(tech);
        Assert.Equal(before.Count, after.Count);
        Assert.DoesNotContain(step.ToString(), after.Steps);
        Assert.Contains((await ActiveStepAsync(id)).ToString(), (await QueueAsync(await factory.SignInAsync("finance"))).Steps);
    }

    [Fact]
    public async Task Given_a_cached_queue_When_time_passes_the_next_deadline_Then_the_overdue_count_follows_without_any_change()
    {
        await InApprovalAsync("sales02");
        var tech = await factory.SignInAsync("tech");
        var now = factory.Clock.GetCurrentInstant();
        var before = await QueueAsync(tech);
        Assert.Equal(await OverdueAsync(now), before.Overdue);
        var next = await DbAsync(factory, db => db.ApprovalSteps.Where(s => s.Status == StepStatus.Active && s.Role == Roles.Tech && s.DueAt >= now)
            .OrderBy(s => s.DueAt).Select(s => s.DueAt).FirstAsync());

        factory.Clock.Reset(next!.Value + Duration.FromSeconds(1));
        var after = await QueueAsync(await factory.SignInAsync("tech")); // signed in again: the first session may have expired

        Assert.Equal(await OverdueAsync(factory.Clock.GetCurrentInstant()), after.Overdue);
        Assert.True(after.Overdue > before.Overdue, $"{after.Overdue} overdue after the deadline, {before.Overdue} before");
        Assert.Equal(before.Count, after.Count);
    }

    private async Task<Guid> InApprovalAsync(string owner)
    {
        var sales = await factory.SignInAsync(owner);
        var id = await DraftAsync(sales, await OpenDealAsync(factory, owner), ("MD-PUMP-50", 1, 0m));
        await SubmitAsync(sales, id);
        Assert.Equal(QuoteStatus.InApproval, (await QuoteAsync(factory, id)).Status);
        return id;
    }

    private Task<Guid> ActiveStepAsync(Guid quoteId) =>
        DbAsync(factory, db => db.ApprovalSteps.Where(s => s.QuoteId == quoteId && s.Status == StepStatus.Active).Select(s => s.Id).SingleAsync());

    /// <summary>The plain computation: Tech's active steps on quotes of others that are due before <paramref name="now"/>.</summary>
    private Task<int> OverdueAsync(Instant now) => DbAsync(factory, async db =>
    {
        var tech = await factory.UserIdAsync("tech");
        return await db.ApprovalSteps.Where(s => s.Status == StepStatus.Active && s.Role == Roles.Tech && s.DueAt < now)
            .Join(db.Quotes.Where(q => q.OwnerId != tech), s => s.QuoteId, q => q.Id, (s, q) => s.Id).CountAsync();
    });

    private static async Task<(int Count, int Overdue, List<string> Steps)> QueueAsync(HttpClient client)
    {
        var html = await client.GetStringAsync("/Quotes");
        var counts = QueueCount().Match(html);
        var steps = QueueSteps().Matches(html).Select(m => m.Groups[1].Value).ToList();
        return counts.Success ? (int.Parse(counts.Groups[1].Value), int.Parse(counts.Groups[2].Value), steps) : (0, 0, steps);
    }

    [GeneratedRegex("data-testid=\"queue-count\" data-count=\"(\\d+)\"\\s+data-overdue=\"(\\d+)\"")]
    private static partial Regex QueueCount();

    [GeneratedRegex("data-testid=\"queue-row\" data-step=\"([^\"]+)\"")]
    private static partial Regex QueueSteps();
}

using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SalesSuite.Quotes.Domain;
using SalesSuite.SharedKernel.Caching;
using SalesSuite.SharedKernel.Identity;
using SalesSuite.Testing;
using static SalesSuite.Quotes.Tests.Integration.QuoteScenario;

namespace SalesSuite.Quotes.Tests.Integration;

/// <summary>
/// The work queue's status counts are computed once per change stamp of the quotes and per viewer scope, then shared:
/// each viewer sees exactly the counts of the quotes they may see, a second read computes nothing, and a new quote, an
/// approval or a hand-over (a bulk update past the change tracker) shows in the very next read.
/// </summary>
public sealed partial class QuoteCountCacheTests(QuotesAppFactory factory) : IClassFixture<QuotesAppFactory>
{
    private StampedCache<QuotesModule> Cache => factory.Services.GetRequiredService<StampedCache<QuotesModule>>();

    [Fact]
    public async Task Given_viewers_of_different_scopes_Then_each_sees_the_counts_of_exactly_the_quotes_they_may_see()
    {
        await DraftAsync(await factory.SignInAsync("sales01"), await OpenDealAsync(factory, "sales01"), ("MD-PUMP-50", 1, 0m));
        await InApprovalAsync("sales02");

        foreach (var viewer in new[] { "director", "finance", "sales01", "sales02", "director" })
        {
            Assert.Equal(await ExpectedAsync(viewer), await CountsAsync(viewer));
        }
    }

    [Fact]
    public async Task Given_cached_counts_When_a_new_quote_is_drafted_Then_the_next_read_counts_it()
    {
        var sales = await factory.SignInAsync("sales03");
        var before = await CountsAsync("sales03");
        var computed = Cache.Computed;
        Assert.Equal(before, await CountsAsync("sales03"));
        Assert.Equal(computed, Cache.Computed); // nothing changed: served from the cache

        await DraftAsync(sales, await OpenDealAsync(factory, "sales03"), ("MD-PUMP-50", 1, 0m));
        var after = await CountsAsync("sales03");

        Assert.Equal(before[QuoteStatus.Draft] + 1, after[QuoteStatus.Draft]);
        Assert.Equal(await ExpectedAsync("sales03"), after);
    }

    [Fact]
    public async Task Given_cached_counts_of_an_approver_When_the_last_step_approves_Then_the_quote_moves_from_in_approval_to_approved()
    {
        var id = await InApprovalAsync("sales05");
        await DecideAsync(await factory.SignInAsync("tech"), id, true, custom: false);
        await DecideAsync(await factory.SignInAsync("finance"), id, true);
        var before = await CountsAsync("finance");
        Assert.Equal(before, await CountsAsync("finance"));

        await DecideAsync(await factory.SignInAsync("legal"), id, true);
        var after = await CountsAsync("finance");

        Assert.Equal(QuoteStatus.Approved, (await QuoteAsync(factory, id)).Status);
        Assert.Equal(before[QuoteStatus.InApproval] - 1, after[QuoteStatus.InApproval]);
        Assert.Equal(before[QuoteStatus.Approved] + 1, after[QuoteStatus.Approved]);
        Assert.Equal(await ExpectedAsync("finance"), after);
    }

    [Fact]
    public async Task Given_cached_counts_When_a_deal_is_handed_over_Then_its_quote_leaves_one_owners_counts_and_joins_the_others()
    {
        var deal = await OpenDealAsync(factory, "sales06");
        await DraftAsync(await factory.SignInAsync("sales06"), deal, ("MD-PUMP-50", 1, 0m));
        var from = await CountsAsync("sales06");
        var to = await CountsAsync("sales07");

        await factory.ConsumeAsync(Events.OwnershipHandedOver(
            fromUserId: await factory.UserIdAsync("sales06"), toUserId: await factory.UserIdAsync("sales07"), dealIds: [deal]));

        Assert.Equal(from[QuoteStatus.Draft] - 1, (await CountsAsync("sales06"))[QuoteStatus.Draft]);
        Assert.Equal(to[QuoteStatus.Draft] + 1, (await CountsAsync("sales07"))[QuoteStatus.Draft]);
        Assert.Equal(await ExpectedAsync("sales07"), await CountsAsync("sales07"));
    }

    private async Task<Guid> InApprovalAsync(string owner)
    {
        var sales = await factory.SignInAsync(owner);
        var id = await DraftAsync(sales, await OpenDealAsync(factory, owner), ("MD-PUMP-50", 1, 0m));
        await SubmitAsync(sales, id);
        Assert.Equal(QuoteStatus.InApproval, (await QuoteAsync(factory, id)).Status);
        return id;
    }

    private async Task<Dictionary<QuoteStatus, int>> CountsAsync(string viewer)
    {
        var html = await (await factory.SignInAsync(viewer)).GetStringAsync("/Quotes");
        return StatusCounts().Matches(html).ToDictionary(m => Enum.Parse<QuoteStatus>(m.Groups[1].Value), m => int.Parse(m.Groups[2].Value));
    }

    /// <summary>
    /// The plain computation: the director sees every quote, Finance its own and those with a Finance step, a salesperson
    /// their own.
    /// </summary>
    private async Task<Dictionary<QuoteStatus, int>> ExpectedAsync(string viewer)
    {
        var id = await factory.UserIdAsync(viewer);
        var counts = await DbAsync(factory, db => db.Quotes
            .Where(q => viewer == "director" || q.OwnerId == id
                || (viewer == "finance" && db.ApprovalSteps.Any(s => s.QuoteId == q.Id && s.Role == Roles.Finance)))
            .GroupBy(q => q.Status).Select(g => new { g.Key, Count = g.Count() }).ToListAsync());
        return Enum.GetValues<QuoteStatus>().ToDictionary(s => s, s => counts.FirstOrDefault(c => c.Key == s)?.Count ?? 0);
    }

    [GeneratedRegex("data-testid=\"status-count\" data-status=\"(\\w+)\" data-count=\"(\\d+)\" data-at-least=\"false\"")]
    private static partial Regex StatusCounts();
}

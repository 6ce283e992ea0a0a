using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SalesSuite.Leads.Domain;
using SalesSuite.SharedKernel.Caching;
using SalesSuite.Testing;

namespace SalesSuite.Leads.Tests.Integration;

/// <summary>
/// The kanban's poll after a change is read once per change token and rendered once per viewer scope (the owners one
/// sees, the culture), then served to every viewer of that scope: never to a viewer who sees other deals, never in
/// another language, and never after the next change. A poll with a token the board does not hold ("old") re-renders.
/// </summary>
public sealed partial class LiveBoardCacheTests(LeadsAppFactory factory) : IClassFixture<LeadsAppFactory>
{
    private const string Old = "/Leads/Deals?handler=Board&stamp=old";

    [Fact]
    public async Task Given_boards_of_different_scopes_When_they_poll_after_a_change_Then_each_gets_only_the_deals_it_may_see()
    {
        // Two salespeople first, then the director (all), then the salespeople again in the other order: whatever the
        // cache holds by then, each gets exactly the open deals of the owners it sees.
        foreach (var user in new[] { "sales01", "sales05", "director", "sales05", "sales01", "sales09" })
        {
            var client = await factory.SignInAsync(user);
            var html = await BoardAsync(client);
            var deals = await OpenDealsAsync();
            var sees = user == "director" ? deals.Select(d => d.OwnerId).ToHashSet() : [await factory.UserIdAsync(user)];
            Assert.All(deals, d => Assert.Equal(sees.Contains(d.OwnerId), html.Contains($"data-title=\"{d.Title}\"", StringComparison.Ordinal)));
            Assert.DoesNotContain("__RequestVerificationToken", html);
        }
    }

    [Fact]
    public async Task Given_one_scope_When_a_second_viewer_polls_with_the_same_token_Then_the_render_is_shared_and_no_other_is_computed()
    {
        var cache = factory.Services.GetRequiredService<StampedCache<LeadsModule>>();
        var first = await BoardAsync(await factory.SignInAsync("gm"));
        var computed = cache.Computed;

        var second = await BoardAsync(await factory.SignInAsync("director"));

        Assert.Equal(first, second);
        Assert.Equal(computed, cache.Computed);
    }

    [Fact]
    public async Task Given_the_same_scope_in_two_languages_When_both_poll_Then_each_gets_its_own_language()
    {
        var chinese = await BoardAsync(await factory.SignInAsync("director"));
        var english = await BoardAsync(await factory.SignInAsync("director", "en"));

        Assert.Contains("days in stage", english);
        Assert.DoesNotContain("days in stage", chinese);
        Assert.Contains(" 天</span>", chinese);
    }

    [Fact]
    public async Task Given_a_shared_render_When_a_deal_opens_Then_the_next_poll_shows_it_to_its_owner_and_the_director_only()
    {
        var director = await factory.SignInAsync("director");
        var sales02 = await factory.SignInAsync("sales02");
        var before = await BoardAsync(director);
        await BoardAsync(sales02);
        var title = $"Live cache {Guid.NewGuid():N}";
        var sales01 = await factory.UserIdAsync("sales01");

        await factory.QueryAsync(async db =>
        {
            var pipeline = await db.Pipelines.Include(p => p.Stages).FirstAsync(p => p.IsDefault);
            var customer = await db.Customers.FirstAsync(c => c.OwnerId == sales01);
            db.Deals.Add(Deal.Open(Guid.NewGuid(), customer.Id, sales01, pipeline, title, 1000m, null, factory.Clock.GetCurrentInstant()));
            return await db.SaveChangesAsync();
        });

        var after = await BoardAsync(director);
        Assert.DoesNotContain(title, before);
        Assert.Contains($"data-title=\"{title}\"", after);
        Assert.NotEqual(Stamp(before), Stamp(after));
        Assert.DoesNotContain(title, await BoardAsync(sales02));
        Assert.Contains(title, await BoardAsync(await factory.SignInAsync("sales01")));
        // The new token is current: the board that holds it gets 204.
        Assert.Equal(HttpStatusCode.NoContent,
            (await director.HtmxGetAsync($"/Leads/Deals?handler=Board&stamp={Uri.EscapeDataString(Stamp(after))}")).StatusCode);
    }

    private static async Task<string> BoardAsync(HttpClient client)
    {
        var response = await client.HtmxGetAsync(Old);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadAsStringAsync();
    }

    private Task<List<Deal>> OpenDealsAsync() =>
        factory.QueryAsync(db => db.Deals.AsNoTracking().Where(d => d.Status == DealStatus.Open).ToListAsync());

    private static string Stamp(string html) => StampPattern().Match(html) is { Success: true } m
        ? m.Groups[1].Value : throw new InvalidOperationException("No kanban-stamp in the board.");

    [GeneratedRegex("id=\"kanban-stamp\" name=\"stamp\" value=\"([^\"]+)\"")]
    private static partial Regex StampPattern();
}

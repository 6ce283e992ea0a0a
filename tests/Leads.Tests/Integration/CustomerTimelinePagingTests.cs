using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using SalesSuite.Leads.Application.Customers;
using SalesSuite.Leads.Domain;
using SalesSuite.SharedKernel.Caching;
using SalesSuite.Testing;

namespace SalesSuite.Leads.Tests.Integration;

/// <summary>
/// The customer page's timeline a page at a time: the newest entries first, "show older" (htmx) for the next ones, checked
/// per record like the page; the page's data cached per change of the customers' stamp, so a new follow-up shows at once.
/// </summary>
public sealed partial class CustomerTimelinePagingTests(LeadsAppFactory factory) : IClassFixture<LeadsAppFactory>
{
    private const int PageSize = CustomerPageQueries.PageSize;

    /// <summary>A new customer of sales01 with follow-ups "paging-NNN" at the given minutes before now (NNN: 0 is the newest).</summary>
    private async Task<Guid> CustomerWithFollowUpsAsync(IReadOnlyList<int> minutesAgo)
    {
        var owner = await factory.UserIdAsync("sales01");
        var now = factory.Clock.GetCurrentInstant();
        return await factory.QueryAsync(async db =>
        {
            var code = "CPAGE" + Guid.NewGuid().ToString("N")[..8];
            var customer = new Customer(
                Guid.NewGuid(), code, new LeadDetails("李明", "分页测试客户 " + code, "139 0000 0000", "展会扫码", "汽车零部件", null, null, null),
                owner, now - Duration.FromDays(30));
            db.Customers.Add(customer);
            for (var i = 0; i < minutesAgo.Count; i++)
            {
                db.FollowUps.Add(new FollowUp(Guid.NewGuid(), customer.Id, null, owner, FollowUpObjective.EstablishContact,
                    $"paging-{i:000}", "", null, false, now - Duration.FromMinutes(minutesAgo[i]), owner));
            }
            await db.SaveChangesAsync();
            return customer.Id;
        });
    }

    private static List<string> Summaries(string html) => [.. SummaryPattern().Matches(html).Select(m => m.Value)];

    private static string? OlderUrl(string html) =>
        OlderPattern().Match(html) is { Success: true } m ? WebUtility.HtmlDecode(m.Groups[1].Value) : null;

    [Fact]
    public async Task Given_a_customer_with_more_than_a_page_of_follow_ups_When_showing_older_Then_every_entry_shows_once_newest_first()
    {
        var id = await CustomerWithFollowUpsAsync([.. Enumerable.Range(0, 2 * PageSize + 20)]);
        var client = await factory.SignInAsync("sales01");

        var page = await client.GetStringAsync($"/Leads/Customers/Detail/{id}");
        var first = Summaries(page);
        Assert.Equal([.. Enumerable.Range(0, PageSize).Select(i => $"paging-{i:000}")], first);
        Assert.Matches($"data-testid=\"timeline-show-older\">[^<0-9]*{PageSize + 20}[^<0-9]*</a>", page); // "70 more", in either language

        var older = await client.HtmxGetAsync(OlderUrl(page)!);
        Assert.Equal(HttpStatusCode.OK, older.StatusCode);
        var second = await older.Content.ReadAsStringAsync();
        Assert.Equal([.. Enumerable.Range(PageSize, PageSize).Select(i => $"paging-{i:000}")], Summaries(second));

        var last = await client.HtmxGetAsync(OlderUrl(second)!);
        var third = await last.Content.ReadAsStringAsync();
        Assert.Equal([.. Enumerable.Range(2 * PageSize, 20).Select(i => $"paging-{i:000}")], Summaries(third));
        Assert.Null(OlderUrl(third));

        // Without htmx the link opens the page from that point, with the way back to the newest entries.
        var fromOlder = await client.GetStringAsync(OlderUrl(page)!.Replace("handler=Timeline&", ""));
        Assert.Equal(Summaries(second), Summaries(fromOlder));
        Assert.Contains("data-testid=\"timeline-from-older\"", fromOlder);
    }

    [Fact]
    public async Task Given_entries_at_the_same_instant_across_a_page_boundary_When_paging_Then_none_is_skipped_or_repeated()
    {
        // 45 newer, 10 at one instant (the page's oldest), 10 older: the first page holds the 55, the next the 10 older.
        int[] minutes = [.. Enumerable.Range(0, 45), .. Enumerable.Repeat(100, 10), .. Enumerable.Range(200, 10)];
        var id = await CustomerWithFollowUpsAsync(minutes);
        var client = await factory.SignInAsync("director");

        var page = await client.GetStringAsync($"/Leads/Customers/Detail/{id}");
        Assert.Equal(55, Summaries(page).Count);
        var older = await (await client.HtmxGetAsync(OlderUrl(page)!)).Content.ReadAsStringAsync();
        var rest = Summaries(older);
        Assert.Equal([.. Enumerable.Range(55, 10).Select(i => $"paging-{i:000}")], rest);
        Assert.Equal(65, Summaries(page).Concat(rest).Distinct().Count());
    }

    [Theory]
    [InlineData("sales02", HttpStatusCode.NotFound)]
    [InlineData("mgr.north", HttpStatusCode.NotFound)]
    [InlineData("sales01", HttpStatusCode.OK)]
    [InlineData("mgr.east", HttpStatusCode.OK)]
    public async Task Given_a_customer_of_sales01_When_others_ask_for_older_entries_Then_only_those_who_may_see_it_get_them(
        string user, HttpStatusCode expected)
    {
        var id = await CustomerWithFollowUpsAsync([.. Enumerable.Range(0, PageSize + 5)]);
        var owner = await factory.SignInAsync("sales01");
        var url = OlderUrl(await owner.GetStringAsync($"/Leads/Customers/Detail/{id}"))!;

        var client = await factory.SignInAsync(user);
        var response = await client.HtmxGetAsync(url);

        Assert.Equal(expected, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal(expected == HttpStatusCode.OK, body.Contains($"paging-{PageSize:000}", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Given_a_cached_customer_page_When_a_follow_up_is_logged_Then_the_next_request_shows_it()
    {
        var id = await CustomerWithFollowUpsAsync([5, 10]);
        var client = await factory.SignInAsync("sales01");
        var cache = factory.Services.GetRequiredService<StampedCache<LeadsModule>>();
        await client.GetStringAsync($"/Leads/Customers/Detail/{id}");
        var computed = cache.Computed;

        Assert.Equal(["paging-000", "paging-001"], Summaries(await client.GetStringAsync($"/Leads/Customers/Detail/{id}")));
        Assert.Equal(computed, cache.Computed); // served from the cache

        var owner = await factory.UserIdAsync("sales01");
        await factory.QueryAsync(async db =>
        {
            db.FollowUps.Add(new FollowUp(Guid.NewGuid(), id, null, owner, FollowUpObjective.EstablishContact, "paging-new", "", null, false,
                factory.Clock.GetCurrentInstant(), owner));
            return await db.SaveChangesAsync();
        });

        var after = await client.GetStringAsync($"/Leads/Customers/Detail/{id}");
        Assert.Equal(["paging-new", "paging-000", "paging-001"], Summaries(after));
    }

    [GeneratedRegex("paging-(?:\\d{3}|new)")]
    private static partial Regex SummaryPattern();

    [GeneratedRegex("hx-get=\"([^\"]*handler=Timeline[^\"]*)\"")]
    private static partial Regex OlderPattern();
}

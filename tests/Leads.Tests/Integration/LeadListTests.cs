using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using SalesSuite.Leads.Data;
using SalesSuite.Leads.Domain;
using SalesSuite.SharedKernel.Caching;
using SalesSuite.Testing;

namespace SalesSuite.Leads.Tests.Integration;

/// <summary>
/// "My leads" at scale: keyset pages of 50 (no duplicates or gaps, ties in the sort key included), filters and tab counts,
/// visibility across pages (salesperson, regional manager, director), invalid cursors, the whole list as CSV.
/// </summary>
public sealed partial class LeadListTests(LeadsAppFactory factory) : IClassFixture<LeadsAppFactory>
{
    private const string Prefix = "分页测试";
    private static readonly string[] Sources = ["官网表单", "展会扫码", "转介绍"];
    private static readonly SemaphoreSlim Seeding = new(1, 1);

    /// <summary>
    /// 130 open leads of sales01 (assignments at three instants: many ties; claims with five shared deadlines; qualified
    /// claims), 30 of sales02 (same team), 30 of sales04 (another team), and some converted ones that never show.
    /// </summary>
    private async Task SeedAsync()
    {
        await Seeding.WaitAsync();
        try
        {
            await factory.InScopeAsync(async sp =>
            {
                var db = sp.GetRequiredService<LeadsDbContext>();
                if (await db.Leads.AnyAsync(l => l.Company.StartsWith(Prefix)))
                {
                    return;
                }
                var now = factory.Clock.GetCurrentInstant();
                var (s1, s2, s4) = (await factory.UserIdAsync("sales01"), await factory.UserIdAsync("sales02"), await factory.UserIdAsync("sales04"));
                var i = 0;
                Lead New()
                {
                    var details = new LeadDetails($"联系人{i}", $"{Prefix}{i:D3}", $"1371111{i:D4}", Sources[i % 3], null, null, null, null);
                    i++;
                    return new Lead(Guid.NewGuid(), details, now);
                }
                for (var n = 0; n < 70; n++)
                {
                    var lead = New();
                    lead.AssignTo(s1, now - Duration.FromDays(n % 3));
                    db.Leads.Add(lead);
                }
                for (var n = 0; n < 50; n++)
                {
                    var lead = New();
                    lead.ClaimBy(s1, now - Duration.FromHours(1 + (n % 5)), Duration.FromHours(2));
                    db.Leads.Add(lead);
                }
                for (var n = 0; n < 10; n++)
                {
                    var lead = New();
                    lead.ClaimBy(s1, now - Duration.FromDays(4), Duration.FromHours(2));
                    lead.Qualify(now - Duration.FromDays(4));
                    db.Leads.Add(lead);
                }
                foreach (var owner in new[] { s2, s4 })
                {
                    for (var n = 0; n < 30; n++)
                    {
                        var lead = New();
                        lead.AssignTo(owner, now - Duration.FromDays(n % 2));
                        db.Leads.Add(lead);
                    }
                }
                for (var n = 0; n < 5; n++)
                {
                    var lead = New();
                    lead.AssignTo(s1, now);
                    lead.Convert();
                    db.Leads.Add(lead);
                }
                await db.SaveChangesAsync();
            });
        }
        finally
        {
            Seeding.Release();
        }
    }

    private Task<List<Lead>> OpenLeadsAsync() => factory.QueryAsync(db =>
        db.Leads.AsNoTracking().Where(l => l.Status == LeadStatus.Claimed || l.Status == LeadStatus.Assigned).ToListAsync());

    private async Task<HashSet<Guid>> OwnersAsync(params string[] users)
    {
        var ids = new HashSet<Guid>();
        foreach (var user in users)
        {
            ids.Add(await factory.UserIdAsync(user));
        }
        return ids;
    }

    /// <summary>Walks the list as the browser does: the first page, then "load more" (htmx) until there is none.</summary>
    private static async Task<List<List<Guid>>> PagesAsync(HttpClient client, string query)
    {
        var first = await client.GetAsync("/Leads/Leads" + query);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var html = await first.Content.ReadAsStringAsync();
        Assert.DoesNotContain("data-testid=\"invalid-cursor\"", html);
        var pages = new List<List<Guid>> { Ids(html) };
        while (MoreUrl(html) is { } more)
        {
            var response = await client.HtmxGetAsync(more);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            html = await response.Content.ReadAsStringAsync();
            Assert.DoesNotContain("<html", html);
            pages.Add(Ids(html));
            Assert.True(pages.Count < 100, "paging does not end");
        }
        return pages;
    }

    private static string Text(int count) => count.ToString("N0", CultureInfo.InvariantCulture);

    private static List<Guid> Ids(string html) => RowId().Matches(html).Select(m => Guid.Parse(m.Groups[1].Value)).ToList();

    private static string? MoreUrl(string html) =>
        MoreLink().Match(html) is { Success: true } m ? WebUtility.HtmlDecode(m.Groups[1].Value) : null;

    // A manager's and the director's pages merge several owners' and both statuses' partitions (LeadListQueries).
    [Theory]
    [InlineData("sales01", "recent")]
    [InlineData("sales01", "oldest")]
    [InlineData("sales01", "deadline")]
    [InlineData("mgr.east", "deadline")]
    [InlineData("mgr.east", "oldest")]
    [InlineData("director", "deadline")]
    [InlineData("director", "recent")]
    public async Task Given_ties_in_the_sort_key_When_paging_to_the_end_Then_every_visible_lead_shows_once_in_order(string user, string sort)
    {
        await SeedAsync();
        var client = await factory.SignInAsync(user);
        var owners = user switch
        {
            "director" => null,
            "mgr.east" => await OwnersAsync(["mgr.east", "sales01", "sales02", "sales03"]),
            _ => await OwnersAsync([user]),
        };
        var mine = (await OpenLeadsAsync()).Where(l => owners is null || owners.Contains(l.OwnerId!.Value)).ToDictionary(l => l.Id);

        var pages = await PagesAsync(client, $"?sort={sort}");

        Assert.True(mine.Count > 100);
        Assert.All(pages[..^1], p => Assert.Equal(50, p.Count));
        var all = pages.SelectMany(p => p).ToList();
        Assert.Equal(all.Count, all.Distinct().Count());
        Assert.Equal(mine.Keys.OrderBy(x => x), all.OrderBy(x => x));
        var keys = all.Select(id => mine[id]).ToList();
        for (var n = 1; n < keys.Count; n++)
        {
            var (before, after) = (keys[n - 1], keys[n]);
            var ordered = sort switch
            {
                "recent" => before.ClaimedAt >= after.ClaimedAt,
                "oldest" => before.ClaimedAt <= after.ClaimedAt,
                _ => (before.ReleaseDeadline, after.ReleaseDeadline) switch
                {
                    ({ } a, { } b) => a <= b,
                    ({ }, null) => true,
                    (null, { }) => false,
                    _ => before.ClaimedAt >= after.ClaimedAt,
                },
            };
            Assert.True(ordered, $"{sort}: row {n} is out of order");
        }
    }

    [Theory]
    [InlineData("sales01", new[] { "sales01" })]
    [InlineData("sales02", new[] { "sales02" })]
    [InlineData("mgr.east", new[] { "mgr.east", "sales01", "sales02", "sales03" })]
    [InlineData("director", null)]
    public async Task Given_leads_of_several_teams_When_paging_Then_each_reader_sees_exactly_what_the_visibility_rule_allows(
        string user, string[]? owners)
    {
        await SeedAsync();
        var client = await factory.SignInAsync(user);
        var visible = owners is null ? null : await OwnersAsync(owners);
        var expected = (await OpenLeadsAsync()).Where(l => visible is null || visible.Contains(l.OwnerId!.Value)).Select(l => l.Id).ToHashSet();

        var shown = (await PagesAsync(client, "?sort=recent")).SelectMany(p => p).ToList();

        Assert.Equal(shown.Count, shown.Distinct().Count());
        Assert.Equal(expected.OrderBy(x => x), shown.OrderBy(x => x));
        var html = await client.GetStringAsync("/Leads/Leads");
        Assert.Equal(Text(expected.Count), Counts().Match(html).Groups[2].Value);
        Assert.Equal(user is "mgr.east" or "director", html.Contains("data-testid=\"filter-owner\""));
    }

    [Fact]
    public async Task Given_filters_When_listing_Then_only_matching_leads_and_tab_counts_of_that_scope_show()
    {
        await SeedAsync();
        var open = await OpenLeadsAsync();
        var (s1, s4) = (await factory.UserIdAsync("sales01"), await factory.UserIdAsync("sales04"));
        var sales01 = await factory.SignInAsync("sales01");

        var assigned = (await PagesAsync(sales01, "?status=Assigned&source=" + Uri.EscapeDataString("转介绍"))).SelectMany(p => p);
        Assert.Equal(
            open.Where(l => l.OwnerId == s1 && l.Status == LeadStatus.Assigned && l.Source == "转介绍").Select(l => l.Id).OrderBy(x => x),
            assigned.OrderBy(x => x));
        var claimed = await sales01.GetStringAsync("/Leads/Leads?status=Claimed");
        var counts = Counts().Matches(claimed).Select(m => m.Groups[2].Value).ToList();
        var mine = open.Where(l => l.OwnerId == s1).ToList();
        string[] expected =
            [Text(mine.Count), Text(mine.Count(l => l.Status == LeadStatus.Claimed)), Text(mine.Count(l => l.Status == LeadStatus.Assigned))];
        Assert.Equal(expected, counts);
        Assert.Contains("aria-current=\"page\" data-testid=\"tab-Claimed\"", claimed);

        // An owner filter narrows what one may see; it never widens it.
        var others = (await PagesAsync(sales01, $"?owner={s4}")).SelectMany(p => p);
        Assert.Empty(others);
        var director = await factory.SignInAsync("director");
        var hers = (await PagesAsync(director, $"?owner={s4}&sort=oldest")).SelectMany(p => p);
        Assert.Equal(open.Where(l => l.OwnerId == s4).Select(l => l.Id).OrderBy(x => x), hers.OrderBy(x => x));

        var fragment = await director.HtmxGetAsync($"/Leads/Leads?owner={s4}");
        var body = await fragment.Content.ReadAsStringAsync();
        Assert.DoesNotContain("<html", body);
        Assert.Contains("data-testid=\"status-tabs\"", body);
        Assert.Contains($"owner={s4}", WebUtility.HtmlDecode(MoreUrl(body) ?? body));
    }

    [Fact]
    public async Task Given_a_list_just_shown_When_asked_again_Then_it_is_shared_and_after_a_lead_changes_the_next_request_shows_it()
    {
        await SeedAsync();
        var cache = factory.Services.GetRequiredService<StampedCache<LeadsModule>>();
        var director = await factory.SignInAsync("director");
        const string Recent = "/Leads/Leads?sort=recent";
        var before = await director.GetStringAsync(Recent);
        var computed = cache.Computed;

        var again = await director.GetStringAsync(Recent);

        Assert.Equal(computed, cache.Computed);
        Assert.Equal(Ids(before), Ids(again));
        var added = await factory.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<LeadsDbContext>();
            var lead = new Lead(Guid.NewGuid(), new LeadDetails("联系人新", $"{Prefix}新", "13711119999", Sources[0], null, null, null, null),
                factory.Clock.GetCurrentInstant());
            lead.AssignTo(await factory.UserIdAsync("sales04"), factory.Clock.GetCurrentInstant() + Duration.FromMinutes(1));
            db.Leads.Add(lead);
            await db.SaveChangesAsync();
            return lead.Id;
        });
        var after = await director.GetStringAsync(Recent);

        Assert.Equal(added, Ids(after)[0]);
        int Open(string html) => int.Parse(Counts().Match(html).Groups[2].Value, NumberStyles.AllowThousands, CultureInfo.InvariantCulture);
        Assert.Equal(Open(before) + 1, Open(after));
        var shared = cache.Computed;
        var manager = await factory.SignInAsync("mgr.east");
        Assert.DoesNotContain(added, Ids(await manager.GetStringAsync(Recent)));
        Assert.True(cache.Computed > shared, "another scope (a manager's team) is not served the director's list");
    }

    [Fact]
    public async Task Given_a_damaged_or_foreign_cursor_When_opening_a_page_Then_a_clear_notice_and_the_first_page()
    {
        await SeedAsync();
        var client = await factory.SignInAsync("sales01");
        var first = await client.GetStringAsync("/Leads/Leads?sort=recent");
        var next = MoreUrl(first)!;
        var after = Regex.Match(next, "after=([^&]+)").Groups[1].Value;

        var damaged = await client.GetStringAsync("/Leads/Leads?sort=recent&after=not-a-cursor");
        Assert.Contains("data-testid=\"invalid-cursor\"", damaged);
        Assert.Contains("该翻页链接无效", damaged);
        Assert.Equal(Ids(first), Ids(damaged));

        var foreign = await client.GetStringAsync($"/Leads/Leads?sort=oldest&after={after}");
        Assert.Contains("data-testid=\"invalid-cursor\"", foreign);

        var more = await client.HtmxGetAsync($"/Leads/Leads?handler=More&sort=deadline&after={after}");
        var rows = await more.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, more.StatusCode);
        Assert.Contains("data-testid=\"invalid-cursor\"", rows);
        Assert.Empty(Ids(rows));

        var valid = await client.GetStringAsync($"/Leads/Leads?sort=recent&after={after}");
        Assert.DoesNotContain("data-testid=\"invalid-cursor\"", valid);
        Assert.Contains("data-testid=\"first-page\"", valid);
        Assert.Empty(Ids(first).Intersect(Ids(valid)));
    }

    [Fact]
    public async Task Given_more_than_a_page_When_exporting_csv_Then_the_whole_filtered_list_is_in_the_file()
    {
        await SeedAsync();
        var client = await factory.SignInAsync("sales01");
        var me = await factory.UserIdAsync("sales01");
        var mine = (await OpenLeadsAsync()).Where(l => l.OwnerId == me && l.Source == "官网表单").ToList();

        var response = await client.GetAsync("/Leads/Leads?handler=Csv&source=" + Uri.EscapeDataString("官网表单"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var lines = System.Text.Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.True(mine.Count > 40);
        Assert.Equal(mine.Count + 1, lines.Length);
        Assert.All(mine, l => Assert.Contains(lines, line => line.StartsWith(l.Company + ",", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Given_a_manager_When_asking_for_a_rows_reassignment_form_Then_it_comes_alone_and_salespeople_are_refused()
    {
        await SeedAsync();
        var leadId = (await OpenLeadsAsync()).First().Id;
        var manager = await factory.SignInAsync("mgr.east");
        var form = await manager.HtmxGetAsync($"/Leads/Leads?handler=ReassignForm&id={leadId}");
        var html = await form.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, form.StatusCode);
        Assert.Contains("data-testid=\"reassign-form\"", html);
        Assert.Contains("name=\"toUserId\"", html);
        Assert.Contains("__RequestVerificationToken", html);

        var salesperson = await factory.SignInAsync("sales01");
        var denied = await salesperson.HtmxGetAsync($"/Leads/Leads?handler=ReassignForm&id={leadId}");
        Assert.NotEqual(HttpStatusCode.OK, denied.StatusCode);
    }

    [GeneratedRegex("data-testid=\"my-lead\"[^>]*data-id=\"([0-9a-f-]{36})\"")]
    private static partial Regex RowId();

    [GeneratedRegex("hx-get=\"([^\"]*handler=More[^\"]*)\"")]
    private static partial Regex MoreLink();

    [GeneratedRegex("data-testid=\"tab-(Open|Claimed|Assigned)\"[^>]*>[^<]*<span class=\"pill-count\" data-testid=\"count\">([^<]+)</span>")]
    private static partial Regex Counts();
}

using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using SalesSuite.Leads.Application.Deals;
using SalesSuite.Leads.Domain;
using SalesSuite.SharedKernel.Identity;
using SalesSuite.Testing;

namespace SalesSuite.Leads.Tests.Integration;

/// <summary>
/// The bounded kanban: per column at most <see cref="KanbanQueries.PageSize"/> cards with the true count and amount of
/// the deals in scope, "N more" loading the rest page by page (keyset: no card twice, none left out), the owner / team
/// filters, and never a deal the viewer may not see, however the "load more" URL is written.
/// </summary>
public sealed partial class KanbanBoardTests(LeadsAppFactory factory) : IClassFixture<LeadsAppFactory>
{
    private const string Bulk = "Bulk deal";

    [Fact]
    public async Task Given_more_deals_than_a_column_shows_When_the_director_opens_the_board_Then_the_first_cards_and_the_true_totals()
    {
        await SeedAsync();
        var html = await (await factory.SignInAsync("director")).GetStringAsync("/Leads/Deals");

        var columns = Columns(html);
        Assert.NotEmpty(columns);
        var stages = await StagesAsync();
        foreach (var stage in stages)
        {
            var column = columns[stage.Name];
            var open = await OpenAsync(stage.Id, null, KanbanOrder.Recent);
            Assert.Equal(open.Count, column.Count);
            Assert.Equal(open.Sum(d => d.ExpectedAmount ?? 0m).ToString("N0", CultureInfo.GetCultureInfo("zh-CN")), column.Amount);
            Assert.Equal(open.Take(KanbanQueries.PageSize).Select(d => d.Title), column.Titles);
            Assert.Equal(open.Count > KanbanQueries.PageSize ? open.Count - KanbanQueries.PageSize : null, column.More);
        }
        Assert.Contains(stages, s => columns[s.Name].Count > KanbanQueries.PageSize);
    }

    [Theory]
    [InlineData(KanbanOrder.Recent)]
    [InlineData(KanbanOrder.Stalled)]
    public async Task Given_a_long_column_When_load_more_is_followed_to_the_end_Then_every_deal_shows_once_in_order(KanbanOrder order)
    {
        await SeedAsync();
        var client = await factory.SignInAsync("director");
        var stage = (await StagesAsync())[0];

        var titles = await WalkAsync(client, $"/Leads/Deals?Order={order}", stage.Name);

        Assert.Equal((await OpenAsync(stage.Id, null, order)).Select(d => d.Title), titles);
    }

    [Fact]
    public async Task Given_a_salesperson_When_loading_more_Then_only_own_deals_and_a_forged_owner_shows_nothing()
    {
        await SeedAsync();
        var sales02 = await factory.SignInAsync("sales02");
        var own = await factory.UserIdAsync("sales02");
        var stage = (await StagesAsync())[0];

        var page = await sales02.GetStringAsync("/Leads/Deals");
        var titles = await WalkAsync(sales02, "/Leads/Deals", stage.Name);

        Assert.DoesNotContain("data-testid=\"filter-owner\"", page);
        var expected = await OpenAsync(stage.Id, [own], KanbanOrder.Recent);
        Assert.True(expected.Count > KanbanQueries.PageSize);
        Assert.Equal(expected.Select(d => d.Title), titles);
        // The "load more" URL with another owner (or team) than one may see: no card, whatever the cursor.
        var more = MoreUrl(page, stage.Name) ?? throw new InvalidOperationException("No load more for sales02.");
        var sales04 = await factory.UserIdAsync("sales04");
        var forged = await sales02.HtmxGetAsync($"{more}&owner={sales04}");
        Assert.Equal(HttpStatusCode.OK, forged.StatusCode);
        Assert.DoesNotContain("data-testid=\"deal-card\"", await forged.Content.ReadAsStringAsync());
        var board = await sales02.HtmxGetAsync($"/Leads/Deals?handler=Board&owner={sales04}");
        Assert.All(Columns(await board.Content.ReadAsStringAsync()).Values, c => Assert.Equal(0, c.Count));
    }

    [Fact]
    public async Task Given_the_director_When_filtering_by_owner_or_team_Then_the_columns_count_only_their_deals()
    {
        await SeedAsync();
        var client = await factory.SignInAsync("director");
        var sales04 = await factory.UserIdAsync("sales04");
        var (team, members) = await factory.InScopeAsync(async sp =>
        {
            var users = await sp.GetRequiredService<IOrganisation>().ActiveUsersAsync();
            var north = users.First(u => u.UserName == "sales04").TeamId!.Value;
            return (north, users.Where(u => u.TeamId == north).Select(u => u.Id).ToList());
        });
        var page = await client.GetStringAsync("/Leads/Deals");
        Assert.Contains($"<option value=\"{sales04}\">", page);
        Assert.Contains($"<option value=\"{team}\">", page);

        foreach (var (query, owners) in new[] { ($"owner={sales04}", new List<Guid> { sales04 }), ($"team={team}", members) })
        {
            var board = await client.HtmxGetAsync($"/Leads/Deals?handler=Board&{query}");
            var columns = Columns(await board.Content.ReadAsStringAsync());
            foreach (var stage in await StagesAsync())
            {
                var open = await OpenAsync(stage.Id, owners, KanbanOrder.Recent);
                Assert.Equal(open.Count, columns[stage.Name].Count);
                Assert.Equal(open.Take(KanbanQueries.PageSize).Select(d => d.Title), columns[stage.Name].Titles);
            }
        }
    }

    [Fact]
    public async Task Given_open_boards_When_a_deal_opens_Then_the_next_poll_counts_and_shows_it_first_only_where_its_owner_is_in_scope()
    {
        await SeedAsync();
        var director = await factory.SignInAsync("director");
        var sales02 = await factory.UserIdAsync("sales02");
        var sales04 = await factory.UserIdAsync("sales04");
        var stage = (await StagesAsync())[0];
        var mine = $"/Leads/Deals?handler=Board&stamp=old&owner={sales02}";
        var other = $"/Leads/Deals?handler=Board&stamp=old&owner={sales04}";
        var before = Columns(await (await director.HtmxGetAsync(mine)).Content.ReadAsStringAsync())[stage.Name];
        var otherBefore = Columns(await (await director.HtmxGetAsync(other)).Content.ReadAsStringAsync())[stage.Name];

        var title = $"Live opened {Guid.NewGuid():N}";
        await AddDealsAsync(sales02, [(title, factory.Clock.GetCurrentInstant())]);

        var after = Columns(await (await director.HtmxGetAsync(mine)).Content.ReadAsStringAsync())[stage.Name];
        Assert.Equal(before.Count + 1, after.Count);
        Assert.Equal(title, after.Titles[0]);
        Assert.Equal(KanbanQueries.PageSize, after.Titles.Count);
        var otherAfter = Columns(await (await director.HtmxGetAsync(other)).Content.ReadAsStringAsync())[stage.Name];
        Assert.Equal(otherBefore.Count, otherAfter.Count);
        Assert.DoesNotContain(title, otherAfter.Titles);
    }

    /// <summary>Follows a column's "N more" buttons from the board at <paramref name="url"/>; every title in order.</summary>
    private static async Task<List<string>> WalkAsync(HttpClient client, string url, string stage)
    {
        var html = await client.GetStringAsync(url);
        var titles = new List<string>(Columns(html)[stage].Titles);
        var more = MoreUrl(html, stage);
        for (var pages = 0; more is not null; pages++)
        {
            Assert.True(pages < 100, "load more never ends");
            var response = await client.HtmxGetAsync(more);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var next = await response.Content.ReadAsStringAsync();
            var cards = TitlePattern().Matches(next).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).ToList();
            Assert.InRange(cards.Count, 1, KanbanQueries.PageSize);
            titles.AddRange(cards);
            more = MorePattern().Match(next) is { Success: true } m ? WebUtility.HtmlDecode(m.Groups[1].Value) : null;
        }
        Assert.Equal(titles.Count, titles.Distinct().Count());
        return titles;
    }

    private static string? MoreUrl(string html, string stage) => ColumnPattern().Matches(html)
        .Where(m => m.Groups[1].Value == stage).Select(m => MorePattern().Match(m.Groups[3].Value))
        .FirstOrDefault(m => m.Success) is { } more ? WebUtility.HtmlDecode(more.Groups[1].Value) : null;

    private static Dictionary<string, Column> Columns(string html) => ColumnPattern().Matches(html).ToDictionary(
        m => m.Groups[1].Value,
        m =>
        {
            var body = m.Groups[3].Value;
            var more = MoreTextPattern().Match(body);
            return new Column(
                int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture),
                AmountPattern().Match(body).Groups[1].Value,
                TitlePattern().Matches(body).Select(t => WebUtility.HtmlDecode(t.Groups[1].Value)).ToList(),
                more.Success ? int.Parse(more.Groups[1].Value, CultureInfo.InvariantCulture) : null);
        });

    private Task<List<Stage>> StagesAsync() => factory.QueryAsync(async db =>
    {
        var pipeline = await db.Pipelines.AsNoTracking().Include(p => p.Stages).FirstAsync(p => p.IsDefault);
        return pipeline.Ordered.ToList();
    });

    /// <summary>The open deals of a stage (of the owners, or all) in the board's order, straight from the database.</summary>
    private Task<List<Deal>> OpenAsync(Guid stageId, List<Guid>? owners, KanbanOrder order) => factory.QueryAsync(async db =>
    {
        var open = db.Deals.AsNoTracking().Where(d => d.Status == DealStatus.Open && d.StageId == stageId);
        open = owners is null ? open : open.Where(d => owners.Contains(d.OwnerId));
        return await (order == KanbanOrder.Stalled
            ? open.OrderBy(d => d.StageEnteredAt).ThenBy(d => d.Id)
            : open.OrderByDescending(d => d.StageEnteredAt).ThenByDescending(d => d.Id)).ToListAsync();
    });

    /// <summary>
    /// Once per factory: 45 open deals of sales02 and 8 of sales04 in the first stage, entered at different hours, pairs
    /// at the same instant (the keyset's tie on the id).
    /// </summary>
    private async Task SeedAsync()
    {
        if (await factory.QueryAsync(db => db.Deals.AnyAsync(d => d.Title.StartsWith(Bulk))))
        {
            return;
        }
        var now = factory.Clock.GetCurrentInstant();
        await AddDealsAsync(await factory.UserIdAsync("sales02"),
            Enumerable.Range(0, 45).Select(i => ($"{Bulk} A{i:00}", now - Duration.FromHours(1 + (i / 2)))).ToList());
        await AddDealsAsync(await factory.UserIdAsync("sales04"),
            Enumerable.Range(0, 8).Select(i => ($"{Bulk} B{i:00}", now - Duration.FromHours(3 * i))).ToList());
    }

    private Task AddDealsAsync(Guid owner, List<(string Title, Instant At)> deals) => factory.QueryAsync(async db =>
    {
        var pipeline = await db.Pipelines.Include(p => p.Stages).FirstAsync(p => p.IsDefault);
        var customer = await db.Customers.FirstAsync();
        foreach (var (title, at) in deals)
        {
            db.Deals.Add(Deal.Open(Guid.NewGuid(), customer.Id, owner, pipeline, title, 1000m, null, at));
        }
        return await db.SaveChangesAsync();
    });

    private sealed record Column(int Count, string Amount, List<string> Titles, int? More);

    [GeneratedRegex("<section class=\"column\" data-testid=\"stage-column\" data-stage=\"([^\"]+)\".*?data-count=\"(\\d+)\"(.*?)</section>",
        RegexOptions.Singleline)]
    private static partial Regex ColumnPattern();

    [GeneratedRegex("data-testid=\"deal-card\" data-title=\"([^\"]+)\"")]
    private static partial Regex TitlePattern();

    // The button's attributes in any order (the htmx tag helpers write hx-get where they like).
    [GeneratedRegex("<button(?=[^>]*data-testid=\"load-more\")[^>]*\\shx-get=\"([^\"]+)\"")]
    private static partial Regex MorePattern();

    [GeneratedRegex("data-testid=\"load-more\"[^>]*>还有 (\\d+) 个</button>")]
    private static partial Regex MoreTextPattern();

    [GeneratedRegex("data-testid=\"stage-amount\">预计 ¥([^<]+)</p>")]
    private static partial Regex AmountPattern();
}

using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using SalesSuite.Leads.Domain;
using SalesSuite.Testing;

namespace SalesSuite.Leads.Tests.Integration;

/// <summary>
/// The live kanban and pool: a board polls with the change token it was rendered with; unchanged → 204 (htmx swaps
/// nothing), changed by anyone (a person, an event handler) → the board again with a new token. Drag and drop posts
/// to the Drop handler, which moves like the Move button or answers the move panel pre-set to the dropped-on stage.
/// </summary>
public sealed partial class LiveBoardTests(LeadsAppFactory factory) : IClassFixture<LeadsAppFactory>
{
    private const string Kanban = "/Leads/Deals?handler=Board";
    private const string PoolBoard = "/Leads/Pool?handler=Board";

    [Fact]
    public async Task Given_an_open_kanban_When_nothing_changed_Then_the_poll_answers_204_and_after_someone_elses_move_the_board()
    {
        var watcher = await factory.SignInAsync("director");
        var stamp = Stamp(await watcher.GetStringAsync("/Leads/Deals"), "kanban-stamp");
        var unchanged = await watcher.HtmxGetAsync($"{Kanban}&stamp={stamp}");
        Assert.Equal(HttpStatusCode.NoContent, unchanged.StatusCode);
        Assert.Empty(await unchanged.Content.ReadAsStringAsync());

        var (deal, stages) = await DealAsync("滨海");
        var field = stages[0].Fields.Single(f => f.Label == "设备参数");
        var mover = await factory.SignInAsync("sales05");
        var moved = await mover.HtmxPostAsync($"/Leads/Deals?handler=Move&id={deal.Id}",
            new() { ["targetStageId"] = stages[1].Id.ToString(), ["version"] = deal.Version.ToString(), [$"f_{field.Id}"] = "DN50, 1.6MPa" },
            "/Leads/Deals");
        Assert.Equal(HttpStatusCode.OK, moved.StatusCode);

        var changed = await watcher.HtmxGetAsync($"{Kanban}&stamp={stamp}");
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        var html = await changed.Content.ReadAsStringAsync();
        Assert.Equal("样品测试", ColumnOf(html, deal.Title));
        var next = Stamp(html, "kanban-stamp");
        Assert.NotEqual(stamp, next);
        Assert.Equal(HttpStatusCode.NoContent, (await watcher.HtmxGetAsync($"{Kanban}&stamp={next}")).StatusCode);
    }

    [Fact]
    public async Task Given_an_open_kanban_When_Collections_closes_a_deal_through_its_event_Then_the_token_changes()
    {
        var watcher = await factory.SignInAsync("gm");
        var stamp = Stamp(await watcher.GetStringAsync("/Leads/Deals"), "kanban-stamp");
        var (deal, _) = await DealAsync("新和成");

        await factory.ConsumeAsync(Events.DealClosedLoop(dealId: deal.Id, customerId: deal.CustomerId, ownerId: deal.OwnerId));

        var changed = await watcher.HtmxGetAsync($"{Kanban}&stamp={stamp}");
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.DoesNotContain(deal.Title, await changed.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Given_an_open_kanban_When_only_time_passes_Then_it_re_renders_once_the_hour_turns()
    {
        var watcher = await factory.SignInAsync("mgr.east");
        var stamp = Stamp(await watcher.GetStringAsync("/Leads/Deals"), "kanban-stamp");
        Assert.Equal(HttpStatusCode.NoContent, (await watcher.HtmxGetAsync($"{Kanban}&stamp={stamp}")).StatusCode);

        factory.Clock.Advance(Duration.FromHours(1));

        Assert.Equal(HttpStatusCode.OK, (await watcher.HtmxGetAsync($"{Kanban}&stamp={stamp}")).StatusCode);
    }

    [Fact]
    public async Task Given_a_card_whose_stage_needs_a_field_When_dropped_on_the_next_column_Then_the_panel_opens_preset_and_nothing_moves()
    {
        var (deal, stages) = await DealAsync("恒清");
        var client = await factory.SignInAsync("sales01");

        var response = await client.HtmxPostAsync("/Leads/Deals?handler=Drop", Drop(deal, stages[1]), "/Leads/Deals");

        Assert.Equal((HttpStatusCode)422, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("data-testid=\"move-form\"", html);
        Assert.Matches($"<option value=\"{stages[1].Id}\" selected=\"selected\">", html);
        Assert.Contains("设备参数", html);
        Assert.Equal(deal.StageId, (await DealAsync("恒清")).Deal.StageId);
    }

    [Fact]
    public async Task Given_a_card_with_its_fields_filled_When_dropped_on_a_later_column_Then_it_moves()
    {
        var (deal, stages) = await DealAsync("海天");
        var date = stages[1].Fields.Single(f => f.Label == "样品测试完成日期");
        await factory.QueryAsync(async db =>
        {
            db.DealFieldValues.Add(new DealFieldValue(Guid.NewGuid(), deal.Id, date.Id, "2026-11-20"));
            return await db.SaveChangesAsync();
        });
        var client = await factory.SignInAsync("sales01");

        var response = await client.HtmxPostAsync("/Leads/Deals?handler=Drop", Drop(deal, stages[2]), "/Leads/Deals");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("dealsChanged", response.Headers.GetValues("HX-Trigger").Single());
        Assert.Equal(stages[2].Id, (await DealAsync("海天")).Deal.StageId);
    }

    [Fact]
    public async Task Given_a_card_When_dropped_on_an_earlier_column_or_with_a_stale_version_Then_refused_with_the_existing_message()
    {
        var (deal, stages) = await DealAsync("娃哈哈");
        var client = await factory.SignInAsync("sales02");

        var backwards = await client.HtmxPostAsync("/Leads/Deals?handler=Drop", Drop(deal, stages[0]), "/Leads/Deals");
        Assert.Equal((HttpStatusCode)422, backwards.StatusCode);
        Assert.Contains("data-testid=\"move-errors\"", await backwards.Content.ReadAsStringAsync());

        var stale = Drop(deal, stages[3]);
        stale["version"] = (deal.Version + 1).ToString();
        Assert.Equal(HttpStatusCode.Conflict,
            (await client.HtmxPostAsync("/Leads/Deals?handler=Drop", stale, "/Leads/Deals")).StatusCode);
        Assert.Equal(deal.StageId, (await DealAsync("娃哈哈")).Deal.StageId);

        var other = await factory.SignInAsync("sales09");
        Assert.Equal(HttpStatusCode.NotFound,
            (await other.HtmxPostAsync("/Leads/Deals?handler=Drop", Drop(deal, stages[3]), "/Leads/Deals")).StatusCode);
    }

    [Fact]
    public async Task Given_an_open_pool_When_nothing_changed_Then_204_and_after_a_claim_elsewhere_the_board_without_the_lead()
    {
        var watcher = await factory.SignInAsync("sales02");
        var stamp = Stamp(await watcher.GetStringAsync("/Leads/Pool"), "pool-stamp");
        Assert.Equal(HttpStatusCode.NoContent, (await watcher.HtmxGetAsync($"{PoolBoard}&stamp={stamp}")).StatusCode);
        var lead = await factory.QueryAsync(db => db.Leads.OrderBy(l => l.CreatedAt).FirstAsync(l => l.Status == LeadStatus.Pool));

        var claimer = await factory.SignInAsync("sales03");
        var claim = await claimer.HtmxPostAsync($"/Leads/Pool?handler=Claim&id={lead.Id}", [], "/Leads/Pool");
        Assert.Equal(HttpStatusCode.OK, claim.StatusCode);

        var changed = await watcher.HtmxGetAsync($"{PoolBoard}&stamp={stamp}");
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        var html = await changed.Content.ReadAsStringAsync();
        Assert.DoesNotContain($"data-company=\"{lead.Company}\"", html);
        Assert.NotEqual(stamp, Stamp(html, "pool-stamp"));
        // A filter change sends no token: always the board.
        Assert.Equal(HttpStatusCode.OK, (await watcher.HtmxGetAsync(PoolBoard)).StatusCode);
    }

    private async Task<(Deal Deal, List<Stage> Stages)> DealAsync(string title) => await factory.QueryAsync(async db =>
    (
        await db.Deals.AsNoTracking().SingleAsync(d => d.Title.Contains(title)),
        await db.Stages.AsNoTracking().Include(s => s.Fields).OrderBy(s => s.Position).ToListAsync()
    ));

    private static Dictionary<string, string> Drop(Deal deal, Stage target) => new()
    {
        ["id"] = deal.Id.ToString(), ["targetStageId"] = target.Id.ToString(), ["version"] = deal.Version.ToString(),
    };

    private static string Stamp(string html, string id) =>
        Regex.Match(html, $"id=\"{id}\" name=\"stamp\" value=\"([^\"]+)\"") is { Success: true } m
            ? m.Groups[1].Value : throw new InvalidOperationException($"No {id} in the page.");

    /// <summary>The stage (data-stage) of the kanban column that holds the card titled <paramref name="title"/>.</summary>
    private static string? ColumnOf(string html, string title) => ColumnPattern().Matches(html)
        .FirstOrDefault(m => m.Groups[2].Value.Contains($"data-title=\"{title}\"", StringComparison.Ordinal))?.Groups[1].Value;

    [GeneratedRegex("<section class=\"column\" data-testid=\"stage-column\" data-stage=\"([^\"]+)\"(.*?)</section>", RegexOptions.Singleline)]
    private static partial Regex ColumnPattern();
}

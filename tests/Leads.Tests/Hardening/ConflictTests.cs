using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using SalesSuite.Leads.Background;
using SalesSuite.Leads.Data;
using SalesSuite.Leads.Domain;
using SalesSuite.Leads.Tests.Integration;
using SalesSuite.Testing;

namespace SalesSuite.Leads.Tests.Hardening;

/// <summary>Double clicks, two tabs and the auto-release tick answer with a clear message (409 / flash), never 404 or 500.</summary>
public sealed class ConflictTests(LeadsAppFactory factory) : IClassFixture<LeadsAppFactory>
{
    private async Task<(Guid Id, int Version)> OpenDealOfAsync(string userName, int skip)
    {
        var owner = await factory.UserIdAsync(userName);
        return await factory.QueryAsync(async db =>
        {
            var deal = await db.Deals.Where(d => d.OwnerId == owner && d.Status == DealStatus.Open).OrderBy(d => d.Id).Skip(skip).FirstAsync();
            return (deal.Id, deal.Version);
        });
    }

    private static Task<HttpResponseMessage> CloseAsync(HttpClient client, Guid id, int version) =>
        client.HtmxPostAsync($"/Leads/Deals?handler=Close&id={id}", new() { ["won"] = "true", ["version"] = version.ToString() }, "/Leads/Deals");

    [Fact]
    public async Task Given_a_closed_deal_When_closing_it_again_Then_409_says_it_is_closed_not_404()
    {
        var (id, version) = await OpenDealOfAsync("sales01", 0);
        var client = await factory.SignInAsync("sales01");
        Assert.Equal(HttpStatusCode.OK, (await CloseAsync(client, id, version)).StatusCode);
        var again = await CloseAsync(client, id, version);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Contains("该商机已关闭", await again.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Given_two_tabs_When_both_close_the_same_deal_at_once_Then_one_wins_and_the_other_gets_409()
    {
        var others = new[] { await factory.UserIdAsync("sales01"), await factory.UserIdAsync("sales02") };
        var (id, version) = await factory.QueryAsync(async db =>
        {
            var deal = await db.Deals.Where(d => d.Status == DealStatus.Open && !others.Contains(d.OwnerId)).OrderBy(d => d.Id).FirstAsync();
            return (deal.Id, deal.Version);
        });
        var first = await factory.SignInAsync("director");
        var second = await factory.SignInAsync("director");
        var answers = await Task.WhenAll(CloseAsync(first, id, version), CloseAsync(second, id, version));
        Assert.DoesNotContain(answers, a => a.StatusCode is HttpStatusCode.InternalServerError or HttpStatusCode.NotFound);
        Assert.Single(answers, a => a.StatusCode == HttpStatusCode.OK);
        Assert.Single(answers, a => a.StatusCode == HttpStatusCode.Conflict);
        var closed = await factory.QueryAsync(db => db.Outbox.Where(o => o.Type.Contains("DealClosedWon")).Select(o => o.Payload).ToListAsync());
        Assert.Single(closed, p => p.Contains(id.ToString(), StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Given_a_deal_changed_since_the_form_was_shown_When_closing_Then_409_stale_and_it_stays_open()
    {
        var (id, version) = await OpenDealOfAsync("sales02", 0);
        var client = await factory.SignInAsync("sales02");
        var stale = await CloseAsync(client, id, version - 1);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal(DealStatus.Open, await factory.QueryAsync(db => db.Deals.Where(d => d.Id == id).Select(d => d.Status).SingleAsync()));
    }

    [Fact]
    public async Task Given_a_done_next_action_When_done_is_posted_again_Then_a_message_and_redirect_not_404()
    {
        var owner = await factory.UserIdAsync("sales01");
        var action = await factory.QueryAsync(db => db.NextActions.FirstAsync(a => a.OwnerId == owner && a.DoneAt == null));
        var client = await factory.SignInAsync("sales01");
        var fields = new Dictionary<string, string> { ["version"] = action.Version.ToString() };
        Assert.Equal(HttpStatusCode.Redirect,
            (await client.PostFormAsync($"/Leads/Actions?handler=Done&id={action.Id}", new(fields), "/Leads/Actions")).StatusCode);
        var again = await client.PostFormAsync($"/Leads/Actions?handler=Done&id={action.Id}", new(fields), "/Leads/Actions");
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Contains("已完成", await client.GetStringAsync("/Leads/Actions"));
        Assert.Contains("name=\"version\"", await client.GetStringAsync("/Leads/Actions"));
    }

    [Fact]
    public async Task Given_a_done_stage_task_When_done_is_clicked_again_Then_409_warning_not_404()
    {
        var taskId = await factory.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<LeadsDbContext>();
            var deal = await db.Deals.FirstAsync();
            var task = new StageTask(Guid.NewGuid(), deal.Id, deal.CustomerId, "Tech", "双击测试", "", factory.Clock.GetCurrentInstant());
            db.StageTasks.Add(task);
            await db.SaveChangesAsync();
            return task.Id;
        });
        var client = await factory.SignInAsync("director");
        Assert.Contains("name=\"version\"", await client.GetStringAsync("/Leads/Tasks"));
        var fields = new Dictionary<string, string> { ["version"] = "0" };
        var first = await client.HtmxPostAsync($"/Leads/Tasks?handler=Done&id={taskId}", new(fields), "/Leads/Tasks");
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var again = await client.HtmxPostAsync($"/Leads/Tasks?handler=Done&id={taskId}", new(fields), "/Leads/Tasks");
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
    }

    [Fact]
    public async Task Given_the_tick_released_a_claim_When_the_owner_releases_by_hand_Then_409_already_in_the_pool_not_404()
    {
        var leadId = await factory.QueryAsync(db =>
            db.Leads.Where(l => l.Status == LeadStatus.Pool).OrderByDescending(l => l.CreatedAt).Select(l => l.Id).FirstAsync());
        var client = await factory.SignInAsync("sales05");
        Assert.Equal(HttpStatusCode.OK, (await client.HtmxPostAsync($"/Leads/Pool?handler=Claim&id={leadId}", [], "/Leads/Pool")).StatusCode);
        factory.Clock.Advance(Duration.FromDays(1));
        await factory.InScopeAsync(sp => sp.GetRequiredService<LeadsWork>().TickAsync(CancellationToken.None));
        Assert.Equal(LeadStatus.Pool, await factory.QueryAsync(db => db.Leads.Where(l => l.Id == leadId).Select(l => l.Status).SingleAsync()));

        var late = await client.HtmxPostAsync($"/Leads/Leads?handler=Release&id={leadId}", [], "/Leads/Leads");
        Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
        Assert.Contains("已经退回公海", await late.Content.ReadAsStringAsync());
        var plain = await client.PostFormAsync($"/Leads/Leads?handler=Release&id={leadId}", [], "/Leads/Leads");
        Assert.Equal(HttpStatusCode.Redirect, plain.StatusCode);
    }
}

using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using SalesSuite.Goals.Domain;
using SalesSuite.SharedKernel.Identity;
using SalesSuite.Testing;

namespace SalesSuite.Goals.Tests.Integration;

public sealed class CampaignTests : IClassFixture<AppFactory>
{
    private const string EditUrl = "/Goals/Campaigns/Edit";
    private static readonly Guid KeyVisit = DefaultActionTypes.IdOf(KeyActionType.KeyVisit);
    private static readonly Guid QuoteSubmitted = DefaultActionTypes.IdOf(KeyActionType.QuoteSubmitted);
    private readonly AppFactory _app;

    public CampaignTests(AppFactory app) => _app = app;

    [Fact]
    public async Task Given_bad_forms_When_posted_Then_each_is_refused_with_422_and_nothing_is_saved()
    {
        var (code, _) = await CustomerAsync("sales01");
        var client = await _app.SignInAsync("mgr.east", "en");
        var before = await CountAsync();

        var endBeforeStart = await client.PostFormAsync(EditUrl, await FormAsync(code, ends: "2026-10-31"), EditUrl);
        var tooLong = await client.PostFormAsync(EditUrl, await FormAsync(code, ends: "2027-11-01"), EditUrl);
        var unknown = await client.PostFormAsync(EditUrl, await FormAsync("NO-SUCH-CUSTOMER"), EditUrl);
        var duplicate = await client.PostFormAsync(EditUrl, await FormAsync(code + "\n" + code), EditUrl);
        var dueOutside = await client.PostFormAsync(EditUrl, await FormAsync(code, due: "2027-01-05"), EditUrl);
        var noSteps = await client.PostFormAsync(EditUrl, await FormAsync(code, stepType: ""), EditUrl);
        var longVideo = await client.PostFormAsync(EditUrl, await FormAsync(code, seconds: "120"), EditUrl);

        foreach (var response in new[] { endBeforeStart, tooLong, unknown, duplicate, dueOutside, noSteps, longVideo })
        {
            Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        }
        Assert.Contains("at most one year", await tooLong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("NO-SUCH-CUSTOMER", WebUtility.HtmlDecode(await unknown.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(before, await CountAsync());
    }

    [Fact]
    public async Task Given_a_customer_of_another_team_When_put_into_a_campaign_Then_it_is_refused_as_unknown()
    {
        var (foreign, _) = await CustomerAsync("sales04");
        var client = await _app.SignInAsync("mgr.east", "en");
        var before = await CountAsync();

        var response = await client.PostFormAsync(EditUrl, await FormAsync(foreign), EditUrl);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal(before, await CountAsync());
    }

    [Fact]
    public async Task Given_an_active_campaign_When_evidence_arrives_Then_the_customers_steps_move_once_and_only_inside_the_window()
    {
        var (code, customer) = await CustomerAsync("sales01", key: true);
        var sales01 = await _app.UserIdAsync("sales01");
        var manager = await _app.SignInAsync("mgr.east", "en");
        var id = await CreateAsync(manager, code, visits: 2);
        var visit = Events.FollowUpLogged(sales01, customerId: customer);

        await _app.ConsumeAsync(visit);
        await _app.ConsumeAsync(visit);
        var afterRedelivery = await GridLineAsync(manager, id);
        await _app.ConsumeAsync(Events.FollowUpLogged(sales01, customerId: customer, occurredAt: Instant.FromUtc(2026, 10, 20, 2, 0)));
        await _app.ConsumeAsync(Events.QuoteSubmitted(Guid.NewGuid(), Guid.NewGuid(), sales01, customer));
        var afterOutside = await GridLineAsync(manager, id);
        await _app.ConsumeAsync(Events.FollowUpLogged(sales01, customerId: customer));
        var afterSecond = await GridLineAsync(manager, id);

        Assert.Contains("Open 1/2", afterRedelivery, StringComparison.Ordinal);
        Assert.Contains("Open 1/2", afterOutside, StringComparison.Ordinal);
        Assert.Contains("Done 1/1", afterOutside, StringComparison.Ordinal);
        Assert.Contains("Done 2/2", afterSecond, StringComparison.Ordinal);
        Assert.EndsWith("2/2", afterSecond, StringComparison.Ordinal);
        var detail = await manager.GetStringAsync("/Goals/Campaigns/Detail?id=" + id);
        Assert.Contains($"/Goals/Progress/Evidence?userId={sales01}&amp;actionTypeId={KeyVisit}&amp;from=2026-11-01&amp;to=2026-12-31",
            detail, StringComparison.Ordinal);
        Assert.Contains("100 %", detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Given_a_draft_When_activated_twice_Then_each_team_member_is_notified_once()
    {
        var (code, _) = await CustomerAsync("sales02");
        var manager = await _app.SignInAsync("mgr.east", "en");
        var id = await CreateAsync(manager, code);

        var first = await ActivateAsync(manager, id, version: 0);
        var second = await ActivateAsync(manager, id, version: 1);

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        var bells = (await _app.PublishedAsync("NotificationRequested"))
            .Where(p => p.Contains("Campaigns_Notify_Activated", StringComparison.Ordinal))
            .Where(p => p.Contains(id.ToString(), StringComparison.OrdinalIgnoreCase))
            .ToList();
        var members = new[] { "sales01", "sales02", "sales03" };
        Assert.Equal(members.Length, bells.Count);
        foreach (var member in members)
        {
            var memberId = await _app.UserIdAsync(member);
            Assert.Single(bells, b => b.Contains(memberId.ToString(), StringComparison.OrdinalIgnoreCase));
        }
        Assert.Equal("Active", await _app.GoalsAsync(db => db.Campaigns.Where(c => c.Id == id).Select(c => c.Status.ToString()).SingleAsync()));
    }

    [Fact]
    public async Task Given_a_campaign_of_east_Then_north_gets_404_sales01_sees_it_highlighted_but_cannot_edit()
    {
        var (code, _) = await CustomerAsync("sales01");
        var manager = await _app.SignInAsync("mgr.east", "en");
        var id = await CreateAsync(manager, code);
        await ActivateAsync(manager, id, version: 0);
        var north = await _app.SignInAsync("sales04", "en");
        var sales01 = await _app.SignInAsync("sales01", "en");

        var foreign = await north.GetAsync("/Goals/Campaigns/Detail?id=" + id);
        var own = await sales01.GetAsync("/Goals/Campaigns/Detail?id=" + id);
        var edit = await sales01.GetAsync(EditUrl + "?id=" + id);
        var post = await sales01.PostFormAsync(EditUrl + "?id=" + id, await FormAsync(code), "/Goals/Campaigns");
        var create = await sales01.GetAsync(EditUrl);

        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Contains("data-mine=\"true\"", await own.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, edit.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, create.StatusCode);
        Assert.DoesNotContain(id.ToString(), await north.GetStringAsync("/Goals/Campaigns"), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Given_a_campaign_When_edited_with_a_stale_version_Then_409_and_the_stored_one_is_kept()
    {
        var (code, _) = await CustomerAsync("sales03");
        var manager = await _app.SignInAsync("mgr.east", "en");
        var id = await CreateAsync(manager, code);
        var url = EditUrl + "?id=" + id;

        var renamed = await manager.PostFormAsync(url, await FormAsync(code, name: "改名一次"), url);
        var stale = await manager.PostFormAsync(url, await FormAsync(code, name: "过期的改名"), url);

        Assert.Equal(HttpStatusCode.Redirect, renamed.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var stored = await _app.GoalsAsync(db => db.Campaigns.AsNoTracking().SingleAsync(c => c.Id == id));
        Assert.Equal(("改名一次", 1), (stored.Name, stored.Version));
    }

    [Theory]
    [InlineData("zh-CN")]
    [InlineData("en")]
    public async Task Given_each_culture_When_the_campaign_pages_are_opened_Then_200(string culture)
    {
        var (code, _) = await CustomerAsync("sales01");
        var admin = await _app.SignInAsync("admin", culture);
        var id = await CreateAsync(admin, code);

        foreach (var url in new[] { "/Goals/Campaigns", EditUrl, EditUrl + "?id=" + id, "/Goals/Campaigns/Detail?id=" + id, "/Goals" })
        {
            var response = await admin.GetAsync(url);
            Assert.True(response.StatusCode == HttpStatusCode.OK, url + " → " + response.StatusCode);
        }
        var csv = await admin.GetAsync("/Goals/Campaigns?handler=Export");
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Q4骨科关节置换专项攻坚", await csv.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private Task<int> CountAsync() => _app.GoalsAsync(db => db.Campaigns.CountAsync());

    /// <summary>A customer Goals knows (from Leads' event), owned by the given user; optionally a key customer.</summary>
    private async Task<(string Code, Guid Id)> CustomerAsync(string owner, bool key = false)
    {
        var id = Guid.NewGuid();
        var code = "CMP-" + id.ToString("N")[..8].ToUpperInvariant();
        await _app.ConsumeAsync(Events.CustomerRegistered(id, code: code, name: "医院 " + code, ownerId: await _app.UserIdAsync(owner)));
        if (key)
        {
            await _app.GoalsAsync(async db => (await db.Customers.SingleAsync(c => c.Id == id)).MarkKey(true));
        }
        return (code, id);
    }

    private async Task<Dictionary<string, string>> FormAsync(string customers, string ends = "2026-12-31", string? due = null,
        string? stepType = null, string seconds = "75", string name = "Q4骨科关节置换专项攻坚", int visits = 1, string version = "0")
    {
        var team = await _app.InScopeAsync(async sp =>
            (await sp.GetRequiredService<IOrganisation>().FindUserAsync(await _app.UserIdAsync("sales01")))!.TeamId!.Value);
        return new Dictionary<string, string>
        {
            ["Input.Version"] = version,
            ["Input.Name"] = name,
            ["Input.Goal"] = "全部目标医院完成拜访、报价和账期确认",
            ["Input.StartsOn"] = "2026-11-01",
            ["Input.EndsOn"] = ends,
            ["Input.TeamId"] = team.ToString(),
            ["Input.Customers"] = customers,
            ["Input.Steps[0].ActionTypeId"] = stepType ?? KeyVisit.ToString(),
            ["Input.Steps[0].Quantity"] = visits.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Input.Steps[0].DueOn"] = due ?? "",
            ["Input.Steps[1].ActionTypeId"] = stepType ?? QuoteSubmitted.ToString(),
            ["Input.Steps[1].Quantity"] = "1",
            ["Input.Scripts[0].Title"] = "开场白",
            ["Input.Scripts[0].Text"] = "主任您好，这次想和您聊聊关节置换的新术式……",
            ["Input.Materials[0].Title"] = "术式演示视频",
            ["Input.Materials[0].Link"] = "https://example.com/knee.mp4",
            ["Input.Materials[0].Seconds"] = seconds,
        };
    }

    private async Task<Guid> CreateAsync(HttpClient client, string customers, int visits = 1)
    {
        var response = await client.PostFormAsync(EditUrl, await FormAsync(customers, visits: visits), EditUrl);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.ToString();
        return Guid.Parse(location[(location.IndexOf("id=", StringComparison.Ordinal) + 3)..]);
    }

    private static async Task<HttpResponseMessage> ActivateAsync(HttpClient client, Guid id, int version) =>
        await client.PostFormAsync($"/Goals/Campaigns/Detail?id={id}&handler=Activate",
            new Dictionary<string, string> { ["version"] = version.ToString(System.Globalization.CultureInfo.InvariantCulture) },
            "/Goals/Campaigns/Detail?id=" + id);

    /// <summary>The campaign's only customer line in the grid's CSV.</summary>
    private static async Task<string> GridLineAsync(HttpClient client, Guid id)
    {
        var csv = await client.GetStringAsync($"/Goals/Campaigns/Detail?id={id}&handler=Export");
        return csv.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ElementAt(1);
    }
}

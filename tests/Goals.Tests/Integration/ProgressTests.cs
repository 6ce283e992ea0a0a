using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using NodaTime;
using SalesSuite.Goals.Domain;
using SalesSuite.Testing;

namespace SalesSuite.Goals.Tests.Integration;

public sealed partial class ProgressTests : IClassFixture<AppFactory>
{
    private const string Q4 = "2026-Q4";
    private static readonly Guid Prospect = DefaultActionTypes.IdOf(KeyActionType.NewProspect);
    private readonly AppFactory _app;

    public ProgressTests(AppFactory app) => _app = app;

    [Fact]
    public async Task Given_a_contract_When_follow_ups_are_consumed_and_one_redelivered_Then_the_cell_moves_and_counts_once()
    {
        var sales = await _app.UserIdAsync("sales02");
        await ContractAsync(sales, GoalPeriod.Parse(Q4)!.Value, (Prospect, 4));
        var manager = await _app.SignInAsync("mgr.east");
        Assert.Equal((0, 4, "Red"), Cell(await manager.GetStringAsync($"/Goals/Progress?period={Q4}"), sales, Prospect));

        var first = Events.FollowUpLogged(sales, objective: "EstablishContact");
        await _app.ConsumeAsync(first);
        await _app.ConsumeAsync(Events.FollowUpLogged(sales, objective: "EstablishContact"));
        await _app.ConsumeAsync(first);

        Assert.Equal((2, 4, "Amber"), Cell(await manager.GetStringAsync($"/Goals/Progress?period={Q4}"), sales, Prospect));
    }

    [Fact]
    public async Task Given_matched_and_unmatched_follow_ups_When_drilled_down_Then_exactly_the_matched_facts_are_listed()
    {
        var sales = await _app.UserIdAsync("sales03");
        var customer = Guid.NewGuid();
        await _app.ConsumeAsync(Events.CustomerRegistered(customer, name: "绍兴恒清医疗器械有限公司", ownerId: sales));
        var matched = new[]
        {
            Events.FollowUpLogged(sales, customerId: customer, objective: "EstablishContact"),
            Events.FollowUpLogged(sales, objective: "EstablishContact", occurredAt: AppFactory.DefaultNow - Duration.FromDays(20)),
        };
        foreach (var e in matched)
        {
            await _app.ConsumeAsync(e);
        }
        await _app.ConsumeAsync(Events.FollowUpLogged(sales, objective: "AdvanceSolution"));
        await _app.ConsumeAsync(Events.FollowUpLogged(sales, objective: "EstablishContact", occurredAt: Instant.FromUtc(2026, 9, 20, 2, 0)));
        var manager = await _app.SignInAsync("mgr.east");

        var html = await manager.GetStringAsync($"/Goals/Progress/Evidence?userId={sales}&actionTypeId={Prospect}&from=2026-10-01&to=2026-12-31");

        var listed = FactRow().Matches(html).Select(m => Guid.Parse(m.Groups[1].Value)).ToHashSet();
        Assert.Equal(matched.Select(e => e.EventId).ToHashSet(), listed);
        Assert.Contains("绍兴恒清医疗器械有限公司", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Given_the_roles_When_they_open_progress_Then_a_salesperson_sees_self_and_a_manager_their_team()
    {
        var ids = new Dictionary<string, Guid>();
        foreach (var name in new[] { "sales01", "sales02", "sales03", "sales04", "mgr.east" })
        {
            ids[name] = await _app.UserIdAsync(name);
        }
        var sales = await _app.SignInAsync("sales01");
        var manager = await _app.SignInAsync("mgr.east");
        var director = await _app.SignInAsync("director");

        Assert.Equal([ids["sales01"]], Rows(await sales.GetStringAsync("/Goals/Progress")));
        Assert.Equal([ids["sales01"]], Rows(await sales.GetStringAsync("/Goals/Progress/Results"), "goals-results-row"));
        Assert.Equal(new[] { "sales01", "sales02", "sales03", "mgr.east" }.Select(n => ids[n]).Order(),
            Rows(await manager.GetStringAsync("/Goals/Progress")).Order());
        var all = Rows(await director.GetStringAsync("/Goals/Progress"));
        Assert.Contains(ids["sales04"], all);
        Assert.True(all.Count >= 12);
    }

    [Fact]
    public async Task Given_someone_outside_the_line_When_their_evidence_is_asked_for_Then_404()
    {
        var other = await _app.UserIdAsync("sales04");
        var sales = await _app.SignInAsync("sales01");
        var manager = await _app.SignInAsync("mgr.east");
        var director = await _app.SignInAsync("director");

        Assert.Equal(HttpStatusCode.NotFound, (await sales.GetAsync($"/Goals/Progress/Evidence?userId={other}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await manager.GetAsync($"/Goals/Progress/Evidence?userId={other}&handler=Csv")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await director.GetAsync($"/Goals/Progress/Evidence?userId={other}")).StatusCode);
    }

    [Fact]
    public async Task Given_the_change_token_When_nothing_changed_Then_204_and_after_a_new_event_200()
    {
        var sales = await _app.UserIdAsync("sales01");
        var client = await _app.SignInAsync("sales01");
        var token = TokenAttr().Match(await client.GetStringAsync($"/Goals/Progress?period={Q4}")).Groups[1].Value;
        var poll = $"/Goals/Progress?handler=Table&period={Q4}&token={Uri.EscapeDataString(token)}";

        var unchanged = await client.GetAsync(poll);
        await _app.ConsumeAsync(Events.FollowUpLogged(sales, objective: "EstablishContact"));
        var changed = await client.GetAsync(poll);

        Assert.Equal(HttpStatusCode.NoContent, unchanged.StatusCode);
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        var html = await changed.Content.ReadAsStringAsync();
        Assert.NotEqual(token, TokenAttr().Match(html).Groups[1].Value);
    }

    [Fact]
    public async Task Given_more_actions_than_due_and_no_deal_When_action_vs_result_shown_Then_high_activity_low_conversion_is_flagged()
    {
        var sales = await _app.UserIdAsync("sales05");
        var week = GoalPeriod.Parse("2026-W48")!.Value;
        await ContractAsync(sales, week, (Prospect, 7));
        await _app.GoalsAsync(db =>
        {
            db.Targets.Add(new Target(Guid.NewGuid(), week, TargetScope.Person, sales, "黄静", ResultMetric.NewDeals, 7m, null, sales,
                AppFactory.DefaultNow));
            return Task.CompletedTask;
        });
        await _app.ConsumeAsync(Events.FollowUpLogged(sales, objective: "EstablishContact"));
        await _app.ConsumeAsync(Events.FollowUpLogged(sales, objective: "EstablishContact"));
        var director = await _app.SignInAsync("gm", "en");

        var html = await director.GetStringAsync("/Goals/Progress/Results?period=2026-W48");

        var row = Row(html, sales, "goals-results-row");
        Assert.Contains("data-activity=\"200\"", row, StringComparison.Ordinal);
        Assert.Contains("data-flag=\"HighActivityLowConversion\"", row, StringComparison.Ordinal);
        Assert.Contains("check the quality of the visits", row, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/Goals/Progress", "zh-CN", "进度")]
    [InlineData("/Goals/Progress", "en", "Progress")]
    [InlineData("/Goals/Progress/Results", "zh-CN", "动作与结果")]
    [InlineData("/Goals/Progress/Results", "en", "Action vs result")]
    [InlineData("/Goals/Progress/Evidence", "zh-CN", "证据明细")]
    [InlineData("/Goals/Progress/Evidence?metric=NewDeals", "en", "Evidence")]
    public async Task Given_a_manager_or_the_gm_When_a_progress_page_is_opened_Then_200_in_the_language(string url, string culture, string title)
    {
        // The language is remembered per user: English is asked of the general manager only.
        var client = await _app.SignInAsync(culture == "en" ? "gm" : "mgr.east", culture);

        var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(title, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/Goals/Progress?handler=Csv", "人员")]
    [InlineData("/Goals/Progress/Results?handler=Csv", "人员,完成动作")]
    [InlineData("/Goals/Progress/Evidence?handler=Csv", "时间")]
    public async Task Given_a_progress_table_When_downloaded_Then_the_csv_has_a_bom_and_headers(string url, string header)
    {
        var client = await _app.SignInAsync("admin");

        var response = await client.GetAsync(url);
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        Assert.StartsWith(header, Encoding.UTF8.GetString(bytes[3..]), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("store01")]
    [InlineData("finance")]
    public async Task Given_no_goals_role_When_progress_is_opened_Then_refused(string user)
    {
        var client = await _app.SignInAsync(user);

        var response = await client.GetAsync("/Goals/Progress");

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
    }

    private Task ContractAsync(Guid userId, GoalPeriod period, params (Guid Type, int Quantity)[] lines) =>
        _app.GoalsAsync(db =>
        {
            var contract = new ActionContract(Guid.NewGuid(), userId, period, AppFactory.DefaultNow);
            contract.SetLines(lines.Select(l => new ContractLine(l.Type, l.Quantity, LineSource.Target)));
            db.Contracts.Add(contract);
            return Task.CompletedTask;
        });

    private static string Row(string html, Guid userId, string testId = "goals-progress-row")
    {
        var start = html.IndexOf($"data-testid=\"{testId}\" data-user=\"{userId}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, "no row for " + userId);
        return html[start..html.IndexOf("</tr>", start, StringComparison.Ordinal)];
    }

    private static (int Done, int Owed, string Band) Cell(string html, Guid userId, Guid typeId)
    {
        var m = Regex.Match(Row(html, userId), $"data-type=\"{typeId}\" data-done=\"(\\d+)\" data-owed=\"(\\d+)\" data-band=\"(\\w+)\"");
        Assert.True(m.Success, "no cell for " + typeId);
        return (int.Parse(m.Groups[1].Value), int.Parse(m.Groups[2].Value), m.Groups[3].Value);
    }

    private static List<Guid> Rows(string html, string testId = "goals-progress-row") =>
        Regex.Matches(html, $"data-testid=\"{testId}\" data-user=\"([0-9a-f-]+)\"").Select(m => Guid.Parse(m.Groups[1].Value)).ToList();

    [GeneratedRegex("data-testid=\"goals-evidence-row\" data-fact=\"([0-9a-f-]+)\"")]
    private static partial Regex FactRow();

    [GeneratedRegex("data-token=\"([^\"]*)\"")]
    private static partial Regex TokenAttr();
}

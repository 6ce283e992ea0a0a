using System.Net;
using System.Security.Claims;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using SalesSuite.Health.Application.Process;
using SalesSuite.SharedKernel.Identity;
using SalesSuite.Testing;

namespace SalesSuite.Health.Tests.Integration;

/// <summary>Consumed events → the dwell and heatmap pages, their drill-downs, CSVs, visibility, breakpoints and suggestions.</summary>
public sealed partial class ProcessPagesTests(HealthAppFactory app) : IClassFixture<HealthAppFactory>
{
    private async Task<List<ProcessStory>> StoriesAsync(string user, int times)
    {
        var (owner, legal) = (await app.UserIdAsync(user), await app.UserIdAsync("legal"));
        var stories = new List<ProcessStory>();
        for (var i = 0; i < times; i++)
        {
            var story = new ProcessStory();
            foreach (var e in story.Build(owner, legal))
            {
                await app.ConsumeAsync((dynamic)e);
            }
            stories.Add(story);
        }
        return stories;
    }

    private static string Row(string html, string kind, string step)
    {
        var start = html.IndexOf($"data-kind=\"{kind}\" data-step=\"{step}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"no row {kind}/{step}");
        return html[start..html.IndexOf("</tr>", start, StringComparison.Ordinal)];
    }

    [Fact]
    public async Task Given_three_process_histories_When_the_director_opens_the_heatmap_Then_cells_headline_and_suggestions_come_from_them()
    {
        await StoriesAsync("sales02", 3);
        var sales02 = await app.UserIdAsync("sales02");
        var director = await app.SignInAsync("director", "en");

        var breach = await director.GetStringAsync("/Health/Heatmap?by=person&metric=breach");
        Assert.Contains($"data-rag=\"Red\" data-column=\"{sales02}\"", Row(breach, "Approval", "Legal"));
        Assert.Contains($"data-rag=\"Green\" data-column=\"{sales02}\"", Row(breach, "Approval", "Finance"));
        Assert.Contains("Legal review", breach);
        var headline = breach[breach.IndexOf("heatmap-headline", StringComparison.Ordinal)..];
        Assert.Matches("^heatmap-headline\"><strong>商务谈判 is \\d+% of all process delay \\(100% of deal stages delay\\)", headline);
        Assert.Contains("data-rule=\"approval-delay\"", breach);
        Assert.Contains("consider a simplified contract template", breach);
        Assert.Contains("data-rule=\"stage-over-red\"", breach);
        Assert.Contains("/Health/Dwell?weeks=12&amp;stage=%E5%95%86%E5%8A%A1%E8%B0%88%E5%88%A4", breach);

        var skip = await director.GetStringAsync("/Health/Heatmap?by=person&metric=skip");
        Assert.Matches($"data-rag=\"Red\" data-column=\"{sales02}\"[^>]*>100%<", Row(skip, "Stage", "样品测试"));

        var partial = await director.GetStringAsync("/Health/Heatmap?handler=Matrix&by=person&metric=skip&weeks=4");
        Assert.DoesNotContain("<html", partial);
        var page = await director.GetStringAsync("/Health/Heatmap?by=person&metric=skip&weeks=4");
        Assert.Matches("hx-get=\"/Health/Heatmap\\?(?=[^\"]*handler=Matrix)(?=[^\"]*weeks=4)(?=[^\"]*by=person)(?=[^\"]*metric=skip)[^\"]*\" "
            + "hx-trigger=\"every 15s\"", page);
    }

    [Fact]
    public async Task Given_stays_and_a_deal_stuck_now_When_the_director_opens_stage_dwell_Then_median_p80_and_the_red_deal_show()
    {
        await StoriesAsync("sales03", 2);
        var sales03 = await app.UserIdAsync("sales03");
        var (deal, customer) = (Guid.NewGuid(), Guid.NewGuid());
        var entered = app.Clock.GetCurrentInstant() - Duration.FromDays(13);
        await app.ConsumeAsync(Events.DealOpened(deal, customer, ownerId: sales03, title: "卡住的商机", stageCode: "技术确认",
            occurredAt: entered - Duration.FromDays(1)));
        await app.ConsumeAsync(Events.DealStageChanged(deal, customer, sales03, "技术确认", "商务谈判", Duration.FromDays(1), occurredAt: entered));
        var director = await app.SignInAsync("director", "en");

        var html = await director.GetStringAsync("/Health/Dwell?by=person");
        var section = html[html.IndexOf("data-stage=\"商务谈判\"", StringComparison.Ordinal)..];
        section = section[..section.IndexOf("</section>", StringComparison.Ordinal)];
        var row = section[section.IndexOf($"data-column=\"{sales03}\"", StringComparison.Ordinal)..];
        Assert.Matches("data-testid=\"dwell-median\">14.5<", row);
        Assert.Matches("data-testid=\"dwell-p80\">14.5<", row);
        Assert.Contains("<svg class=\"chart chart-trend\"", section);
        Assert.Matches("Now in stage: \\d+, of which red: \\d+", section);

        var stuck = await director.GetStringAsync(
            $"/Health/Dwell/Deals?stage={Uri.EscapeDataString("商务谈判")}&by=person&column={sales03}&red=true");
        Assert.Contains("卡住的商机", stuck);
        Assert.Contains($"/Leads/Customers/Detail/{customer}#deal-{deal}", stuck);

        var csv = await director.GetAsync("/Health/Dwell?handler=Export&by=person");
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        Assert.Contains("商务谈判", await csv.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Given_two_teams_histories_When_a_regional_manager_opens_the_heatmap_Then_only_their_team_s_columns_show()
    {
        await StoriesAsync("sales04", 1);
        await StoriesAsync("sales01", 1);
        var north = await app.SignInAsync("mgr.north", "en");

        var people = await north.GetStringAsync("/Health/Heatmap?by=person");
        Assert.Contains("赵磊 Zhao Lei", people);
        Assert.DoesNotContain("张伟 Zhang Wei", people);
        var teams = await north.GetStringAsync("/Health/Heatmap?by=team");
        Assert.Contains("华北一组", teams);
        Assert.DoesNotContain("华东一组", teams);
        var cell = await north.GetStringAsync($"/Health/Heatmap/Cell?kind=Approval&step=Legal&by=person&column={await app.UserIdAsync("sales01")}");
        Assert.DoesNotContain("data-testid=\"cell-record\"", cell);
    }

    [Fact]
    public async Task Given_a_salesperson_When_they_open_the_process_pages_Then_they_are_refused()
    {
        var sales = await app.SignInAsync("sales01", "en");
        string[] urls = ["/Health/Heatmap", "/Health/Dwell", "/Health/Heatmap/Cell?kind=Approval&step=Legal", "/Health/Dwell/Deals?stage=x"];
        foreach (var url in urls)
        {
            var denied = await sales.GetAsync(url);
            Assert.Equal(HttpStatusCode.Redirect, denied.StatusCode);
            Assert.Contains("/Account/AccessDenied", denied.Headers.Location?.ToString());
        }
        using var poll = new HttpRequestMessage(HttpMethod.Get, "/Health/Heatmap?handler=Matrix");
        poll.Headers.Add("HX-Request", "true");
        Assert.Equal(HttpStatusCode.Forbidden, (await sales.SendAsync(poll)).StatusCode);
    }

    [Fact]
    public async Task Given_two_histories_When_a_cell_is_drilled_into_Then_it_lists_exactly_its_records_linked_to_their_pages_and_as_csv()
    {
        var stories = await StoriesAsync("sales06", 2);
        await StoriesAsync("sales05", 1);
        var sales06 = await app.UserIdAsync("sales06");
        var director = await app.SignInAsync("director", "en");
        var url = $"/Health/Heatmap/Cell?kind=Approval&step=Legal&by=person&column={sales06}&weeks=12&metric=breach";

        var html = await director.GetStringAsync(url);
        Assert.Equal(2, RecordRow().Matches(html).Count);
        Assert.All(stories, s => Assert.Contains($"href=\"/Quotes/Details/{s.QuoteId}\"", html));
        Assert.Contains("Legal review", html);

        var csv = await director.GetAsync(url.Replace("Cell?", "Cell?handler=Export&", StringComparison.Ordinal));
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        var lines = (await csv.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        Assert.All(lines.Skip(1), l => Assert.Contains("72", l));

        var matrix = await (await director.GetAsync("/Health/Heatmap?handler=Export&by=person&metric=breach")).Content.ReadAsStringAsync();
        Assert.Contains("Legal review", matrix);
        Assert.Contains("Breach rate %", matrix);
    }

    [Fact]
    public async Task Given_histories_When_breakpoints_and_suggestions_are_asked_for_a_director_Then_legal_review_is_among_them()
    {
        await StoriesAsync("sales07", 3);
        var director = await app.UserIdAsync("director");
        var (top, suggestions) = await app.InScopeAsync(async sp =>
        {
            Claim[] claims = [new(ClaimTypes.NameIdentifier, director.ToString()), new(ClaimTypes.Role, Roles.SalesDirector)];
            var identity = new ClaimsIdentity(claims, "test");
            sp.GetRequiredService<IHttpContextAccessor>().HttpContext = new DefaultHttpContext { User = new ClaimsPrincipal(identity) };
            return (await sp.GetRequiredService<BreakpointQueries>().TopAsync(3, 12, CancellationToken.None),
                await sp.GetRequiredService<SuggestionService>().ForAsync(12, CancellationToken.None));
        });

        Assert.Equal(3, top.Count);
        Assert.True(top[0].DelayShare >= top[1].DelayShare && top[1].DelayShare >= top[2].DelayShare);
        var legal = Assert.Single(top, b => b.Step == "Legal");
        Assert.Equal(100, legal.BreachRate);
        Assert.StartsWith("/Health/Heatmap/Cell?kind=Approval&step=Legal&by=team", legal.Url);
        Assert.Contains(suggestions, s => s.Rule == "approval-delay" && s.Step == "Legal" && s.EvidenceUrl.Contains("kind=Approval"));
    }

    [GeneratedRegex("data-testid=\"cell-record\"")]
    private static partial Regex RecordRow();
}

using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SalesSuite.Testing;

namespace SalesSuite.Stores.Tests.Integration;

/// <summary>The headquarters views on a hand-built chain: rates, not-reported days, scope, verification rights, map and CSV.</summary>
public sealed partial class HqPagesTests(HqAppFactory app) : IClassFixture<HqAppFactory>
{
    private HqData Data => app.Data;

    [Fact]
    public async Task Given_reports_and_executions_When_HQ_opens_the_execution_page_Then_rates_count_due_store_days_and_days_without_a_report()
    {
        using var client = await app.SignInAsync("marketing", "en");

        var html = await client.GetStringAsync("/Stores/Execution?" + HqData.Period);

        // E1: P1 due 5 (16–20), reported 4, executed with photo 2 (the 17th lacks the photo); P2 due 2 (19–20), executed 1.
        Assert.Equal((7, 3, 2), Row(html, Data.E1.Id.ToString()));
        // E2 opened on the 18th: P1 due 3, P2 due 2, all executed.
        Assert.Equal((5, 5, 0), Row(html, Data.E2.Id.ToString()));
        // N1 never reported: every due day is not reported (and not executed).
        Assert.Equal((5, 0, 5), Row(html, Data.N1.Id.ToString()));
        Assert.Equal((12, 8, 2), Row(html, "East"));
        Assert.Equal((5, 0, 5), Row(html, "North"));
        Assert.Equal((13, 5, 6), Row(html, "gift"));
        Assert.Equal((4, 3, 1), Row(html, "tasting"));
        Assert.Contains("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart hq-chart\"", html);
        Assert.Contains("/Stores/Reports?region=East&amp;from=2026-11-16&amp;to=2026-11-20&amp;executed=true", html);
        Assert.DoesNotContain("style=\"", html);
    }

    [Fact]
    public async Task Given_the_report_list_When_filtered_as_an_execution_number_links_Then_it_lists_the_reports_behind_it()
    {
        using var client = await app.SignInAsync("director", "en");

        var list = $"/Stores/Reports?storeId={Data.E1.Id}&{HqData.Period}&promotionId={Data.P1.Id}";
        var executed = await client.GetStringAsync(list + "&executed=true");
        var notExecuted = await client.GetStringAsync(list + "&executed=false");

        Assert.Equal("2", Count(executed));
        Assert.Equal("2", Count(notExecuted));
    }

    [Fact]
    public async Task Given_store_creation_dates_When_compliance_is_shown_Then_expected_days_start_at_the_opening()
    {
        using var client = await app.SignInAsync("director", "en");

        var html = await client.GetStringAsync("/Stores/Compliance?" + HqData.Period);

        Assert.Matches($"data-store=\"{Data.E1.Code}\" data-reported=\"4\" data-expected=\"5\"", html);
        Assert.Matches($"data-store=\"{Data.E2.Code}\" data-reported=\"3\" data-expected=\"3\"", html);
        Assert.Matches($"data-store=\"{Data.N1.Code}\" data-reported=\"0\" data-expected=\"5\" data-refusals=\"1\"", html);
    }

    [Fact]
    public async Task Given_an_area_supervisor_When_they_open_the_views_Then_they_see_only_their_stores()
    {
        using var east = await app.SignInAsync("mgr.east", "en");
        using var store01 = await app.SignInAsync("store01", "en");

        var compliance = await east.GetStringAsync("/Stores/Compliance?" + HqData.Period);
        var map = await east.GetStringAsync("/Stores/Map?" + HqData.Period);
        var mine = await store01.GetStringAsync("/Stores/Reports?" + HqData.Period);

        Assert.Contains(Data.E1.Code, compliance);
        Assert.Contains(Data.E2.Code, compliance);
        Assert.DoesNotContain(Data.N1.Code, compliance);
        Assert.DoesNotContain(Data.N1.Code, map);
        Assert.Equal("4", Count(mine));
        Assert.Equal(HttpStatusCode.NotFound, (await east.GetAsync("/Stores/Reports/Detail?id=" + Guid.NewGuid())).StatusCode);
    }

    [Fact]
    public async Task Given_the_map_When_HQ_opens_it_Then_the_SVG_has_a_linked_dot_per_store_and_a_table_below()
    {
        using var client = await app.SignInAsync("director", "en");

        var html = await client.GetStringAsync("/Stores/Map?" + HqData.Period);

        Assert.Equal(3, Regex.Matches(html, "data-testid=\"map-dot\"").Count);
        Assert.Contains($"<a href=\"/Stores/List/Detail?id={Data.N1.Id}\" data-testid=\"map-dot\"><circle class=\"hq-dot rag-red\"", html);
        Assert.Contains($"<a href=\"/Stores/List/Detail?id={Data.E2.Id}\" data-testid=\"map-dot\"><circle class=\"hq-dot rag-green\"", html);
        Assert.Contains("data-testid=\"map-list\"", html);
    }

    [Fact]
    public async Task Given_a_store_name_that_looks_like_a_formula_When_compliance_is_exported_Then_the_header_is_translated_and_the_cell_is_defused()
    {
        using var client = await app.SignInAsync("director", "en");

        using var response = await client.GetAsync("/Stores/Compliance?handler=Csv&" + HqData.Period);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var text = System.Text.Encoding.UTF8.GetString(bytes[3..]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        Assert.StartsWith("Code,Store,Region,Days reported,Expected days,Rate,", text);
        Assert.Contains("'=cmd", text);
        Assert.DoesNotContain(",=cmd", text);
    }

    [Fact]
    public async Task Given_a_roll_out_line_When_the_store_manager_tries_to_verify_Then_403_and_the_supervisor_may_and_the_error_rate_follows()
    {
        var detail = "/Stores/Reports/Detail?id=" + Data.E1Report16;
        var report18 = await app.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<SalesSuite.Stores.Data.StoresDbContext>();
            return await db.Rollouts.Where(x => x.Id == Data.E1RolloutLine).Select(x => x.ReportId).SingleAsync();
        });
        var url = $"/Stores/Reports/Detail?id={report18}&handler=Verify";
        var form = new Dictionary<string, string> { ["lineId"] = Data.E1RolloutLine.ToString(), ["correct"] = "false" };
        using var store01 = await app.SignInAsync("store01", "en");
        using var north = await app.SignInAsync("mgr.north", "en");
        using var east = await app.SignInAsync("mgr.east", "en");

        var refused = await store01.HtmxPostAsync(url, new(form), detail);
        var notTheirs = await north.HtmxPostAsync(url, new(form), "/Stores/Reports");
        var verified = await east.HtmxPostAsync(url, new(form), detail);
        var rollout = await east.GetStringAsync("/Stores/Rollout?" + HqData.Period);

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, notTheirs.StatusCode);
        Assert.Equal(HttpStatusCode.OK, verified.StatusCode);
        Assert.Contains("data-state=\"wrong\"", await verified.Content.ReadAsStringAsync());
        Assert.Matches("data-onshelf=\"1\" data-scope=\"2\" data-notarrived=\"1\" data-verified=\"1\" data-wrong=\"1\"", rollout);
        Assert.DoesNotContain("hx-post", await store01.GetStringAsync("/Stores/Reports/Detail?id=" + report18));
    }

    [Fact]
    public async Task Given_a_report_When_HQ_opens_it_Then_feedback_shows_category_and_option_names()
    {
        using var client = await app.SignInAsync("marketing", "zh-CN");

        var html = WebUtility.HtmlDecode(await client.GetStringAsync("/Stores/Reports/Detail?id=" + Data.E1Report16));

        Assert.Contains("价格异议", html);
        Assert.Contains("高于竞品A", html);
        Assert.Contains("比隔壁贵", html);
    }

    [Theory]
    [InlineData("/Stores/Execution")]
    [InlineData("/Stores/Rollout")]
    [InlineData("/Stores/Compliance")]
    [InlineData("/Stores/Map")]
    [InlineData("/Stores/Supervisors")]
    [InlineData("/Stores/Reports")]
    public async Task Given_each_view_When_HQ_opens_it_and_its_CSV_Then_both_answer_and_sales01_is_refused(string url)
    {
        using var hq = await app.SignInAsync("director", "zh-CN");
        using var sales = await app.SignInAsync("sales01", "en");

        var page = await hq.GetAsync(url + "?preset=12m");
        var csv = await hq.GetAsync(url + "?handler=Csv&preset=4w");
        var refused = await sales.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Contains("/Account/AccessDenied", refused.Headers.Location!.OriginalString);
    }

    private static (int Due, int Executed, int NotReported) Row(string html, string key)
    {
        var m = Regex.Match(html, $"data-key=\"{Regex.Escape(key)}\" data-due=\"(\\d+)\" data-executed=\"(\\d+)\" data-notreported=\"(\\d+)\"");
        Assert.True(m.Success, "no row for " + key);
        return (int.Parse(m.Groups[1].Value), int.Parse(m.Groups[2].Value), int.Parse(m.Groups[3].Value));
    }

    private static string Count(string html) => CountPattern().Match(html).Groups[1].Value;

    [GeneratedRegex("data-testid=\"report-count\" data-count=\"(\\d+)\"")]
    private static partial Regex CountPattern();
}

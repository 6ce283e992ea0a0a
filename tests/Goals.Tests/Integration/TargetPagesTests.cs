using System.Net;
using SalesSuite.Goals.Application.Targets;
using SalesSuite.Goals.Domain;
using SalesSuite.Testing;

namespace SalesSuite.Goals.Tests.Integration;

public sealed class TargetPagesTests : IClassFixture<AppFactory>
{
    private readonly AppFactory _app;

    public TargetPagesTests(AppFactory app) => _app = app;

    private async Task<Guid> EastTargetAsync(string period, string amount) =>
        await _app.SaveTargetAsync("director", new TargetInput
        {
            Period = period, Who = "Team:" + await _app.TeamIdAsync("华东一组"), Metric = nameof(ResultMetric.CollectedAmount), Amount = amount,
            KeyActions = [new KeyActionInput { ActionTypeId = DefaultActionTypes.IdOf(KeyActionType.TermsConfirmed), Quantity = "40" }],
        });

    [Theory]
    [InlineData("zh-CN", "目标", "回款金额")]
    [InlineData("en", "Targets", "Collected amount")]
    public async Task Given_a_team_target_When_the_pages_are_opened_Then_list_edit_and_split_answer_200_in_the_language(
        string culture, string title, string metric)
    {
        var id = await EastTargetAsync(culture == "en" ? "2026-12" : "2026-11", "1000000");
        var period = culture == "en" ? "2026-12" : "2026-11";
        var director = await _app.SignInAsync("director", culture);
        var manager = await _app.SignInAsync("mgr.east", culture);
        foreach (var client in new[] { director, manager })
        {
            // The language is kept per user; another test may have left it on the other one.
            await client.PostFormAsync("/Culture", new() { ["culture"] = culture, ["returnUrl"] = "/" });
        }

        var list = await director.GetAsync("/Goals/Targets?period=" + period);
        var html = await list.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
        Assert.Contains(title, html);
        Assert.Contains(metric, html);
        Assert.Contains(id.ToString(), html);
        Assert.Equal(HttpStatusCode.OK, (await director.GetAsync("/Goals/Targets/Edit?period=" + period)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await director.GetAsync("/Goals/Targets/Edit?id=" + id)).StatusCode);
        var split = await manager.GetAsync("/Goals/Targets/Split?id=" + id);
        Assert.Equal(HttpStatusCode.OK, split.StatusCode);
        Assert.Contains("goals-targets-remaining", await split.Content.ReadAsStringAsync());
        var csv = await director.GetAsync("/Goals/Targets?handler=Csv&period=" + period);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        Assert.Contains("1000000", await csv.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Given_a_new_target_with_an_amount_When_opened_Then_the_key_actions_are_suggested_with_the_default()
    {
        var director = await _app.SignInAsync("director", "en");

        var html = await director.GetStringAsync("/Goals/Targets/Edit?period=2027-Q1&who=Company&metric=CollectedAmount&amount=1000000");

        Assert.Contains("value=\"40\"", html);
        Assert.Contains("no history yet, default ¥25,000.00 per action", html);
    }

    [Theory]
    [InlineData("abc", "Type a number")]
    [InlineData("-100", "A target must be greater than zero.")]
    [InlineData("100.123", "at most two decimals")]
    [InlineData("999999999999", "A target may be at most")]
    public async Task Given_bad_amounts_When_the_edit_form_is_posted_Then_422_with_the_message_and_nothing_saved(string amount, string message)
    {
        var director = await _app.SignInAsync("director", "en");

        var response = await director.PostFormAsync("/Goals/Targets/Edit", new()
        {
            ["Input.Period"] = "2028-Q2", ["Input.Who"] = "Company", ["Input.Metric"] = "CollectedAmount", ["Input.Amount"] = amount,
        }, "/Goals/Targets/Edit");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains(message, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
        Assert.Empty((await director.GetStringAsync("/Goals/Targets?period=2028-Q2")).Split("data-testid=\"goals-targets-row\"").Skip(1));
    }

    [Fact]
    public async Task Given_an_unknown_period_key_When_posted_or_listed_Then_a_clear_message()
    {
        var director = await _app.SignInAsync("director", "zh-CN");

        var post = await director.PostFormAsync("/Goals/Targets/Edit", new()
        {
            ["Input.Period"] = "2026-Q5", ["Input.Who"] = "Company", ["Input.Metric"] = "NewDeals", ["Input.Amount"] = "10",
        }, "/Goals/Targets/Edit");
        var list = await director.GetAsync("/Goals/Targets?period=soon");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, post.StatusCode);
        Assert.Contains("“2026-Q5”不是有效周期", WebUtility.HtmlDecode(await post.Content.ReadAsStringAsync()));
        Assert.Equal(HttpStatusCode.BadRequest, list.StatusCode);
        Assert.Contains("“soon”不是有效周期", WebUtility.HtmlDecode(await list.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task Given_shares_that_do_not_add_up_When_the_split_is_posted_Then_422_with_the_sums_and_the_typed_numbers_kept()
    {
        var id = await EastTargetAsync("2027-01", "90000");
        var view = await _app.SplitViewAsync("mgr.east", id);
        var manager = await _app.SignInAsync("mgr.east", "en");
        var fields = new Dictionary<string, string>
        {
            ["Input.ParentId"] = id.ToString(), ["Input.Version"] = view.Version.ToString(), ["Input.Metric"] = "CollectedAmount",
        };
        string[] typed = ["30000", "30000", "29999.99"];
        for (var i = 0; i < view.Lines.Count; i++)
        {
            fields[$"Input.Lines[{i}].ScopeId"] = view.Lines[i].ScopeId.ToString();
            fields[$"Input.Lines[{i}].Version"] = "0";
            fields[$"Input.Lines[{i}].Amount"] = typed[i];
        }

        var response = await manager.PostFormAsync("/Goals/Targets/Split", fields, "/Goals/Targets/Split?id=" + id);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("The shares add up to 89,999.99, not 90,000.00", html);
        Assert.Contains("value=\"29999.99\"", html);
        Assert.DoesNotContain((await _app.SplitViewAsync("mgr.east", id)).Lines, l => l.TargetId is not null);
    }

    [Fact]
    public async Task Given_people_without_the_right_When_they_open_the_pages_Then_404_or_403()
    {
        var id = await EastTargetAsync("2027-02", "50000");
        var sales = await _app.SignInAsync("sales01", "en");
        var north = await _app.SignInAsync("mgr.north", "en");
        var finance = await _app.SignInAsync("finance", "en");

        Assert.Equal(HttpStatusCode.NotFound, (await sales.GetAsync("/Goals/Targets/Split?id=" + id)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await north.GetAsync("/Goals/Targets/Split?id=" + id)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await sales.GetAsync("/Goals/Targets/Edit?id=" + id)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await sales.GetAsync("/Goals/Targets/Edit")).StatusCode);
        var denied = await finance.GetAsync("/Goals/Targets");
        Assert.Equal(HttpStatusCode.Redirect, denied.StatusCode);
        Assert.Contains("AccessDenied", denied.Headers.Location?.ToString());
        Assert.DoesNotContain(id.ToString(), await sales.GetStringAsync("/Goals/Targets?period=2027-02"));
    }
}

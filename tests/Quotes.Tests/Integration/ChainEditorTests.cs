using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using SalesSuite.Quotes.Domain;
using SalesSuite.Testing;
using static SalesSuite.Quotes.Tests.Integration.QuoteScenario;

namespace SalesSuite.Quotes.Tests.Integration;

/// <summary>The chain editor on /Quotes/Chain: add, move, remove steps; stale chain; who may configure; both languages.</summary>
public sealed partial class ChainEditorTests(QuotesAppFactory factory) : IClassFixture<QuotesAppFactory>
{
    private const string Page = "/Quotes/Chain";

    private static string StampOf(string html) => StampPattern().Match(html).Groups[1].Value;

    private Task<List<ChainStepRule>> ChainAsync() =>
        DbAsync(factory, db => db.ChainSteps.AsNoTracking().OrderBy(r => r.Order).ToListAsync());

    [Theory]
    [InlineData("zh-CN", "新增环节", "上移")]
    [InlineData("en", "Add step", "Move up")]
    public async Task Given_the_director_Then_the_editor_offers_add_move_and_remove_in_the_reader_language(string culture, string add, string up)
    {
        // The language is the user's stored preference: set it explicitly, and give the director back zh-CN afterwards.
        var director = await factory.SignInAsync("director");
        await director.PostFormAsync("/Culture", new() { ["culture"] = culture, ["returnUrl"] = "/" });
        var html = await director.GetStringAsync(Page);
        await director.PostFormAsync("/Culture", new() { ["culture"] = "zh-CN", ["returnUrl"] = "/" });
        Assert.Contains("data-testid=\"chain-add\"", html);
        Assert.Contains(add, html);
        Assert.Contains(up, html);
        Assert.Contains("data-testid=\"remove-step\"", html);
    }

    [Theory]
    [InlineData("sales01")]
    [InlineData("finance")]
    [InlineData("gm")]
    public async Task Given_someone_who_may_not_configure_When_adding_a_step_Then_it_is_refused_and_nothing_changes(string user)
    {
        var client = await factory.SignInAsync(user);
        var html = await client.GetStringAsync(Page);
        Assert.DoesNotContain("data-testid=\"chain-add\"", html);
        var before = (await ChainAsync()).Count;
        var answer = await client.PostFormAsync($"{Page}?handler=AddStep",
            new() { ["role"] = "Legal", ["slaHours"] = "8", ["stamp"] = StampOf(html) }, Page);
        Assert.True(IsRefused(answer), answer.StatusCode.ToString());
        Assert.Equal(before, (await ChainAsync()).Count);
    }

    [Fact]
    public async Task Given_the_admin_When_adding_moving_and_removing_a_step_Then_the_chain_changes_and_a_stale_form_is_refused_with_409()
    {
        var admin = await factory.SignInAsync("admin");
        var added = await admin.PostFormAsync($"{Page}?handler=AddStep",
            new() { ["role"] = "SalesDirector", ["slaHours"] = "6", ["stamp"] = StampOf(await admin.GetStringAsync(Page)) }, Page);
        Assert.Contains("已保存", await FlashAsync(admin, added));
        var review = (await ChainAsync()).Last();
        Assert.Equal((StepKind.Review, "SalesDirector", 6), (review.Kind, review.Role, review.SlaHours));

        var shown = await admin.GetStringAsync(Page);
        var moved = await admin.PostFormAsync($"{Page}?handler=MoveStep",
            new() { ["stepId"] = review.Id.ToString(), ["up"] = "true", ["stamp"] = StampOf(shown) }, Page);
        Assert.Contains("已保存", await FlashAsync(admin, moved));
        var chain = await ChainAsync();
        Assert.Equal(review.Id, chain[^2].Id);

        var stale = await admin.HtmxPostAsync($"{Page}?handler=RemoveStep",
            new() { ["stepId"] = review.Id.ToString(), ["stamp"] = StampOf(shown) }, Page);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Contains(review.Id, (await ChainAsync()).Select(r => r.Id));

        var removed = await admin.PostFormAsync($"{Page}?handler=RemoveStep",
            new() { ["stepId"] = review.Id.ToString(), ["stamp"] = StampOf(await admin.GetStringAsync(Page)) }, Page);
        Assert.Contains("已保存", await FlashAsync(admin, removed));
        Assert.DoesNotContain(review.Id, (await ChainAsync()).Select(r => r.Id));
    }

    [Fact]
    public async Task Given_the_finance_step_When_removing_it_Then_the_director_is_told_why_and_it_stays()
    {
        var director = await factory.SignInAsync("director");
        var finance = (await ChainAsync()).Single(r => r.Kind == StepKind.Finance);
        var answer = await director.HtmxPostAsync($"{Page}?handler=RemoveStep",
            new() { ["stepId"] = finance.Id.ToString(), ["stamp"] = StampOf(await director.GetStringAsync(Page)) }, Page);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, answer.StatusCode);
        Assert.Contains("不能删除", await answer.Content.ReadAsStringAsync());
        Assert.Contains((await ChainAsync()), r => r.Id == finance.Id);
    }

    [Fact]
    public async Task Given_an_added_step_Then_a_new_submission_gets_it_but_a_quote_already_in_approval_keeps_its_steps()
    {
        var deal = await OpenDealAsync(factory, "sales04");
        var sales = await factory.SignInAsync("sales04");
        var before = await DraftUntilAsync(sales, deal, "2027-12-31", ("MD-PUMP-50", 1, 0m));
        await SubmitAsync(sales, before);
        var director = await factory.SignInAsync("director");
        await director.PostFormAsync($"{Page}?handler=AddStep",
            new() { ["role"] = "GeneralManager", ["slaHours"] = "12", ["stamp"] = StampOf(await director.GetStringAsync(Page)) }, Page);

        var after = await DraftUntilAsync(sales, await OpenDealAsync(factory, "sales04"), "2027-12-31", ("MD-PUMP-50", 1, 0m));
        await SubmitAsync(sales, after);

        Assert.DoesNotContain((await QuoteAsync(factory, before)).Steps, s => s.Kind == StepKind.Review);
        Assert.Contains((await QuoteAsync(factory, after)).Steps, s => s.Kind == StepKind.Review && s.Role == "GeneralManager");
    }

    [GeneratedRegex("name=\"stamp\" value=\"([^\"]*)\"")]
    private static partial Regex StampPattern();
}

using System.Net;
using SalesSuite.Quotes.Application;
using SalesSuite.Quotes.Domain;
using SalesSuite.Testing;
using static SalesSuite.Quotes.Tests.Integration.QuoteScenario;

namespace SalesSuite.Quotes.Tests.Integration;

public sealed class WorkflowHttpTests(QuotesAppFactory factory) : IClassFixture<QuotesAppFactory>
{
    [Fact]
    public async Task Given_a_submitted_quote_When_tech_finance_and_legal_approve_Then_it_is_approved_with_a_cost_locked_minor_version_and_events()
    {
        var deal = await OpenDealAsync(factory, "sales01");
        var sales = await factory.SignInAsync("sales01");
        var id = await DraftAsync(sales, deal, ("MD-MON-200", 2, 5m), ("SV-INSTALL", 1, 0m));
        Assert.Equal(HttpStatusCode.Redirect, (await SubmitAsync(sales, id)).StatusCode);

        var tech = await factory.SignInAsync("tech");
        var unanswered = await FlashAsync(tech, await DecideAsync(tech, id, approve: true));
        Assert.Contains("是否需要定制开发", unanswered);
        await DecideAsync(tech, id, approve: true, custom: false);
        await DecideAsync(await factory.SignInAsync("finance"), id, approve: true);
        await DecideAsync(await factory.SignInAsync("legal"), id, approve: true, comment: "条款可接受");

        var quote = await QuoteAsync(factory, id);
        Assert.Equal(QuoteStatus.Approved, quote.Status);
        Assert.Equal("V1.1", quote.ApprovedVersion!.Label);
        Assert.Single(await OutboxAsync(factory, "QuoteSubmitted"), e => IdOf(e, "QuoteId") == id);
        Assert.Equal(3, (await OutboxAsync(factory, "QuoteStepDecided")).Count(e => IdOf(e, "QuoteId") == id));
        var html = await sales.GetStringAsync($"/Quotes/Details/{id}");
        Assert.Contains("当前生效版本 V1.1, 财务 2026-11-23 09:00 成本锁定", html);
    }

    [Fact]
    public async Task Given_a_quote_in_approval_When_the_owner_posts_an_edit_Then_it_is_refused_and_the_version_is_unchanged()
    {
        var deal = await OpenDealAsync(factory, "sales02");
        var sales = await factory.SignInAsync("sales02");
        var id = await DraftAsync(sales, deal, ("MD-PUMP-50", 5, 0m));
        await SubmitAsync(sales, id);
        var before = (await QuoteAsync(factory, id)).LatestVersion!;

        var edit = await sales.PostFormAsync($"/Quotes/Edit/{id}", new()
        {
            ["Form.Lines[0].ProductCode"] = "MD-PUMP-50", ["Form.Lines[0].Quantity"] = "50",
            ["Form.Schedule"] = "全款 100% 0", ["Form.ValidUntil"] = "2026-12-20",
        }, $"/Quotes/Details/{id}");

        Assert.Equal(HttpStatusCode.OK, edit.StatusCode); // re-rendered with the error
        Assert.Contains("当前不可编辑", await edit.Content.ReadAsStringAsync());
        var after = await QuoteAsync(factory, id);
        Assert.Single(after.Versions);
        Assert.Equal(before.LinesJson, after.LatestVersion!.LinesJson);
        Assert.Equal(5m, after.Lines[0].Quantity);
    }

    [Fact]
    public async Task Given_a_stored_version_When_anything_updates_it_Then_SaveChanges_refuses()
    {
        var deal = await OpenDealAsync(factory, "sales03");
        var sales = await factory.SignInAsync("sales03");
        var id = await DraftAsync(sales, deal, ("MD-PUMP-50", 5, 0m));
        await SubmitAsync(sales, id);
        await Assert.ThrowsAsync<InvalidOperationException>(() => DbAsync(factory, async db =>
        {
            var version = (await db.LoadAsync(id, default))!.Versions.Single();
            db.Entry(version).Property(v => v.Terms).CurrentValue = "偷偷修改";
            return await db.SaveChangesAsync();
        }));
    }

    [Fact]
    public async Task Given_a_rejection_without_reason_Then_it_is_refused_and_with_a_reason_the_quote_returns_to_sales()
    {
        var deal = await OpenDealAsync(factory, "sales04");
        var sales = await factory.SignInAsync("sales04");
        var id = await DraftAsync(sales, deal, ("MD-PUMP-50", 5, 0m));
        await SubmitAsync(sales, id);
        var tech = await factory.SignInAsync("tech");
        Assert.Contains("驳回必须填写原因", await FlashAsync(tech, await DecideAsync(tech, id, approve: false)));
        Assert.Equal(QuoteStatus.InApproval, (await QuoteAsync(factory, id)).Status);

        await DecideAsync(tech, id, approve: false, comment: "型号需确认");
        Assert.Equal(QuoteStatus.Rejected, (await QuoteAsync(factory, id)).Status);
        await DraftAsyncResubmit(sales, id);
        Assert.Equal("V2", (await QuoteAsync(factory, id)).LatestVersion!.Label);
    }

    [Fact]
    public async Task Given_an_approver_who_owns_the_quote_When_they_decide_their_step_Then_self_approval_is_refused()
    {
        // The director owns a low-margin quote; the chain then includes the director's own margin review step.
        var deal = await OpenDealAsync(factory, "director");
        var director = await factory.SignInAsync("director");
        var id = await DraftAsync(director, deal, ("PLC-S7-1200", 2, 10m));
        await SubmitAsync(director, id);
        await DecideAsync(await factory.SignInAsync("tech"), id, approve: true, custom: false);
        await DecideAsync(await factory.SignInAsync("finance"), id, approve: true);
        await DecideAsync(await factory.SignInAsync("legal"), id, approve: true);
        Assert.Equal(StepKind.MarginReview, (await QuoteAsync(factory, id)).ActiveStep!.Kind);

        var refused = await FlashAsync(director, await DecideAsync(director, id, approve: true));

        Assert.Contains("不能审批自己的报价", refused);
        var quote = await QuoteAsync(factory, id);
        Assert.Equal(StepKind.MarginReview, quote.ActiveStep!.Kind);
        Assert.Null(quote.ActiveStep.DeciderId);
    }

    [Fact]
    public async Task Given_quoting_is_frozen_by_health_When_the_salesperson_submits_Then_a_clear_message_and_nothing_is_submitted()
    {
        var deal = await OpenDealAsync(factory, "sales05");
        var sales = await factory.SignInAsync("sales05");
        var id = await DraftAsync(sales, deal, ("MD-PUMP-50", 5, 0m));
        var userId = await UserIdAsync(factory, "sales05");
        await factory.InScopeAsync(async sp =>
        {
            var frozen = new SalesSuite.Health.Contracts.QuotingFrozen(
                Guid.NewGuid(), factory.Clock.GetCurrentInstant(), null, userId, "连续三张报价毛利低于 10%");
            await Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions
                .GetServices<SalesSuite.SharedKernel.Events.IIntegrationEventHandler<SalesSuite.Health.Contracts.QuotingFrozen>>(sp)
                .First().HandleAsync(frozen, default);
        });

        var page = await FlashAsync(sales, await SubmitAsync(sales, id));

        Assert.Contains("您的报价权限已被冻结：连续三张报价毛利低于 10%", page);
        Assert.Equal(QuoteStatus.Draft, (await QuoteAsync(factory, id)).Status);
    }

    [Fact]
    public async Task Given_a_deal_that_does_not_allow_quoting_When_creating_a_quote_Then_it_is_refused()
    {
        var deal = await OpenDealAsync(factory, "sales06", canQuote: false);
        var sales = await factory.SignInAsync("sales06");
        var response = await sales.PostFormAsync("/Quotes/New", new() { ["dealId"] = deal.ToString() }, "/Quotes/New");
        Assert.Contains("此商机暂不允许报价", await FlashAsync(sales, response));
    }

    private static async Task DraftAsyncResubmit(HttpClient sales, Guid id)
    {
        await sales.PostFormAsync($"/Quotes/Edit/{id}", new()
        {
            ["Form.Lines[0].ProductCode"] = "MD-PUMP-50", ["Form.Lines[0].Quantity"] = "6",
            ["Form.Schedule"] = "全款 100% 0", ["Form.ValidUntil"] = "2026-12-20",
        }, $"/Quotes/Edit/{id}");
        await SubmitAsync(sales, id);
    }
}

using System.Net;
using Microsoft.EntityFrameworkCore;
using SalesSuite.Quotes.Domain.Offer;
using SalesSuite.Testing;
using static SalesSuite.Quotes.Tests.Integration.QuoteScenario;

namespace SalesSuite.Quotes.Tests.Integration.Offer;

/// <summary>The calculator's result goes to Finance's to-do list; Finance completes or refuses it and the requester is told.</summary>
public sealed class RebateRequestTests(QuotesAppFactory factory) : IClassFixture<QuotesAppFactory>
{
    private const string Calculator = "/Quotes/Rebates?CustomerType=经销商&Amount=200000&DeliveryDays=45&DeliveryDate=2026-12-01";

    private static Dictionary<string, string> Calculation(string note) => new()
    {
        ["CustomerType"] = "经销商", ["ProductCode"] = "", ["Amount"] = "200000", ["DeliveryDays"] = "45", ["DeliveryDate"] = "2026-12-01",
        ["note"] = note,
    };

    private Task<RebateClaim> ClaimAsync(string note) =>
        DbAsync(factory, db => db.RebateClaims.AsNoTracking().SingleAsync(c => c.Note == note));

    [Fact]
    public async Task Given_a_calculated_rebate_When_sent_Then_Finance_sees_it_to_do_and_completing_notifies_the_requester()
    {
        var sales = await factory.SignInAsync("sales02");
        Assert.Contains("data-testid=\"rebate-request-form\"", await sales.GetStringAsync(Calculator), StringComparison.Ordinal);

        var sent = await sales.PostFormAsync("/Quotes/Rebates?handler=Request", Calculation("瑞康 Q4"), Calculator);
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        var claim = await ClaimAsync("瑞康 Q4");
        Assert.Equal((200_000m, 4_000m, 10_000m, RebateClaimStatus.Open), (claim.Amount, claim.MinAmount, claim.MaxAmount, claim.Status));
        var toFinance = (await OutboxAsync(factory, "NotificationRequested"))
            .Where(n => Prop(n, "TextKey").GetString() == "Offer_Notify_RebateRequested").ToList();
        Assert.Equal("Finance", Prop(toFinance[^1], "RecipientRole").GetString());

        var finance = await factory.SignInAsync("finance");
        var todo = await finance.GetStringAsync("/Quotes/Rebates/Requests?OpenOnly=true");
        Assert.Contains("瑞康 Q4", todo, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"rebate-decide\"", todo, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"rebate-decide\"", await sales.GetStringAsync("/Quotes/Rebates/Requests"), StringComparison.Ordinal);

        var done = await finance.PostFormAsync($"/Quotes/Rebates/Requests?handler=Decide&id={claim.Id}",
            new() { ["complete"] = "true", ["note"] = "已安排 3%", ["version"] = claim.Version.ToString() }, "/Quotes/Rebates/Requests");
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);

        Assert.Equal(RebateClaimStatus.Completed, (await ClaimAsync("瑞康 Q4")).Status);
        var toRequester = (await OutboxAsync(factory, "NotificationRequested"))
            .Where(n => Prop(n, "TextKey").GetString() == "Offer_Notify_RebateCompleted").ToList();
        Assert.Equal(await factory.UserIdAsync("sales02"), IdOf(toRequester[^1], "RecipientUserId"));
        Assert.DoesNotContain("瑞康 Q4", await finance.GetStringAsync("/Quotes/Rebates/Requests?OpenOnly=true"), StringComparison.Ordinal);
        Assert.Contains("已安排 3%", await sales.GetStringAsync("/Quotes/Rebates/Requests"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Given_an_open_request_When_refused_without_a_reason_or_by_a_salesperson_Then_nothing_changes()
    {
        var sales = await factory.SignInAsync("sales03");
        await sales.PostFormAsync("/Quotes/Rebates?handler=Request", Calculation("退回测试"), Calculator);
        var claim = await ClaimAsync("退回测试");
        var form = new Dictionary<string, string> { ["complete"] = "false", ["note"] = "", ["version"] = claim.Version.ToString() };
        var url = $"/Quotes/Rebates/Requests?handler=Decide&id={claim.Id}";

        var finance = await factory.SignInAsync("finance");
        var noReason = await finance.PostFormAsync(url, form, "/Quotes/Rebates/Requests");
        Assert.Contains("请填写拒绝原因", await FlashAsync(finance, noReason), StringComparison.Ordinal);
        form["note"] = "我自己拒绝";
        Assert.True(IsRefused(await sales.PostFormAsync(url, form, "/Quotes/Rebates/Requests")));
        Assert.Equal(RebateClaimStatus.Open, (await ClaimAsync("退回测试")).Status);

        var refused = await finance.PostFormAsync(url, form, "/Quotes/Rebates/Requests");
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Equal(RebateClaimStatus.Refused, (await ClaimAsync("退回测试")).Status);
        var csv = await finance.GetByteArrayAsync("/Quotes/Rebates/Requests?handler=Csv");
        Assert.Equal([0xEF, 0xBB, 0xBF], csv[..3]);
        Assert.Contains("我自己拒绝", System.Text.Encoding.UTF8.GetString(csv), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Given_inputs_no_rule_matches_When_sent_Then_it_is_refused_and_nothing_reaches_Finance()
    {
        var sales = await factory.SignInAsync("sales04");
        var form = Calculation("无规则");
        form["CustomerType"] = "不存在的类型";
        form["Amount"] = "-5";

        var sent = await sales.PostFormAsync("/Quotes/Rebates?handler=Request", form, Calculator);

        Assert.Contains("没有匹配的规则", await FlashAsync(sales, sent), StringComparison.Ordinal);
        Assert.False(await DbAsync(factory, db => db.RebateClaims.AnyAsync(c => c.Note == "无规则")));
    }
}

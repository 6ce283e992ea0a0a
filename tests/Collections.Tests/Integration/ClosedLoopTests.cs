using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using SalesSuite.Collections.Contracts;
using SalesSuite.SharedKernel.Events;
using SalesSuite.Testing;
using static SalesSuite.Collections.Tests.Integration.CreditScenario;

namespace SalesSuite.Collections.Tests.Integration;

/// <summary>
/// End to end across modules on the real host: a deal opened in Leads, its quote accepted, the contract paid in full in
/// Collections; after the outboxes are drained, Leads shows the deal won and 成交闭环 with the contract on the timeline.
/// </summary>
public sealed partial class ClosedLoopTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Given_an_accepted_quote_When_its_contract_is_paid_in_full_Then_Leads_shows_the_deal_won_and_the_closed_loop()
    {
        var sales = await app.SignInAsync("sales01");
        var (customerId, dealId) = await OpenDealAsync(sales, "闭环端到端测试商机");
        var contract = await ContractAsync(app, customerId, 120_000m, dealId);

        await PayAsync(app, customerId, 36_000m, "BR-LOOP-1");
        var closedEarly = await DbAsync(app, db => db.Outbox.CountAsync(m => m.Type.Contains(nameof(DealClosedLoop))));
        await PayAsync(app, customerId, 84_000m, "BR-LOOP-2");
        await app.DrainOutboxesAsync();

        Assert.Equal(0, closedEarly);
        var loops = await DbAsync(app, async db => (await db.Outbox.Where(m => m.Type.Contains(nameof(DealClosedLoop))).ToListAsync())
            .Select(m => (DealClosedLoop)EventSerializer.Deserialize(m.Type, m.Payload)).Where(e => e.ContractId == contract.Id).ToList());
        Assert.Equal(120_000m, Assert.Single(loops).CollectedAmount);
        var page = await sales.GetStringAsync($"/Leads/Customers/Detail/{customerId}");
        Assert.Contains("data-testid=\"closed-loop\"", page);
        Assert.Contains($"成交闭环：合同 {contract.Number} 已全部回款，共收 120,000.00 CNY", page);
        Assert.Contains($"合同 {contract.Number} 已生成：120,000.00 CNY，2 个回款节点", page);
        Assert.Contains("收到回款 84,000.00 CNY（银行流水号 BR-LOOP-2），已计入合同", page);
        Assert.Contains("回款节点「验收款」已付清", page);
        Assert.Contains($"/Collections/Contracts/Detail?id={contract.Id}", page);
        Assert.Matches(DealLine("闭环端到端测试商机", "赢单"), page);
        Assert.DoesNotContain("闭环端到端测试商机", await sales.GetStringAsync("/Leads/Deals"));
    }

    /// <summary>Opens a deal through the Leads customer page; its id is read from the kanban card (as the browser would use it).</summary>
    private static async Task<(Guid Customer, Guid Deal)> OpenDealAsync(HttpClient sales, string title)
    {
        var customers = await sales.GetStringAsync("/Leads/Customers");
        var customer = Guid.Parse(CustomerLink().Match(customers).Groups[1].Value);
        var opened = await sales.PostFormAsync($"/Leads/Customers/Detail/{customer}?handler=OpenDeal",
            new() { ["title"] = title, ["amount"] = "120000" }, $"/Leads/Customers/Detail/{customer}");
        Assert.Equal(HttpStatusCode.Redirect, opened.StatusCode);
        var board = await sales.GetStringAsync("/Leads/Deals");
        var card = Regex.Match(board, $"data-title=\"{Regex.Escape(title)}\".*?id=([0-9a-fA-F-]{{36}})", RegexOptions.Singleline);
        Assert.True(card.Success, "the new deal is not on the board");
        return (customer, Guid.Parse(card.Groups[1].Value));
    }

    private static Regex DealLine(string title, string status) =>
        new($"{Regex.Escape(title)}</a>[^<]*<span class=\"tag\">[^<]*</span>[^<]*{status}", RegexOptions.Singleline);

    [GeneratedRegex("href=\"/Leads/Customers/Detail/([0-9a-fA-F-]{36})\"")]
    private static partial Regex CustomerLink();
}

using Microsoft.Playwright;
using SalesSuite.Testing;

namespace SalesSuite.Browser.Tests.Leads;

/// <summary>Scenario 1 in the browser: one move on the kanban gives Finance and Tech each their own task.</summary>
public sealed class StageTriggerBrowserTests(BrowserFixture fx) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Given_a_deal_in_negotiation_When_moved_to_contract_on_the_kanban_Then_finance_and_tech_each_see_their_task()
    {
        var page = await fx.NewPageAsync();
        await fx.SignInAsync(page, "director");
        await page.GotoAsync("/Leads/Deals");
        var card = page.Locator("[data-testid=stage-column][data-stage=商务谈判] [data-testid=deal-card]").First;
        var title = (await card.GetAttributeAsync("data-title"))!;
        await card.Locator("[data-testid=move]").ClickAsync();
        var form = page.Locator("[data-testid=move-form]");
        await form.WaitForAsync();
        await form.Locator("[data-testid=move-target]").SelectOptionAsync(new SelectOptionValue { Label = "合同签署" });
        await form.Locator("[data-field=压价幅度]").FillAsync("6");
        await form.Locator("[data-field=账期要求]").SelectOptionAsync("月结90天");
        await form.Locator("[data-testid=move-submit]").ClickAsync();
        await page.Locator("#move-panel .alert-success").WaitForAsync();

        var finance = await fx.NewPageAsync(390, 844);
        await fx.SignInAsync(finance, "finance");
        await finance.GotoAsync("/Leads/Tasks");
        var financeTask = finance.Locator("[data-testid=task-row]", new() { HasText = title });
        await financeTask.WaitForAsync();
        Assert.Contains("月结90天", await financeTask.InnerTextAsync());
        Assert.Contains("Finance", await financeTask.Locator("[data-testid=task-assignee]").InnerTextAsync());
        Assert.False(string.IsNullOrWhiteSpace(await financeTask.Locator("[data-testid=task-due]").InnerTextAsync()));

        var tech = await fx.NewPageAsync();
        await fx.SignInAsync(tech, "tech");
        await tech.GotoAsync("/Leads/Tasks");
        var techTask = tech.Locator("[data-testid=task-row]", new() { HasText = title });
        await techTask.WaitForAsync();
        Assert.DoesNotContain("月结90天", await techTask.InnerTextAsync());
        Assert.Contains("Tech", await techTask.Locator("[data-testid=task-assignee]").InnerTextAsync());
        await techTask.Locator("[data-testid=task-done]").ClickAsync();
        await tech.Locator("[data-testid=task-row]", new() { HasText = title }).WaitForAsync(new() { State = WaitForSelectorState.Detached });
    }
}

using Microsoft.Playwright;
using SalesSuite.Testing;

namespace SalesSuite.Browser.Tests.Leads;

public sealed class LeadsBrowserTests(BrowserFixture fx) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Given_two_salespeople_on_the_pool_When_one_claims_a_lead_Then_it_leaves_both_boards()
    {
        var claimer = await fx.NewPageAsync(390, 844);
        await fx.SignInAsync(claimer, "sales01");
        var watcher = await fx.NewPageAsync();
        await fx.SignInAsync(watcher, "sales02");
        await claimer.GotoAsync("/Leads/Pool");
        await watcher.GotoAsync("/Leads/Pool");

        var row = claimer.Locator("[data-testid=pool-lead]").First;
        var company = await row.GetAttributeAsync("data-company");
        await row.Locator("[data-testid=claim]").ClickAsync();

        await claimer.Locator("#claim-msg .alert-success").WaitForAsync();
        var selector = $"[data-testid=pool-lead][data-company=\"{company}\"]";
        await claimer.Locator(selector).WaitForAsync(new() { State = WaitForSelectorState.Detached });
        // The other person's board polls every 2 s: the lead disappears without a reload.
        await watcher.Locator(selector).WaitForAsync(new() { State = WaitForSelectorState.Detached });
        await claimer.GotoAsync("/Leads/Leads");
        await claimer.Locator($"[data-testid=my-lead][data-company=\"{company}\"]").WaitForAsync();
    }

    [Fact]
    public async Task Given_a_deal_in_sample_testing_When_moved_without_then_with_the_required_date_Then_it_is_refused_then_moved()
    {
        var page = await fx.NewPageAsync();
        await fx.SignInAsync(page, "sales01");
        await page.GotoAsync("/Leads/Deals");
        var card = page.Locator("[data-testid=stage-column][data-stage=样品测试] [data-testid=deal-card]").First;
        var title = await card.GetAttributeAsync("data-title");
        await card.Locator("[data-testid=move]").ClickAsync();
        var form = page.Locator("[data-testid=move-form]");
        await form.WaitForAsync();
        await form.Locator("[data-testid=move-target]").SelectOptionAsync(new SelectOptionValue { Label = "商务谈判" });
        await form.Locator("[data-testid=move-submit]").ClickAsync();

        var errors = page.Locator("[data-testid=move-errors]");
        await errors.WaitForAsync();
        Assert.Contains("样品测试完成日期", await errors.InnerTextAsync());

        await page.Locator("[data-field=样品测试完成日期]").FillAsync("2026-11-20");
        // The optional "file" field takes a real upload (htmx multipart).
        await page.Locator("[data-field=测试报告]").SetInputFilesAsync(new FilePayload
        {
            Name = "测试报告.pdf",
            MimeType = "application/pdf",
            Buffer = "%PDF-1.7 report"u8.ToArray(),
        });
        await page.Locator("[data-testid=move-target]").SelectOptionAsync(new SelectOptionValue { Label = "商务谈判" });
        await page.Locator("[data-testid=move-submit]").ClickAsync();
        await page.Locator("#move-panel .alert-success").WaitForAsync();
        await page.Locator($"[data-testid=stage-column][data-stage=商务谈判] [data-testid=deal-card][data-title=\"{title}\"]").WaitForAsync();
        await page.GotoAsync("/Leads/Customers");
        await page.Locator("a", new() { HasText = "海天" }).First.ClickAsync();
        Assert.Contains("测试报告.pdf", await page.Locator("[data-testid=deal-file]").First.InnerTextAsync());
    }

    [Fact]
    public async Task Given_a_phone_When_logging_a_follow_up_Then_the_form_fits_390px_and_saves_to_the_timeline()
    {
        var page = await fx.NewPageAsync(390, 844);
        await fx.SignInAsync(page, "sales01");
        await page.GotoAsync("/Leads/FollowUps/New");
        var overflow = await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > window.innerWidth");
        Assert.False(overflow);
        await page.Locator("[data-testid=followup-customer]").SelectOptionAsync(new SelectOptionValue { Index = 0 });
        await page.GetByLabel("推进方案").CheckAsync();
        await page.Locator("[data-testid=followup-summary]").FillAsync("现场演示滤芯样品，客户要求两周内给出寿命测试报告。");
        await page.GetByLabel("预算未明确").CheckAsync();
        await page.Locator("#Form_NextActionText").FillAsync("发送寿命测试报告");
        await page.Locator("#Form_NextActionDue").FillAsync("2026-11-30");
        await page.Locator("[data-testid=followup-submit]").ClickAsync();
        await page.Locator("[data-testid=timeline]").WaitForAsync();
        Assert.Contains("现场演示滤芯样品", await page.Locator("[data-testid=timeline]").InnerTextAsync());
    }
}

using Microsoft.Playwright;
using NodaTime;
using SalesSuite.Quotes.Contracts;
using SalesSuite.Testing;

namespace SalesSuite.Browser.Tests.Collections;

public sealed class OverdueBrowserTests(BrowserFixture fx) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Given_a_salesperson_on_a_390px_phone_When_tagging_an_overdue_item_Then_its_playbook_opens_as_tasks()
    {
        const string customer = "无锡华泰医疗设备有限公司";
        var customerId = Guid.NewGuid();
        var today = fx.App.Clock.GetCurrentInstant().InZone(DateTimeZoneProviders.Tzdb["Asia/Shanghai"]).Date;
        await fx.App.ConsumeAsync(Events.CustomerRegistered(customerId: customerId, name: customer));
        await fx.App.ConsumeAsync(Events.QuoteAccepted(
            ownerId: await fx.App.UserIdAsync("sales01"), customerId: customerId, amount: 86_000m,
            paymentSchedule: [new PaymentMilestone("首付款", 100m, 86_000m, today.PlusDays(-5), null)]));
        var page = await fx.NewPageAsync(390, 844);
        await fx.SignInAsync(page, "sales01");

        await page.GotoAsync("/Collections/Overdue");
        var card = page.Locator("[data-testid=overdue-item]", new() { HasText = customer });
        await Assertions.Expect(card.Locator("[data-testid=days-overdue]")).ToContainTextAsync("5");
        await Assertions.Expect(card.Locator("[data-testid=untagged]")).ToBeVisibleAsync();
        Assert.False(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > window.innerWidth"));
        await card.Locator("[data-testid=open-panel]").ClickAsync();

        await page.Locator("[data-testid=tag-reason]").SelectOptionAsync(new SelectOptionValue { Label = "发票未送达" });
        await page.Locator("[data-testid=tag-submit]").ClickAsync();
        // The panel is swapped by htmx: the message, the reason and the playbook's steps as tasks.
        await Assertions.Expect(page.Locator("[data-testid=panel-message]")).ToContainTextAsync("发票未送达");
        await Assertions.Expect(page.Locator("[data-testid=panel-reason]")).ToContainTextAsync("发票未送达");
        var tasks = page.Locator("[data-testid=playbook-task]");
        await Assertions.Expect(tasks).ToHaveCountAsync(2);
        await Assertions.Expect(page.Locator("[data-testid=playbook-progress]")).ToHaveTextAsync("0/2");
        await Assertions.Expect(tasks.Nth(0)).ToContainTextAsync("重新发送电子发票");
        await Assertions.Expect(tasks.Nth(0).Locator("[data-testid=task-template]")).ToContainTextAsync("发票号：{invoiceNo}");
        await Assertions.Expect(tasks.Nth(1)).ToContainTextAsync(today.PlusDays(2).ToString("yyyy-MM-dd", null));

        // Back on the list the item carries its reason; opening it again shows the playbook, where the owner does their step.
        await page.Locator("[data-testid=back-to-overdue]").ClickAsync();
        await Assertions.Expect(card.Locator("[data-testid=item-reason]")).ToHaveTextAsync("发票未送达");
        await card.Locator("[data-testid=open-panel]").ClickAsync();
        await Assertions.Expect(tasks).ToHaveCountAsync(2);
        await tasks.Nth(1).Locator("[data-testid=task-done]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=playbook-progress]")).ToHaveTextAsync("1/2");
        await Assertions.Expect(tasks.Nth(1)).ToHaveAttributeAsync("data-done", "true");
        Assert.False(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > window.innerWidth"));
    }
}

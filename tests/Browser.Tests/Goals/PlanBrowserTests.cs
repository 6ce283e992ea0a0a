using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using SalesSuite.Goals.Data;
using SalesSuite.Goals.Domain;
using SalesSuite.Health.Contracts;
using SalesSuite.Testing;

namespace SalesSuite.Browser.Tests.Goals;

/// <summary>Plan a week, log a follow-up in Leads through its real form, and see the plan's progress move.</summary>
public sealed class PlanBrowserTests(BrowserFixture fx) : IClassFixture<BrowserFixture>
{
    private Task<bool> KeyVisitDoneAsync(Guid userId, Guid customerId) =>
        fx.App.InScopeAsync(sp => sp.GetRequiredService<GoalsDbContext>().Matches.AnyAsync(m =>
            m.UserId == userId && m.CustomerId == customerId && m.ActionTypeId == DefaultActionTypes.IdOf(KeyActionType.KeyVisit)));

    [Fact]
    public async Task Given_sales01_plans_a_key_visit_When_logging_the_follow_up_in_Leads_Then_today_shows_it_done_and_the_rate_moves()
    {
        var sales01 = await fx.App.UserIdAsync("sales01");
        var page = await fx.NewPageAsync();
        await fx.SignInAsync(page, "sales01");

        // Arrange: one of sales01's Leads customers, graded A by Health (a key customer for Goals).
        await page.GotoAsync("/Leads/FollowUps/New");
        var option = page.Locator("[data-testid=followup-customer] option:not([value=''])").First;
        var customerId = Guid.Parse((await option.GetAttributeAsync("value"))!);
        var name = (await option.InnerTextAsync()).Trim();
        await fx.App.ConsumeAsync(Events.CustomerRegistered(customerId, name: name, ownerId: sales01));
        await fx.App.ConsumeAsync(new CustomerGraded(Guid.NewGuid(), fx.App.Clock.GetCurrentInstant(), null, customerId, "A", 90m, null, []));

        // Generate the week, then add a key-customer visit for that customer today (Monday 2026-11-23 on the fake clock).
        await page.GotoAsync("/Goals/Plans");
        await page.ClickAsync("[data-testid=plans-generate]");
        var rate = page.Locator("[data-testid=plans-rate]");
        await Assertions.Expect(rate).ToHaveAttributeAsync("data-planned", "10");
        await page.Locator("[data-testid=plans-add-day]").SelectOptionAsync("2026-11-23");
        await page.Locator("[data-testid=plans-add-action]").SelectOptionAsync(DefaultActionTypes.IdOf(KeyActionType.KeyVisit).ToString());
        await page.Locator("[data-testid=plans-add-customer]").SelectOptionAsync(customerId.ToString());
        await page.Locator("[data-testid=plans-add-product]").FillAsync("骨科");
        await page.ClickAsync("[data-testid=plans-add-submit]");
        await Assertions.Expect(rate).ToHaveAttributeAsync("data-planned", "11");
        await Assertions.Expect(rate).ToHaveAttributeAsync("data-done", "0");

        await page.GotoAsync("/Goals/Plans/Today");
        var today = page.Locator("[data-testid=today-rate]");
        await Assertions.Expect(today).ToHaveAttributeAsync("data-done", "0");
        var item = page.Locator($"[data-testid=today-item]:has([href='/Leads/Customers/Detail/{customerId}'])").First;
        await Assertions.Expect(item).ToHaveAttributeAsync("data-done", "false");

        // Log the follow-up through Leads' customer page and its real form.
        await item.Locator("[data-testid=today-log]").ClickAsync();
        await page.Locator($"a[href*='FollowUps/New'][href*='{customerId}']").First.ClickAsync();
        await page.GetByLabel("推进方案").CheckAsync();
        await page.Locator("[data-testid=followup-summary]").FillAsync("拜访骨科主任，确认关节置换耗材的试用安排。");
        await page.GetByLabel("预算未明确").CheckAsync();
        await page.Locator("#Form_NextActionText").FillAsync("发送试用方案");
        await page.Locator("#Form_NextActionDue").FillAsync("2026-11-30");
        await page.Locator("[data-testid=followup-submit]").ClickAsync();
        await page.Locator("[data-testid=timeline]").WaitForAsync();

        // The event travels Leads' outbox → Goals: deliver until the evidence is there (a condition, not a sleep).
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!await KeyVisitDoneAsync(sales01, customerId))
        {
            Assert.True(DateTime.UtcNow < deadline, "the follow-up never reached Goals as key-visit evidence");
            await fx.App.DrainOutboxesAsync();
        }

        await page.GotoAsync("/Goals/Plans/Today");
        await Assertions.Expect(page.Locator("[data-testid=today-rate]")).ToHaveAttributeAsync("data-done", "1");
        var done = page.Locator($"[data-testid=today-item][data-done=true]:has([href='/Leads/Customers/Detail/{customerId}'])").First;
        await Assertions.Expect(done.Locator("s")).ToBeVisibleAsync();
        await Assertions.Expect(done.Locator("[data-testid=today-evidence]")).ToBeVisibleAsync();

        // The grid on a phone scrolls inside its card; the page itself is no wider than the screen.
        var phone = await fx.NewPageAsync(390, 844);
        await fx.SignInAsync(phone, "sales01");
        await phone.GotoAsync("/Goals/Plans");
        await Assertions.Expect(phone.Locator("[data-testid=plans-chip-done]").First).ToBeAttachedAsync();
        Assert.True(await phone.EvaluateAsync<int>("document.documentElement.scrollWidth") <= 390);
    }
}

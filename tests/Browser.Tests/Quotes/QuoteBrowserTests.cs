using Microsoft.Playwright;
using SalesSuite.Testing;

namespace SalesSuite.Browser.Tests.Quotes;

public sealed class QuoteBrowserTests(BrowserFixture fx) : IClassFixture<BrowserFixture>
{
    private static readonly string Shots = Path.Combine(Path.GetTempPath(), "quotes-shots");

    private static async Task ShotAsync(IPage page, string name)
    {
        Directory.CreateDirectory(Shots);
        await page.ScreenshotAsync(new() { Path = Path.Combine(Shots, name + ".png"), FullPage = true });
    }

    private async Task<IPage> AsAsync(string user, int width = 1280, int height = 800)
    {
        var page = await fx.NewPageAsync(width, height);
        await fx.SignInAsync(page, user);
        return page;
    }

    private static async Task DecideAsync(IPage page, string quoteUrl, bool tech = false)
    {
        await page.GotoAsync(quoteUrl);
        if (tech)
        {
            await page.CheckAsync("[data-testid=custom-yes]");
        }
        await page.FillAsync("[data-testid=decide-comment]", "同意");
        await page.ClickAsync("[data-testid=approve]");
        await page.WaitForSelectorAsync(".alert-success, [class*=alert]");
    }

    [Fact]
    public async Task Given_a_salesperson_When_she_builds_and_submits_a_quote_Then_tech_finance_and_legal_approve_it_through_the_chain()
    {
        var sales = await AsAsync("sales08");
        await sales.GotoAsync("/Quotes/New");
        await sales.Locator("[data-testid=deal-row]", new() { HasText = "南山医院：输液泵更新" })
            .Locator("[data-testid=create-quote]")
            .ClickAsync();
        await sales.WaitForURLAsync(u => u.Contains("/Quotes/Edit/"));
        await sales.Locator("[data-testid=line-product]").First.SelectOptionAsync("MD-PUMP-50");
        await sales.Locator("[data-testid=line-qty]").First.FillAsync("30");
        await sales.Locator("[data-testid=line-discount]").First.FillAsync("3");
        await sales.Locator("[data-testid=line-discount]").First.BlurAsync();
        await Assertions.Expect(sales.Locator("[data-testid=total-net]")).ToHaveTextAsync("¥285,180.00"); // 30 × 9,800 × 0.97, via htmx
        await ShotAsync(sales, "editor");
        await sales.ClickAsync("[data-testid=save-quote]");
        await sales.WaitForURLAsync(u => u.Contains("/Quotes/Details/"));
        var quoteUrl = sales.Url;
        await sales.ClickAsync("[data-testid=submit-quote]");
        await Assertions.Expect(sales.Locator("[data-testid=quote-status]")).ToHaveAttributeAsync("data-status", "InApproval");

        var tech = await AsAsync("tech");
        await tech.GotoAsync("/Quotes");
        await Assertions.Expect(tech.Locator("[data-testid=queue-row]", new() { HasText = "深圳市南山区人民医院" })).ToBeVisibleAsync();
        await ShotAsync(tech, "queue");
        await DecideAsync(tech, quoteUrl, tech: true);
        await DecideAsync(await AsAsync("finance"), quoteUrl);
        var legal = await AsAsync("legal");
        await DecideAsync(legal, quoteUrl);

        await sales.GotoAsync(quoteUrl);
        await Assertions.Expect(sales.Locator("[data-testid=quote-status]")).ToHaveAttributeAsync("data-status", "Approved");
        await Assertions.Expect(sales.Locator("[data-testid=effective-version]")).ToContainTextAsync("当前生效版本 V1.1");
        await ShotAsync(sales, "details-approved");
    }

    [Fact]
    public async Task Given_the_customer_opens_the_QR_link_on_a_phone_Then_the_salesperson_sees_the_viewed_notification_arrive_live()
    {
        var sales = await AsAsync("sales07");
        await sales.GotoAsync("/Quotes");
        await sales.ClickAsync("text=Q-2026-0001");
        await Assertions.Expect(sales.Locator("[data-testid=effective-version]"))
            .ToContainTextAsync("当前生效版本 V3.2, 财务 2026-02-15 10:22 成本锁定");
        await Assertions.Expect(sales.Locator("[data-testid=qr]")).ToBeVisibleAsync();
        await ShotAsync(sales, "details-scenario3");
        var link = await sales.GetAttributeAsync("[data-testid=public-link]", "href");
        var before = int.Parse(await sales.GetAttributeAsync("[data-testid=bell-count]", "data-count") ?? "0");

        var phone = await fx.NewPageAsync(390, 844);
        await phone.GotoAsync(link!);
        await Assertions.Expect(phone.Locator("[data-testid=public-version]")).ToContainTextAsync("V3.2");
        await Assertions.Expect(phone.Locator("[data-testid=countdown]")).Not.ToBeEmptyAsync();
        await Assertions.Expect(phone.Locator("[data-testid=salesperson]")).ToBeVisibleAsync();
        var width = await phone.EvaluateAsync<int>("document.documentElement.scrollWidth");
        Assert.True(width <= 390, $"public page overflows the phone: {width}px");
        await ShotAsync(phone, "public-phone");

        // The staff page is not reloaded: the bell's 2 s polling brings the notification in.
        await Assertions.Expect(sales.Locator("[data-testid=bell-count]"))
            .ToHaveAttributeAsync("data-count", (before + 1).ToString());
        await sales.GotoAsync("/Notifications");
        await Assertions.Expect(sales.Locator("[data-testid=notification]", new() { HasText = "客户已查看" })).ToContainTextAsync("Q-2026-0001");

        // The customer opens the accept step, signs with a finger-drawn signature and accepts.
        await Assertions.Expect(phone.Locator("[data-testid=accept-form]")).ToHaveCountAsync(0);
        await phone.ClickAsync("[data-testid=accept-open]");
        await Assertions.Expect(phone.Locator("[data-testid=accept-form]")).ToBeVisibleAsync();
        await phone.FillAsync("[data-testid=accept-name]", "王经理");
        await phone.Locator("#signature-pad").ScrollIntoViewIfNeededAsync();
        var pad = await phone.Locator("#signature-pad").BoundingBoxAsync();
        await phone.Mouse.MoveAsync(pad!.X + 20, pad.Y + 40);
        await phone.Mouse.DownAsync();
        await phone.Mouse.MoveAsync(pad.X + 120, pad.Y + 90, new() { Steps = 5 });
        await phone.Mouse.UpAsync();
        Assert.StartsWith("data:image/png;base64,", await phone.InputValueAsync("#signature"));
        await phone.ClickAsync("[data-testid=accept]");
        await Assertions.Expect(phone.Locator("[data-testid=public-accepted]")).ToContainTextAsync("王经理");
        await Assertions.Expect(phone.Locator("[data-testid=accept-form]")).ToHaveCountAsync(0);
    }
}

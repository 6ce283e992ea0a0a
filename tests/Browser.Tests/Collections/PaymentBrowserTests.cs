using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using SalesSuite.Collections.Data;
using SalesSuite.Quotes.Contracts;
using SalesSuite.Testing;

namespace SalesSuite.Browser.Tests.Collections;

public sealed class PaymentBrowserTests(BrowserFixture fx) : IClassFixture<BrowserFixture>
{
    /// <summary>A real 1×1 PNG, as a phone camera or scanner would give (the type is sniffed from its bytes).</summary>
    private static readonly byte[] ReceiptImage = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    [Fact]
    public async Task Given_an_accepted_quote_When_Finance_records_its_first_milestone_with_a_receipt_image_Then_the_milestone_turns_paid()
    {
        var app = fx.App;
        var customerId = Guid.NewGuid();
        await app.ConsumeAsync(Events.CustomerRegistered(customerId: customerId, code: "CBRW0001", name: "杭州浏览器测试医疗器械有限公司"));
        var accepted = Events.QuoteAccepted(customerId: customerId, ownerId: await app.UserIdAsync("sales01"), amount: 100_000m,
            paymentSchedule: [new PaymentMilestone("首付款", 30m, 30_000m, null, 0), new PaymentMilestone("到货款", 70m, 70_000m, null, 30)]);
        await app.ConsumeAsync(accepted);
        var milestoneId = await app.InScopeAsync(sp => sp.GetRequiredService<CollectionsDbContext>().Receivables
            .Where(r => r.DealId == accepted.DealId && r.Sequence == 1).Select(r => r.Id).SingleAsync());
        var page = await fx.NewPageAsync();
        await fx.SignInAsync(page, "finance");

        await page.GotoAsync($"/Collections/Payments/New?receivableId={milestoneId}");
        var line = page.Locator($"[data-testid=payment-line][data-receivable='{milestoneId}'] [data-testid=payment-line-amount]");
        await Assertions.Expect(line).ToHaveValueAsync("30000.00");
        await Assertions.Expect(page.Locator("[data-testid=payment-mode-ByHand]")).ToBeCheckedAsync();
        await page.FillAsync("[data-testid=payment-reference]", "CMB 2026 1123 0001");
        await page.FillAsync("[data-testid=payment-payer]", "杭州浏览器测试医疗器械有限公司");
        await page.SetInputFilesAsync("[data-testid=payment-receipt]",
            new FilePayload { Name = "回单.png", MimeType = "image/png", Buffer = ReceiptImage });
        await page.ClickAsync("[data-testid=payment-submit]");

        await page.WaitForURLAsync(u => u.Contains("/Collections/Payments/Detail", StringComparison.Ordinal));
        var status = page.Locator($"[data-testid=payment-allocation][data-receivable='{milestoneId}'] [data-testid=allocation-status]");
        await Assertions.Expect(status).ToHaveAttributeAsync("data-status", "Paid");
        await Assertions.Expect(status).ToHaveTextAsync("已回款");
        await Assertions.Expect(page.Locator("[data-testid=payment-receipt-link]")).ToHaveTextAsync("回单.png");
        await Assertions.Expect(page.Locator("[data-testid=payment-unallocated]")).ToHaveTextAsync("0.00");
        await ShotAsync(page, "payment-detail");

        // The same pages on a 390 px phone: nothing wider than the screen.
        var phone = await fx.NewPageAsync(390, 844);
        await fx.SignInAsync(phone, "finance");
        foreach (var url in new[] { page.Url, $"/Collections/Payments/New?customerId={customerId}", "/Collections/Payments" })
        {
            await phone.GotoAsync(url);
            await Assertions.Expect(phone.Locator("h1")).ToBeVisibleAsync();
            var width = await phone.EvaluateAsync<int>("document.documentElement.scrollWidth");
            await ShotAsync(phone, "payment-phone-" + new Uri(phone.Url).AbsolutePath.Split('/')[^1]);
            Assert.True(width <= 390, $"{url} overflows the phone: {width}px");
        }
    }

    private static async Task ShotAsync(IPage page, string name)
    {
        var folder = Path.Combine(Path.GetTempPath(), "collections-shots");
        Directory.CreateDirectory(folder);
        await page.ScreenshotAsync(new() { Path = Path.Combine(folder, name + ".png"), FullPage = true });
    }
}

using Microsoft.Playwright;
using SalesSuite.Testing;

namespace SalesSuite.Browser.Tests.Quotes;

/// <summary>The customer's QR page is live: a change made by the salesperson reaches the open page without a reload.</summary>
public sealed class LiveQuoteBrowserTests(BrowserFixture fx) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Given_the_customer_has_the_QR_page_open_When_the_salesperson_revokes_the_link_Then_a_banner_shows_and_accepting_is_disabled()
    {
        var sales = await fx.NewPageAsync(1280, 800);
        await fx.SignInAsync(sales, "sales07");
        await sales.GotoAsync("/Quotes");
        await sales.ClickAsync("text=Q-2026-0001");
        var link = await sales.GetAttributeAsync("[data-testid=public-link]", "href");

        var phone = await fx.NewPageAsync(390, 844);
        await phone.GotoAsync(link!);
        await Assertions.Expect(phone.Locator("[data-testid=public-version]")).ToContainTextAsync("V3.2");
        await phone.ClickAsync("[data-testid=accept-open]");
        await Assertions.Expect(phone.Locator("[data-testid=accept]")).ToBeEnabledAsync();
        await Assertions.Expect(phone.Locator("[data-testid=live-banner]")).ToHaveCountAsync(0);

        await sales.ClickAsync("[data-testid=revoke-link]");
        await sales.Locator("[data-testid=flash]").WaitForAsync();

        // No reload of the customer's page: its poll (every 5 s) brings the banner.
        await Assertions.Expect(phone.Locator("[data-testid=live-banner]")).ToHaveAttributeAsync("data-phase", "Revoked");
        await Assertions.Expect(phone.Locator("[data-testid=live-banner]")).Not.ToBeEmptyAsync();
        await Assertions.Expect(phone.Locator("[data-testid=accept]")).ToBeDisabledAsync();
        await Assertions.Expect(phone.Locator("[data-testid=accept-name]")).ToBeDisabledAsync();
    }
}

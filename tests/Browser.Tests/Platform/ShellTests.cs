using Microsoft.Playwright;
using SalesSuite.Testing;

namespace SalesSuite.Browser.Tests.Platform;

/// <summary>The shell in a real browser: sign-in, language, navigation on desktop and phone, live bell.</summary>
public sealed class ShellTests(BrowserFixture fx) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Given_a_demo_user_When_signing_in_Then_the_home_page_shows_the_navigation()
    {
        var page = await fx.NewPageAsync();

        await fx.SignInAsync(page, "sales01");

        await Assertions.Expect(page.Locator("#main-nav")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-testid=user-menu]")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Given_a_wrong_password_When_signing_in_Then_the_message_is_shown_on_the_form()
    {
        var page = await fx.NewPageAsync(locale: "en-US");
        await page.GotoAsync("/Account/Login");
        await page.FillAsync("#Input_UserName", "sales02");
        await page.FillAsync("#Input_Password", "definitely-wrong");

        await page.ClickAsync("[data-testid=login-submit]");

        await Assertions.Expect(page.Locator(".validation-summary-errors")).ToContainTextAsync("User name or password is wrong");
        Assert.Contains("/Account/Login", page.Url);
    }

    [Fact]
    public async Task Given_a_Chinese_user_When_switching_to_English_Then_the_nav_is_English_and_stays_so_after_navigating()
    {
        var page = await fx.NewPageAsync(locale: "zh-CN");
        await fx.SignInAsync(page, "sales03");
        await Assertions.Expect(page.Locator("#main-nav a[href='/']")).ToHaveTextAsync("首页");

        await page.ClickAsync("[data-testid=switch-language]");

        await Assertions.Expect(page.Locator("#main-nav a[href='/']")).ToHaveTextAsync("Home");
        await page.ClickAsync("#main-nav a[data-module=Leads]");
        await page.WaitForURLAsync("**/Leads**");
        await Assertions.Expect(page.Locator("#main-nav a[href='/']")).ToHaveTextAsync("Home");
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
    }

    [Fact]
    public async Task Given_the_director_on_a_desktop_When_opening_each_module_from_the_nav_Then_its_landing_page_shows()
    {
        var page = await fx.NewPageAsync(1280, 800);
        await fx.SignInAsync(page, "director");
        var modules = await page.Locator("#main-nav a[data-module]").EvaluateAllAsync<string[]>("els => els.map(e => e.dataset.module)");
        Assert.Equal(SalesSuite.Host.Web.HostModules.All.Select(m => m.Name).Order(), modules.Order());

        foreach (var module in modules)
        {
            await page.ClickAsync($"#main-nav a[data-module={module}]");
            await Assertions.Expect(page.Locator($"[data-testid=module-landing][data-module={module}]")).ToBeVisibleAsync();
            await Assertions.Expect(page.Locator($"#main-nav a[data-module={module}]"))
                .ToHaveClassAsync(new System.Text.RegularExpressions.Regex("active"));
        }
    }

    [Fact]
    public async Task Given_a_phone_When_tapping_the_menu_toggle_Then_the_nav_opens_and_leads_to_a_module()
    {
        var page = await fx.NewPageAsync(390, 844);
        await fx.SignInAsync(page, "sales01");
        var nav = page.Locator("#main-nav");
        await Assertions.Expect(nav).ToBeHiddenAsync();

        await page.ClickAsync("[data-nav-toggle]");

        await Assertions.Expect(nav).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-nav-toggle]")).ToHaveAttributeAsync("aria-expanded", "true");
        await page.ClickAsync("#main-nav a[data-module=Leads]");
        await Assertions.Expect(page.Locator("[data-testid=module-landing][data-module=Leads]")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Given_a_signed_in_user_When_a_module_raises_a_notification_Then_the_bell_count_changes_without_reload()
    {
        var page = await fx.NewPageAsync();
        await fx.SignInAsync(page, "sales04");
        var bell = page.Locator("[data-testid=bell-count]");
        await Assertions.Expect(bell).ToBeAttachedAsync();
        var before = int.Parse(await bell.GetAttributeAsync("data-count") ?? "0", System.Globalization.CultureInfo.InvariantCulture);
        var navigations = 0;
        page.FrameNavigated += (_, frame) => { if (frame == page.MainFrame) navigations++; };

        await fx.App.PublishNotificationAsync(await fx.App.UserIdAsync("sales04"));

        await Assertions.Expect(bell).ToHaveAttributeAsync("data-count", (before + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(0, navigations);
    }
}

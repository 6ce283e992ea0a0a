using Microsoft.Playwright;
using Xunit;

namespace SalesSuite.Testing;

/// <summary>
/// One app on Kestrel and one Debian Chromium per test class; each test takes a fresh context.
/// Recipe: shared/browser-tests.md (no browser download works here).
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public KestrelAppFactory App { get; } = new();
    public IBrowser Browser { get; private set; } = null!;
    private IPlaywright? _playwright;

    public string BaseUrl => App.BaseUrl;

    public async Task InitializeAsync()
    {
        _ = App.BaseUrl;
        Assertions.SetDefaultExpectTimeout(30_000);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    // A fake microphone (a tone) that needs no permission prompt, for the voice-note tests.
                    "--use-fake-device-for-media-stream", "--use-fake-ui-for-media-stream"],
        });
    }

    /// <summary>Desktop 1280x800 unless given; tablet 1024x768, phone 390x844.</summary>
    public async Task<IPage> NewPageAsync(int width = 1280, int height = 800, string locale = "zh-CN", Geolocation? geolocation = null)
    {
        var context = await Browser.NewContextAsync(new()
        {
            BaseURL = BaseUrl,
            ViewportSize = new() { Width = width, Height = height },
            Locale = locale,
            Geolocation = geolocation,
            Permissions = geolocation is null ? [] : ["geolocation"],
        });
        // Generous: every wait is on a condition, so a busy 2-core machine only makes it slower, never wrong.
        context.SetDefaultTimeout(30_000);
        return await context.NewPageAsync();
    }

    public async Task SignInAsync(IPage page, string userName)
    {
        await page.GotoAsync("/Account/Login");
        await page.FillAsync("#Input_UserName", userName);
        await page.FillAsync("#Input_Password", SignedInClient.Password);
        await page.ClickAsync("[data-testid=login-submit]");
        // Wait on what the person sees (the signed-in shell), not on the load event: after a POST + redirect the
        // load event can be missed on a busy machine (CI timed out here once with the page long since drawn).
        await page.WaitForURLAsync(url => !url.Contains("/Account/Login"), new() { WaitUntil = WaitUntilState.Commit });
        await page.Locator("[data-testid=user-menu]").WaitForAsync();
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }
        _playwright?.Dispose();
        await App.DisposeAsync();
    }
}

using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using SalesSuite.Stores.Data;
using SalesSuite.Stores.Domain;
using SalesSuite.Testing;

namespace SalesSuite.Browser.Tests.Stores;

/// <summary>The store manager's tablet (1024×768) with the browser's faked position: check in inside, and a refusal 2 km away.</summary>
public sealed class DayBrowserTests(BrowserFixture fx) : IClassFixture<BrowserFixture>
{
    private const double Lat = 31.2304;
    private const double Lng = 121.4737;

    private async Task<Guid> StoreAsync(string code)
    {
        var store01 = await fx.App.UserIdAsync("store01");
        var store = new Store(Guid.NewGuid(), code, "浏览器测试店 " + code, "上海市黄浦区", "华东", Lat, Lng);
        store.SetFence(500, 8);
        store.AssignPeople(null, [store01]);
        await fx.App.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<StoresDbContext>();
            db.Stores.Add(store);
            await db.SaveChangesAsync();
        });
        return store.Id;
    }

    /// <summary>A 1024×768 tablet whose browser reports <paramref name="latitude"/> (about 111 m per 0.001°) at 15 m accuracy.</summary>
    private Task<IPage> TabletAtAsync(double latitude) =>
        fx.NewPageAsync(1024, 768, geolocation: new Geolocation { Latitude = (float)latitude, Longitude = (float)Lng, Accuracy = 15 });

    [Fact]
    public async Task Given_store01_on_the_tablet_inside_the_fence_When_checking_in_Then_the_check_in_shows_and_the_report_counts_down()
    {
        var storeId = await StoreAsync("BR-DAY-IN");
        var page = await TabletAtAsync(Lat + 0.0009);
        await fx.SignInAsync(page, "store01");
        await page.GotoAsync($"/Stores/Day?storeId={storeId}");
        await Assertions.Expect(page.Locator("[data-testid=write-report]")).ToBeDisabledAsync();
        var quality = page.Locator("[data-testid=day-quality-link]");
        await Assertions.Expect(quality).ToHaveTextAsync("本月日报质量");
        await Assertions.Expect(quality).ToHaveAttributeAsync("href", "/Stores/Quality");

        await page.ClickAsync("[data-testid=checkin-button]");

        await Assertions.Expect(page.Locator("[data-testid=checkin-message]")).ToContainTextAsync("签到成功");
        await Assertions.Expect(page.Locator("[data-testid=checked-in]")).ToBeVisibleAsync();
        var countdown = page.Locator("[data-testid=dwell-countdown]");
        await Assertions.Expect(countdown).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^0[78]:[0-5]\\d$"));
        var first = await countdown.TextContentAsync();
        // The little script counts down by itself (the server still decides on submit).
        await Assertions.Expect(countdown).Not.ToHaveTextAsync(first!);
        await Assertions.Expect(page.Locator("[data-testid=write-report]")).ToBeDisabledAsync();
        var box = await page.Locator("[data-testid=checkin-button]").BoundingBoxAsync();
        Assert.True(box!.Height >= 44, $"check-in button is {box.Height}px high");
        Assert.True(await page.EvaluateAsync<int>("document.documentElement.scrollWidth") <= 1024);
        await ShotAsync(page, "day-tablet");

        // The same day on a 390 px phone: nothing wider than the screen.
        var phone = await fx.NewPageAsync(390, 844);
        await fx.SignInAsync(phone, "store01");
        await phone.GotoAsync($"/Stores/Day?storeId={storeId}");
        await Assertions.Expect(phone.Locator("[data-testid=checked-in]")).ToBeVisibleAsync();
        await ShotAsync(phone, "day-phone");
        Assert.True(await phone.EvaluateAsync<int>("document.documentElement.scrollWidth") <= 390);
    }

    private static async Task ShotAsync(IPage page, string name)
    {
        var folder = Path.Combine(Path.GetTempPath(), "stores-shots");
        Directory.CreateDirectory(folder);
        await page.ScreenshotAsync(new() { Path = Path.Combine(folder, name + ".png"), FullPage = true });
    }

    [Fact]
    public async Task Given_store01_2_km_away_When_checking_in_Then_the_refusal_says_how_far_and_nothing_counts_down()
    {
        var storeId = await StoreAsync("BR-DAY-OUT");
        var page = await TabletAtAsync(Lat + 0.018);
        await fx.SignInAsync(page, "store01");
        await page.GotoAsync($"/Stores/Day?storeId={storeId}");

        await page.ClickAsync("[data-testid=checkin-button]");

        var message = page.Locator("[data-testid=checkin-message]");
        await Assertions.Expect(message).ToContainTextAsync("米围栏之外");
        await Assertions.Expect(message).ToContainTextAsync(new System.Text.RegularExpressions.Regex("您距离门店 (19\\d\\d|20\\d\\d) 米"));
        await Assertions.Expect(page.Locator("[data-testid=not-checked-in]")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-testid=dwell-countdown]")).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("[data-testid=write-report]")).ToBeDisabledAsync();
        await ShotAsync(page, "day-refused");
    }
}

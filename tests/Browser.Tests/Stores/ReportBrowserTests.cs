using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using NodaTime;
using SalesSuite.SharedKernel.Time;
using SalesSuite.Stores.Data;
using SalesSuite.Stores.Domain;
using SalesSuite.Testing;
using SkiaSharp;

namespace SalesSuite.Browser.Tests.Stores;

/// <summary>The tablet's daily report (1024×768, faked geolocation): three camera photos, a feedback line, send.</summary>
public sealed class ReportBrowserTests(BrowserFixture fx) : IClassFixture<BrowserFixture>
{
    private const double StoreLatitude = 31.2304;
    private const double StoreLongitude = 121.4737;

    [Fact]
    public async Task Given_store01_checked_in_9_minutes_ago_inside_the_fence_When_sending_three_photos_and_a_feedback_line_Then_confirmed()
    {
        var storeId = await StoreCheckedInAsync("BRW1");
        var page = await fx.NewPageAsync(1024, 768, geolocation: At(StoreLatitude + 0.0004));
        await fx.SignInAsync(page, "store01");

        await page.GotoAsync($"/Stores/Report?storeId={storeId}");
        for (var i = 1; i <= 3; i++)
        {
            await page.SetInputFilesAsync($"[data-testid=report-shelf-{i}]",
                new FilePayload { Name = $"shelf{i}.jpg", MimeType = "image/jpeg", Buffer = Jpeg(i) });
        }
        await Assertions.Expect(page.Locator(".store-report-photo img:visible")).ToHaveCountAsync(3);
        await page.SelectOptionAsync("[data-testid=report-feedback-category]", "price");
        await page.SelectOptionAsync("[data-testid=report-feedback-option]", "above-b");
        await page.FillAsync("[data-testid=report-feedback-question]", "隔壁同款便宜两块？");
        await page.ClickAsync("[data-testid=report-promotion-no]");
        foreach (var select in await page.Locator("[data-testid=report-rollout]").AllAsync())
        {
            await select.SelectOptionAsync("on-shelf");
        }
        await page.ClickAsync("[data-testid=report-submit]");

        var confirmation = page.Locator("[data-testid=report-confirmation]");
        await Assertions.Expect(confirmation).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-testid=report-sum-shelf]")).ToHaveTextAsync("3");
        await Assertions.Expect(page.Locator("[data-testid=report-compliance]")).ToHaveAttributeAsync("data-compliance", DailyReport.InFence);
        var reportId = await confirmation.GetAttributeAsync("data-report");
        await Assertions.Expect(page.Locator("[data-testid=report-detail-link]"))
            .ToHaveAttributeAsync("href", $"/Stores/Reports/Detail?id={reportId}");
        var saved = await fx.App.InScopeAsync(sp => sp.GetRequiredService<StoresDbContext>().Reports.Include(r => r.Feedback)
            .SingleAsync(r => r.StoreId == storeId));
        Assert.Equal(("above-b", "隔壁同款便宜两块？"), (saved.Feedback[0].OptionCode, saved.Feedback[0].Question));
        // The draft is gone: opening the page again shows today's report, not a form.
        await page.GotoAsync($"/Stores/Report?storeId={storeId}");
        await Assertions.Expect(page.Locator("[data-testid=report-confirmation]")).ToBeVisibleAsync();
        Assert.Equal(0, await page.EvaluateAsync<int>("Object.keys(localStorage).filter(k => k.startsWith('stores-report:')).length"));
        await ShotAsync(page, "report-confirmation");
    }

    [Fact]
    public async Task Given_store01_at_the_store_When_checking_in_on_the_day_page_waiting_the_dwell_and_sending_three_photos_Then_confirmed()
    {
        var storeId = await StoreAsync("BRW4", checkedInMinutesAgo: null);
        var page = await fx.NewPageAsync(1024, 768, geolocation: At(StoreLatitude + 0.0005));
        await fx.SignInAsync(page, "store01");
        await page.GotoAsync($"/Stores/Day?storeId={storeId}");
        await Assertions.Expect(page.Locator("[data-testid=write-report]")).ToBeDisabledAsync();

        await page.ClickAsync("[data-testid=checkin-button]");
        await Assertions.Expect(page.Locator("[data-testid=checked-in]")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-testid=write-report]")).ToBeDisabledAsync();
        // The minimum dwell (8 min) passes on the server's clock; the day page opens the report.
        fx.App.Clock.Advance(Duration.FromMinutes(9));
        await page.ReloadAsync();
        await Assertions.Expect(page.Locator("[data-testid=write-report]")).ToBeEnabledAsync();
        await page.ClickAsync("[data-testid=write-report]");
        await page.WaitForURLAsync($"**/Stores/Report?storeId={storeId}**");
        for (var i = 1; i <= 3; i++)
        {
            await page.SetInputFilesAsync($"[data-testid=report-shelf-{i}]",
                new FilePayload { Name = $"shelf{i}.jpg", MimeType = "image/jpeg", Buffer = Jpeg(i + 3) });
        }
        await page.ClickAsync("[data-testid=report-promotion-no]");
        foreach (var select in await page.Locator("[data-testid=report-rollout]").AllAsync())
        {
            await select.SelectOptionAsync("on-shelf");
        }
        await page.ClickAsync("[data-testid=report-submit]");

        await Assertions.Expect(page.Locator("[data-testid=report-confirmation]")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-testid=report-compliance]")).ToHaveAttributeAsync("data-compliance", DailyReport.InFence);
        var report = await fx.App.InScopeAsync(sp => sp.GetRequiredService<StoresDbContext>().Reports.Include(r => r.Files)
            .SingleAsync(r => r.StoreId == storeId));
        Assert.Equal(3, report.Files.Count(f => f.Kind == FileKind.ShelfPhoto));
        Assert.True(report.DwellMinutes >= 9);
    }

    [Fact]
    public async Task Given_the_tablet_outside_the_fence_When_sending_Then_the_refusal_says_why_and_the_typed_text_survives_a_reload()
    {
        var storeId = await StoreCheckedInAsync("BRW2");
        var page = await fx.NewPageAsync(1024, 768, geolocation: At(StoreLatitude + 0.02));
        await fx.SignInAsync(page, "store01");
        await page.GotoAsync($"/Stores/Report?storeId={storeId}");
        var key = await page.InputValueAsync("[name='Input.IdempotencyKey']");
        for (var i = 1; i <= 3; i++)
        {
            await page.SetInputFilesAsync($"[data-testid=report-shelf-{i}]",
                new FilePayload { Name = $"shelf{i}.jpg", MimeType = "image/jpeg", Buffer = Jpeg(i) });
        }
        await page.FillAsync("[data-testid=report-competitor]", "对面门店买一送一");
        await page.ClickAsync("[data-testid=report-promotion-no]");
        foreach (var select in await page.Locator("[data-testid=report-rollout]").AllAsync())
        {
            await select.SelectOptionAsync("arrived");
        }

        await page.ClickAsync("[data-testid=report-submit]");

        var error = page.Locator("[data-testid=report-error]");
        await Assertions.Expect(error).ToContainTextAsync("米围栏之外");
        await ShotAsync(page, "report-refused");
        var refused = await fx.App.InScopeAsync(sp => sp.GetRequiredService<StoresDbContext>().Refusals
            .SingleAsync(r => r.StoreId == storeId && r.Action == FenceRefusalLog.ReportAction));
        Assert.Equal(FenceRefusal.OutsideFence, refused.Reason);
        // Weak connection: everything typed comes back with the same key when the page is opened again.
        await page.ReloadAsync();
        await Assertions.Expect(page.Locator("[data-testid=report-competitor]")).ToHaveValueAsync("对面门店买一送一");
        Assert.Equal(key, await page.InputValueAsync("[name='Input.IdempotencyKey']"));
        await Assertions.Expect(page.Locator("[data-testid=report-promotion-no]")).ToBeCheckedAsync();
        // The photos come back too (IndexedDB): previews shown and the files back in their inputs.
        await Assertions.Expect(page.Locator("[data-testid^=report-shelf-] ~ img:visible")).ToHaveCountAsync(3);
        for (var i = 1; i <= 3; i++)
        {
            Assert.Equal(1, await page.Locator($"[data-testid=report-shelf-{i}]").EvaluateAsync<int>("i => i.files.length"));
        }

        // Inside the fence now: the same page sends without picking the photos again.
        await page.Context.SetGeolocationAsync(At(StoreLatitude + 0.0004));
        await page.ClickAsync("[data-testid=report-submit]");
        await Assertions.Expect(page.Locator("[data-testid=report-confirmation]")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-testid=report-compliance]")).ToHaveAttributeAsync("data-compliance", DailyReport.InFence);
        var report = await fx.App.InScopeAsync(sp => sp.GetRequiredService<StoresDbContext>().Reports.Include(r => r.Files)
            .SingleAsync(r => r.StoreId == storeId));
        Assert.Equal(3, report.Files.Count(f => f.Kind == FileKind.ShelfPhoto));
        Assert.Equal(key, report.IdempotencyKey);
        // The kept files are gone with the draft.
        var kept = -1;
        for (var tries = 0; tries < 50 && kept != 0; tries++)
        {
            kept = await page.EvaluateAsync<int>(FilesKeptScript);
            if (kept != 0) await Task.Delay(100);
        }
        Assert.Equal(0, kept);
    }

    [Fact]
    public async Task Given_a_390px_phone_When_store01_opens_the_report_form_Then_nothing_is_wider_than_the_screen_and_stop_is_hidden()
    {
        var storeId = await StoreCheckedInAsync("BRW3");
        var phone = await fx.NewPageAsync(390, 844, geolocation: At(StoreLatitude));
        await fx.SignInAsync(phone, "store01");

        await phone.GotoAsync($"/Stores/Report?storeId={storeId}");

        await Assertions.Expect(phone.Locator("[data-testid=report-submit]")).ToBeVisibleAsync();
        await Assertions.Expect(phone.Locator("[data-rec-stop]")).ToBeHiddenAsync();
        var width = await phone.EvaluateAsync<int>("document.documentElement.scrollWidth");
        await ShotAsync(phone, "report-phone");
        Assert.True(width <= 390, $"the report form overflows the phone: {width}px");
        var submitHeight = await phone.Locator("[data-testid=report-submit]").EvaluateAsync<double>("b => b.getBoundingClientRect().height");
        Assert.True(submitHeight >= 44, $"the send button is {submitHeight}px high");
    }

    /// <summary>How many drafts' files the report form keeps in IndexedDB.</summary>
    private const string FilesKeptScript = """
        () => new Promise((resolve) => {
          const open = indexedDB.open("stores-report", 1);
          open.onupgradeneeded = () => open.result.createObjectStore("files");
          open.onerror = () => resolve(-1);
          open.onsuccess = () => {
            const count = open.result.transaction("files").objectStore("files").count();
            count.onsuccess = () => { open.result.close(); resolve(count.result); };
          };
        })
        """;

    private Task<Guid> StoreCheckedInAsync(string code) => StoreAsync(code, checkedInMinutesAgo: 9);

    private async Task<Guid> StoreAsync(string code, int? checkedInMinutesAgo)
    {
        var storeId = Guid.NewGuid();
        var store01 = await fx.App.UserIdAsync("store01");
        await fx.App.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<StoresDbContext>();
            var clock = sp.GetRequiredService<BusinessClock>();
            var store = new Store(storeId, code, "浏览器测试店 " + code, "南京西路 1 号", "East-" + code, StoreLatitude, StoreLongitude);
            store.AssignPeople(null, [store01]);
            db.Stores.Add(store);
            db.Promotions.Add(new Promotion(Guid.NewGuid(), "P-" + code, "第二件半价", "second-half", clock.Today, clock.Today.PlusDays(7),
                "East-" + code));
            if (!await db.FeedbackCategories.AnyAsync(c => c.Code == "price"))
            {
                var price = new FeedbackCategory(Guid.NewGuid(), "price", "价格异议", 1);
                price.ReplaceOptions([new FeedbackOption("above-a", "高于竞品A"), new FeedbackOption("above-b", "高于竞品B")]);
                db.FeedbackCategories.Add(price);
                db.Products.Add(new NewProduct(Guid.NewGuid(), "SKU-BRW", "新品气泡水", clock.Today));
            }
            if (checkedInMinutesAgo is { } minutes)
            {
                var inside = new GeoPosition(StoreLatitude, StoreLongitude, 10);
                db.CheckIns.Add(new CheckIn(Guid.NewGuid(), storeId, store01, clock.Now - Duration.FromMinutes(minutes), clock.Today, inside,
                    Geofence.Check(store, inside)));
            }
            await db.SaveChangesAsync();
        });
        return storeId;
    }

    /// <summary>The tablet's faked position: north of the store by the given latitude, 15 m accurate.</summary>
    private static Geolocation At(double latitude) => new() { Latitude = (float)latitude, Longitude = (float)StoreLongitude, Accuracy = 15 };

    private static byte[] Jpeg(int seed)
    {
        using var bitmap = new SKBitmap(320, 240);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(new SKColor((byte)(40 * seed), 120, 200));
        }
        using var data = bitmap.Encode(SKEncodedImageFormat.Jpeg, 80);
        return data.ToArray();
    }

    private static async Task ShotAsync(IPage page, string name)
    {
        var folder = Path.Combine(Path.GetTempPath(), "stores-shots");
        Directory.CreateDirectory(folder);
        await page.ScreenshotAsync(new() { Path = Path.Combine(folder, name + ".png"), FullPage = true });
    }
}

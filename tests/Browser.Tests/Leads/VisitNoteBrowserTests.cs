using Microsoft.Playwright;
using SalesSuite.Testing;

namespace SalesSuite.Browser.Tests.Leads;

/// <summary>
/// The follow-up form on a 390 px phone: the voice note's controls (Chromium's fake microphone, see
/// <see cref="BrowserFixture"/>) and the device's position (a granted fake geolocation), as the owner's manager then sees them.
/// </summary>
public sealed class VisitNoteBrowserTests(BrowserFixture fx) : IClassFixture<BrowserFixture>
{
    private static readonly Geolocation Shaoxing = new() { Latitude = 30.0303f, Longitude = 120.5802f, Accuracy = 18 };

    [Fact]
    public async Task Given_the_follow_up_form_on_a_phone_When_nothing_is_recorded_yet_Then_only_the_record_button_shows()
    {
        var page = await fx.NewPageAsync(390, 844);
        await fx.SignInAsync(page, "sales01");
        await page.GotoAsync("/Leads/FollowUps/New");

        var voice = page.Locator("[data-voice]");
        await Assertions.Expect(voice.Locator("[data-testid=voice-record]")).ToBeVisibleAsync();
        await Assertions.Expect(voice.Locator("[data-voice-stop]")).Not.ToBeVisibleAsync();
        await Assertions.Expect(voice.Locator("[data-voice-clear]")).Not.ToBeVisibleAsync();
        await Assertions.Expect(voice.Locator("audio")).Not.ToBeVisibleAsync();
        // The page fits the phone: nothing is wider than the viewport.
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= 390"));
    }

    [Fact]
    public async Task Given_a_fake_microphone_When_recording_then_stopping_then_clearing_Then_stop_and_clear_show_only_when_they_apply()
    {
        var page = await fx.NewPageAsync(390, 844);
        await page.Context.GrantPermissionsAsync(["microphone"]);
        await fx.SignInAsync(page, "sales01");
        await page.GotoAsync("/Leads/FollowUps/New");
        var voice = page.Locator("[data-voice]");
        var stop = voice.Locator("[data-voice-stop]");
        var clear = voice.Locator("[data-voice-clear]");

        await voice.Locator("[data-testid=voice-record]").ClickAsync();
        await Assertions.Expect(stop).ToBeVisibleAsync();
        await Assertions.Expect(voice.Locator("[data-testid=voice-record]")).Not.ToBeVisibleAsync();
        await Assertions.Expect(clear).Not.ToBeVisibleAsync();
        // The status counts the seconds while recording: wait for the first one, then stop.
        await Assertions.Expect(voice.Locator("[data-voice-status]")).ToContainTextAsync("1 / 30 s");
        await stop.ClickAsync();

        await Assertions.Expect(clear).ToBeVisibleAsync();
        await Assertions.Expect(stop).Not.ToBeVisibleAsync();
        await Assertions.Expect(voice.Locator("audio")).ToBeVisibleAsync();
        Assert.Equal(1, await page.EvaluateAsync<int>("() => document.querySelector('[data-voice] input[type=file]').files.length"));

        await clear.ClickAsync();
        await Assertions.Expect(clear).Not.ToBeVisibleAsync();
        await Assertions.Expect(voice.Locator("audio")).Not.ToBeVisibleAsync();
        Assert.Equal(0, await page.EvaluateAsync<int>("() => document.querySelector('[data-voice] input[type=file]').files.length"));
    }

    [Fact]
    public async Task Given_a_granted_position_on_a_phone_When_the_follow_up_is_saved_Then_the_manager_sees_where_it_was_logged()
    {
        var page = await fx.NewPageAsync(390, 844, geolocation: Shaoxing);
        await fx.SignInAsync(page, "sales01");
        await page.GotoAsync("/Leads/FollowUps/New");
        var summary = $"现场拜访设备科，确认滤芯更换周期 {Guid.NewGuid():N}"[..40];

        await page.Locator("input[name='Form.Objective']").First.CheckAsync();
        await page.Locator("[data-testid=followup-summary]").FillAsync(summary);
        await page.Locator("[data-testid=position-get]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-position-status]")).ToContainTextAsync("30.03030, 120.58020 ±18 m");
        Assert.Equal("30.030300", await page.Locator("[data-position-lat]").InputValueAsync());
        await page.Locator("[data-testid=followup-submit]").ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/FollowUps/New"));

        var manager = await fx.NewPageAsync(390, 844);
        await fx.SignInAsync(manager, "mgr.east");
        await manager.GotoAsync("/Leads/Visits");
        var row = manager.Locator("[data-testid=visits] tr", new() { HasText = summary });
        await Assertions.Expect(row.Locator(".reach-visit-position")).ToContainTextAsync("30.030300, 120.580200 ±18 m");
    }
}

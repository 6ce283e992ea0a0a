using Microsoft.Playwright;
using SalesSuite.Testing;

namespace SalesSuite.Browser.Tests.Platform;

/// <summary>
/// The admin's channel set-up and a person's channel preferences on a 390 px phone. The demo's robots are seeded switched
/// off (nothing is sent); the admin switches WeCom on, and only then can a person choose it. The channel dispatcher is off
/// in tests, so nothing leaves the machine either way.
/// </summary>
public sealed class ChannelPagesBrowserTests(BrowserFixture fx) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Given_the_demo_channels_When_the_admin_switches_wecom_on_and_a_person_chooses_it_Then_both_pages_show_it_after_a_reload()
    {
        var admin = await fx.NewPageAsync(390, 844);
        await fx.SignInAsync(admin, "admin");
        await admin.GotoAsync("/Admin/Channels");
        var wecom = admin.Locator("[data-testid=channels-WeCom]");
        Assert.Contains("demo.invalid", await wecom.Locator("input[name='Robot.Url']").InputValueAsync());
        var enabled = wecom.Locator("input[name='Robot.Enabled']");
        await Assertions.Expect(enabled).Not.ToBeCheckedAsync();
        await enabled.CheckAsync();
        await wecom.Locator("button[type=submit].btn-primary").ClickAsync();
        // The save's answer first: a reload while the form's POST is still navigating finds no page to reload.
        await admin.Locator("[data-testid=flash]").WaitForAsync();
        await admin.ReloadAsync();
        await Assertions.Expect(admin.Locator("[data-testid=channels-WeCom] input[name='Robot.Enabled']")).ToBeCheckedAsync();
        Assert.True(await admin.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= 390"));

        var person = await fx.NewPageAsync(390, 844);
        await fx.SignInAsync(person, "sales03");
        await person.GotoAsync("/Notifications/Preferences");
        var box = person.Locator("[data-testid=prefs-form] tbody tr").First.Locator("input[name=c][value$=':WeCom']");
        await Assertions.Expect(box).ToBeEnabledAsync();
        var type = await person.Locator("[data-testid=prefs-form] tbody tr").First.GetAttributeAsync("data-type");
        var was = await box.IsCheckedAsync();
        await box.SetCheckedAsync(!was);
        await person.Locator("[data-testid=prefs-save]").ClickAsync();
        await person.Locator("[data-testid=flash]").WaitForAsync();
        await person.GotoAsync("/Notifications/Preferences");
        var after = person.Locator($"[data-testid=prefs-form] tbody tr[data-type=\"{type}\"] input[name=c][value$=':WeCom']");
        if (was)
        {
            await Assertions.Expect(after).Not.ToBeCheckedAsync();
        }
        else
        {
            await Assertions.Expect(after).ToBeCheckedAsync();
        }
        Assert.True(await person.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= 390"));
    }
}

using System.Net;
using Microsoft.EntityFrameworkCore;
using SalesSuite.Goals.Domain;
using SalesSuite.Testing;

namespace SalesSuite.Goals.Tests.Integration;

/// <summary>/Goals/Config/Settings on the real host: defaults until saved, a save, refusals with nothing saved, stale 409.</summary>
public sealed class GoalsSettingsTests : IClassFixture<AppFactory>
{
    private const string Url = "/Goals/Config/Settings";
    private readonly AppFactory _app;

    public GoalsSettingsTests(AppFactory app) => _app = app;

    private static Dictionary<string, string> Form(int version, string share = "7.5", string top = "20", string missed = "4") => new()
    {
        ["Input.Version"] = version.ToString(),
        ["Input.RewardSharePercent"] = share,
        ["Input.RewardTopPercent"] = top,
        ["Input.MissedDays"] = missed,
        ["Input.HighActivityPercent"] = "120",
        ["Input.LowConversionPercent"] = "40",
        ["Input.Template[0].ActionCode"] = KeyActionType.KeyVisit,
        ["Input.Template[0].PerWeek"] = "4",
        ["Input.Template[1].ActionCode"] = KeyActionType.NewProspect,
        ["Input.Template[1].PerWeek"] = "5",
        ["Input.Template[1].Remove"] = "true",
        ["Input.Template[2].ActionCode"] = KeyActionType.QuoteSubmitted,
        ["Input.Template[2].PerWeek"] = "2",
        ["Input.Template[3].ActionCode"] = "",
        ["Input.Template[3].PerWeek"] = "0",
    };

    private Task<GoalsSettings?> RowAsync() => _app.GoalsAsync(db => db.Settings.AsNoTracking().FirstOrDefaultAsync());

    [Fact]
    public async Task Given_the_director_When_settings_are_read_saved_refused_and_stale_Then_only_the_valid_current_form_changes_them()
    {
        var director = await _app.SignInAsync("director", "en");

        var page = await director.GetAsync(Url);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("value=\"5", await page.Content.ReadAsStringAsync()); // the default share stands in
        Assert.Null(await RowAsync()); // a read never inserts

        var saved = await director.PostFormAsync(Url, Form(0), Url);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var row = await RowAsync();
        Assert.NotNull(row);
        Assert.Equal((7.5m, 20m, 4, 120, 40), (row.RewardSharePercent, row.RewardTopPercent, row.MissedDays, row.HighActivityPercent,
            row.LowConversionPercent));
        Assert.Equal([new TemplateLine(KeyActionType.KeyVisit, 4), new TemplateLine(KeyActionType.QuoteSubmitted, 2)], row.Template);
        // A second form that still shows the defaults (opened before the first save) is stale, not a silent overwrite.
        var defaultsForm = await director.PostFormAsync(Url, Form(0, missed: "9"), Url);
        Assert.Equal(HttpStatusCode.Conflict, defaultsForm.StatusCode);

        var tooMuch = await director.PostFormAsync(Url, Form(row.Version, share: "150", top: "30"), Url);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, tooMuch.StatusCode);
        Assert.Contains("The pool share is a percent from 0 to 100.", await tooMuch.Content.ReadAsStringAsync());
        var noTop = await director.PostFormAsync(Url, Form(row.Version, top: "0"), Url);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, noTop.StatusCode);
        var unknown = Form(row.Version);
        unknown["Input.Template[0].ActionCode"] = "no-such-action";
        var unknownAction = await director.PostFormAsync(Url, unknown, Url);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, unknownAction.StatusCode);
        var stale = await director.PostFormAsync(Url, Form(row.Version + 5, missed: "9"), Url);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);

        var after = await RowAsync();
        Assert.Equal((row.Version, 7.5m, 20m, 4), (after!.Version, after.RewardSharePercent, after.RewardTopPercent, after.MissedDays));
        Assert.Equal(2, after.Template.Count);

        var second = Form(row.Version, missed: "5");
        second["Input.Template[0].Remove"] = "true";
        Assert.Equal(HttpStatusCode.Redirect, (await director.PostFormAsync(Url, second, Url)).StatusCode);
        var last = await RowAsync();
        Assert.Equal(5, last!.MissedDays);
        Assert.Equal([new TemplateLine(KeyActionType.QuoteSubmitted, 2)], last.Template);
    }

    [Fact]
    public async Task Given_the_add_line_button_When_posted_Then_one_more_row_and_nothing_saved()
    {
        var admin = await _app.SignInAsync("admin");
        var form = Form(0, share: "9");

        var response = await admin.PostFormAsync(Url + "?handler=AddLine", form, Url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(5, html.Split("data-testid=\"goals-settings-template-line\"").Length - 1);
        Assert.NotEqual(9m, (await RowAsync())?.RewardSharePercent);
    }

    [Theory]
    [InlineData("mgr.east")]
    [InlineData("sales01")]
    [InlineData("gm")]
    public async Task Given_someone_who_does_not_configure_When_opening_settings_Then_forbidden(string user)
    {
        var client = await _app.SignInAsync(user);

        var response = await client.GetAsync(Url);

        Assert.True(response.StatusCode == HttpStatusCode.Forbidden || response.Headers.Location?.ToString().Contains("AccessDenied") == true,
            $"{user}: {(int)response.StatusCode}");
    }
}

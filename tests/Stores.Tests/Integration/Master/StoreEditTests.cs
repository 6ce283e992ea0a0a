using System.Net;
using SalesSuite.Testing;

namespace SalesSuite.Stores.Tests.Integration.Master;

/// <summary>Creating and editing a store through the form: defaults, people, duplicate code, stale form, history.</summary>
public sealed class StoreEditTests(StoresAppFactory app) : IClassFixture<StoresAppFactory>
{
    private const string Edit = "/Stores/List/Edit";

    [Fact]
    public async Task Given_marketing_When_creating_a_store_with_a_supervisor_and_a_manager_Then_it_is_saved_and_its_page_shows_the_history()
    {
        var code = StoreKit.Code();
        var (east, store01) = (await app.UserIdAsync("mgr.east"), await app.UserIdAsync("store01"));
        using var marketing = await app.SignInAsync("marketing", "en");

        var response = await StoreKit.PostAsync(marketing, Edit, StoreKit.Form(code, supervisor: east, managers: [store01]), Edit);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var store = await StoreKit.FindAsync(app, code);
        Assert.NotNull(store);
        Assert.Equal((500, 8, east, true, 31.230416),
            (store.RadiusMeters, store.MinDwellMinutes, store.SupervisorUserId, store.Active, store.Latitude));
        Assert.Equal([store01], store.Managers.Select(m => m.UserId));
        var page = await StoreKit.HtmlAsync(await marketing.GetAsync(response.Headers.Location));
        Assert.Contains("data-operation=\"Store.Create\"", page);
        Assert.Contains("data-field=\"Managers\"", page);
        Assert.Contains("林店长 Lin (Store Manager)", page);
    }

    [Fact]
    public async Task Given_a_code_in_use_When_creating_another_store_with_it_in_another_case_Then_422_names_the_code_and_nothing_is_saved()
    {
        var code = StoreKit.Code();
        await StoreKit.AddAsync(app, code);
        using var admin = await app.SignInAsync("admin", "en");

        var response = await StoreKit.PostAsync(admin, Edit, StoreKit.Form(code.ToLowerInvariant(), name: "另一家"), Edit);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains($"another store already has the code \"{code.ToLowerInvariant()}\"", await StoreKit.HtmlAsync(response));
        Assert.Null(await StoreKit.FindAsync(app, code.ToLowerInvariant()));
    }

    [Fact]
    public async Task Given_a_salesperson_as_supervisor_or_bad_coordinates_When_saving_Then_422_and_nothing_is_saved()
    {
        var code = StoreKit.Code();
        using var director = await app.SignInAsync("director", "en");

        var wrongPerson = await StoreKit.PostAsync(director, Edit, StoreKit.Form(code, supervisor: await app.UserIdAsync("sales01")), Edit);
        var badLatitude = await StoreKit.PostAsync(director, Edit, StoreKit.Form(code, latitude: "95"), Edit);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, wrongPerson.StatusCode);
        Assert.Contains("choose an active regional manager", await StoreKit.HtmlAsync(wrongPerson));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, badLatitude.StatusCode);
        Assert.Contains("Latitude must be between -90 and 90.", await StoreKit.HtmlAsync(badLatitude));
        Assert.Null(await StoreKit.FindAsync(app, code));
    }

    [Fact]
    public async Task Given_two_editors_of_one_version_When_the_second_saves_Then_409_keeps_what_they_typed_and_the_first_change_stays()
    {
        var code = StoreKit.Code();
        var store = await StoreKit.AddAsync(app, code);
        var url = $"{Edit}?id={store.Id}";
        using var admin = await app.SignInAsync("admin", "en");
        using var marketing = await app.SignInAsync("marketing", "en");
        Assert.Contains("name=\"Input.Version\" value=\"0\"", await marketing.GetStringAsync(url));

        var first = await StoreKit.PostAsync(admin, url, StoreKit.Form(code, name: "第一次改名", radius: 300), url);
        var second = await StoreKit.PostAsync(marketing, url, StoreKit.Form(code, name: "第二次改名", radius: 800), url);

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        var html = await StoreKit.HtmlAsync(second);
        Assert.Contains("Someone else changed this record", html);
        Assert.Contains("value=\"第二次改名\"", html);
        Assert.Contains("value=\"800\"", html);
        var saved = await StoreKit.FindAsync(app, code);
        Assert.Equal(("第一次改名", 300, 1), (saved!.Name, saved.RadiusMeters, saved.Version));
    }

    [Fact]
    public async Task Given_a_store_When_only_its_managers_change_Then_the_version_steps_and_the_history_names_them()
    {
        var code = StoreKit.Code();
        var store = await StoreKit.AddAsync(app, code);
        var url = $"{Edit}?id={store.Id}";
        using var admin = await app.SignInAsync("admin", "en");

        var response = await StoreKit.PostAsync(admin, url,
            StoreKit.Form(code, name: store.Name, latitude: "31.2304", longitude: "121.4737", managers: [await app.UserIdAsync("store01")]), url);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(1, (await StoreKit.FindAsync(app, code))!.Version);
        var page = await admin.GetStringAsync($"/Stores/List/Detail?id={store.Id}");
        var update = page[page.IndexOf("data-operation=\"Store.Update\"", StringComparison.Ordinal)..];
        update = update[..update.IndexOf("</tr>", StringComparison.Ordinal)];
        Assert.Contains("data-field=\"Managers\"", update);
        Assert.Contains("林店长 Lin (Store Manager)", update);
        Assert.DoesNotContain("data-field=\"Name\"", update);
    }
}

using System.Net;
using System.Text;
using SalesSuite.Stores.Domain;
using SalesSuite.Testing;

namespace SalesSuite.Stores.Tests.Integration.Master;

/// <summary>
/// Who sees which store in the list and on its page: headquarters all (marketing also configures), a supervisor the stores
/// they supervise, a store manager the stores they run, a salesperson nothing.
/// </summary>
public sealed class StoreScopeTests(StoresAppFactory app) : IClassFixture<StoresAppFactory>
{
    private async Task<(Store East, Store North, Store Run)> StoresAsync()
    {
        var east = await StoreKit.AddAsync(app, StoreKit.Code(), supervisor: await app.UserIdAsync("mgr.east"));
        var north = await StoreKit.AddAsync(app, StoreKit.Code(), supervisor: await app.UserIdAsync("mgr.north"), region: "华北");
        var run = await StoreKit.AddAsync(app, StoreKit.Code(), supervisor: await app.UserIdAsync("mgr.north"),
            managers: [await app.UserIdAsync("store01")], region: "华北");
        return (east, north, run);
    }

    [Fact]
    public async Task Given_stores_of_two_supervisors_When_mgr_east_opens_the_list_and_pages_Then_only_their_store_exists_for_them()
    {
        var (east, north, _) = await StoresAsync();
        using var client = await app.SignInAsync("mgr.east", "en");

        var codes = StoreKit.Codes(await client.GetStringAsync("/Stores/List"));

        Assert.Contains(east.Code, codes);
        Assert.DoesNotContain(north.Code, codes);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/Stores/List/Detail?id={east.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/Stores/List/Detail?id={north.Id}")).StatusCode);
        Assert.DoesNotContain("data-testid=\"store-new\"", await client.GetStringAsync("/Stores/List"));
        var edit = await client.GetAsync($"/Stores/List/Edit?id={east.Id}");
        Assert.True(edit.StatusCode is HttpStatusCode.Forbidden || edit.Headers.Location?.OriginalString.Contains("AccessDenied") == true);
    }

    [Fact]
    public async Task Given_store01_runs_a_store_When_they_open_the_list_and_its_csv_Then_they_see_exactly_the_stores_they_run()
    {
        var (east, _, run) = await StoresAsync();
        using var client = await app.SignInAsync("store01", "en");

        var codes = StoreKit.Codes(await client.GetStringAsync("/Stores/List"));
        var csv = Encoding.UTF8.GetString(await client.GetByteArrayAsync("/Stores/List?handler=Csv"));

        Assert.Contains(run.Code, codes);
        Assert.DoesNotContain(east.Code, codes);
        Assert.Contains(run.Code, csv);
        Assert.DoesNotContain(east.Code, csv);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/Stores/List/Detail?id={run.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/Stores/List/Detail?id={east.Id}")).StatusCode);
    }

    [Fact]
    public async Task Given_a_salesperson_When_opening_the_store_pages_Then_access_is_denied()
    {
        var (east, _, _) = await StoresAsync();
        using var client = await app.SignInAsync("sales01", "en");

        foreach (var url in new[] { "/Stores/List", $"/Stores/List/Detail?id={east.Id}", "/Stores/List/Import" })
        {
            var response = await client.GetAsync(url);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Contains("/Account/AccessDenied", response.Headers.Location!.OriginalString);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync(response.Headers.Location)).StatusCode);
        }
    }

    [Fact]
    public async Task Given_marketing_When_filtering_by_region_supervisor_and_sorting_Then_every_store_is_reachable_and_the_csv_follows_the_filter()
    {
        var (east, north, run) = await StoresAsync();
        var northId = await app.UserIdAsync("mgr.north");
        using var client = await app.SignInAsync("marketing", "en");

        var all = StoreKit.Codes(await client.GetStringAsync("/Stores/List"));
        var filtered = StoreKit.Codes(await client.GetStringAsync($"/Stores/List?region=华北&supervisor={northId}&sort=code&desc=true"));
        var searched = StoreKit.Codes(await client.GetStringAsync($"/Stores/List?q={east.Code.ToLowerInvariant()}"));
        var csv = Encoding.UTF8.GetString(await client.GetByteArrayAsync($"/Stores/List?handler=Csv&region=华北&supervisor={northId}"));

        Assert.Contains(east.Code, all);
        Assert.Contains(north.Code, all);
        Assert.Equal(new[] { north.Code, run.Code }.OrderDescending(), filtered.Where(c => c == north.Code || c == run.Code));
        Assert.DoesNotContain(east.Code, filtered);
        Assert.Equal([east.Code], searched);
        Assert.Contains(run.Code, csv);
        Assert.DoesNotContain(east.Code, csv);
        Assert.Contains("data-testid=\"store-new\"", await client.GetStringAsync("/Stores/List"));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/Stores/List/Edit?id={east.Id}")).StatusCode);
        Assert.Contains("data-testid=\"link-store-list\"", await client.GetStringAsync("/Stores"));
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SalesSuite.SharedKernel.Events;
using SalesSuite.Stores.Contracts;
using SalesSuite.Stores.Data;
using SalesSuite.Stores.Domain;
using SalesSuite.Testing;

namespace SalesSuite.Stores.Tests.Integration;

/// <summary>Stores for the day-page tests, made straight through the Stores database (fence 500 m, dwell 8 min).</summary>
internal static class DayScenario
{
    public const double Lat = 31.2304;
    public const double Lng = 121.4737;

    /// <summary>A latitude due north of the test store at about <paramref name="meters"/>.</summary>
    public static string North(double meters) =>
        (Lat + (meters / 111_195.0)).ToString("0.0000000", System.Globalization.CultureInfo.InvariantCulture);

    public static async Task<Guid> StoreAsync(AppFactory app, string code, string[] managers, string? supervisor = null)
    {
        var managerIds = new List<Guid>();
        foreach (var m in managers)
        {
            managerIds.Add(await app.UserIdAsync(m));
        }
        Guid? supervisorId = supervisor is null ? null : await app.UserIdAsync(supervisor);
        var store = new Store(Guid.NewGuid(), code, "测试门店 " + code, "上海市黄浦区南京东路 1 号", "华东", Lat, Lng);
        store.SetFence(500, 8);
        store.AssignPeople(supervisorId, managerIds);
        await DbAsync(app, async db =>
        {
            db.Stores.Add(store);
            await db.SaveChangesAsync();
            return 0;
        });
        return store.Id;
    }

    public static Dictionary<string, string> Position(string latitude, double accuracy = 20) => new()
    {
        ["Latitude"] = latitude,
        ["Longitude"] = Lng.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Accuracy"] = accuracy.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["GeoError"] = string.Empty,
    };

    public static Task<HttpResponseMessage> CheckInAsync(
        HttpClient client, Guid storeId, Dictionary<string, string> fields, string? tokenFrom = null) =>
        client.HtmxPostAsync($"/Stores/Day?handler=CheckIn&storeId={storeId}", fields, tokenFrom ?? $"/Stores/Day?storeId={storeId}");

    /// <summary>
    /// Signs in and sets the language explicitly: the choice is kept on the user, so a test that signed the same user in
    /// with another language earlier would otherwise decide this one's.
    /// </summary>
    public static async Task<HttpClient> SignInAsync(AppFactory app, string user, string culture = "zh-CN")
    {
        var client = await app.SignInAsync(user, culture);
        await client.PostFormAsync("/Culture", new() { ["culture"] = culture, ["returnUrl"] = "/" });
        return client;
    }

    public static Task<List<StoreCheckedIn>> CheckedInEventsAsync(AppFactory app, Guid storeId) =>
        DbAsync(app, async db => (await db.Outbox.AsNoTracking().Where(m => m.Type.Contains(nameof(StoreCheckedIn))).ToListAsync())
            .Select(m => (StoreCheckedIn)EventSerializer.Deserialize(m.Type, m.Payload))
            .Where(e => e.StoreId == storeId).ToList());

    public static Task<T> DbAsync<T>(AppFactory app, Func<StoresDbContext, Task<T>> query) =>
        app.InScopeAsync(sp => query(sp.GetRequiredService<StoresDbContext>()));
}

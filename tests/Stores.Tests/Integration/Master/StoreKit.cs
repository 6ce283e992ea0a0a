using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SalesSuite.Stores.Data;
using SalesSuite.Stores.Domain;
using SalesSuite.Testing;

namespace SalesSuite.Stores.Tests.Integration.Master;

/// <summary>Stores written straight into the database (for scope and timeline tests) and the store form's fields.</summary>
internal static partial class StoreKit
{
    public static string Code() => "T" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();

    public static Task<Store> AddAsync(
        AppFactory app, string code, Guid? supervisor = null, IEnumerable<Guid>? managers = null, string region = "华东") =>
        app.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<StoresDbContext>();
            var store = new Store(Guid.NewGuid(), code, "测试门店 " + code, "上海市", region, 31.2304, 121.4737);
            store.AssignPeople(supervisor, managers ?? []);
            db.Stores.Add(store);
            await db.SaveChangesAsync();
            return store;
        });

    public static Task<Store?> FindAsync(AppFactory app, string code) =>
        app.InScopeAsync(sp => sp.GetRequiredService<StoresDbContext>().Stores.AsNoTracking().FirstOrDefaultAsync(s => s.Code == code));

    public static List<KeyValuePair<string, string>> Form(
        string code, string name = "人民广场店", string latitude = "31.230416", string longitude = "121.473701", Guid? supervisor = null,
        IEnumerable<Guid>? managers = null, int radius = 500, int dwell = 8, int version = 0) =>
    [
        new("Input.Code", code), new("Input.Name", name), new("Input.Address", "南京东路1号"), new("Input.Region", "华东"),
        new("Input.Latitude", latitude), new("Input.Longitude", longitude), new("Input.RadiusMeters", radius.ToString()),
        new("Input.MinDwellMinutes", dwell.ToString()), new("Input.SupervisorUserId", supervisor?.ToString() ?? string.Empty),
        .. (managers ?? []).Select(m => new KeyValuePair<string, string>("Input.ManagerUserIds", m.ToString())),
        new("Input.Active", "true"), new("Input.Version", version.ToString()),
    ];

    /// <summary>POSTs a form with repeated fields (a browser's multi-select), taking the antiforgery token from a page.</summary>
    public static async Task<HttpResponseMessage> PostAsync(
        HttpClient client, string url, List<KeyValuePair<string, string>> fields, string tokenFrom)
    {
        var page = await client.GetStringAsync(tokenFrom);
        fields.Add(new("__RequestVerificationToken", SignedInClient.AntiforgeryToken(page)));
        return await client.PostAsync(url, new FormUrlEncodedContent(fields));
    }

    public static async Task<string> HtmlAsync(HttpResponseMessage response) => WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

    /// <summary>The codes of the list's rows, in order.</summary>
    public static IReadOnlyList<string> Codes(string html) => [.. RowCode().Matches(html).Select(m => m.Groups[1].Value)];

    [GeneratedRegex("data-testid=\"store-row\" data-code=\"([^\"]+)\"")]
    private static partial Regex RowCode();
}

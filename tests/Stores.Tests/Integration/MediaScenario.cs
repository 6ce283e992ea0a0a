using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using SalesSuite.SharedKernel.Files;
using SalesSuite.Stores.Application.Media;
using SalesSuite.Stores.Data;
using SalesSuite.Stores.Domain;
using SalesSuite.Testing;

namespace SalesSuite.Stores.Tests.Integration;

/// <summary>Stores and uploads for the media tests, through the real host's services.</summary>
internal static class MediaScenario
{
    public static readonly LocalDate Today = new(2026, 11, 23);

    /// <summary>A new store run by <paramref name="managerUserName"/> (none when null).</summary>
    public static async Task<Guid> StoreAsync(AppFactory app, string? managerUserName = "store01")
    {
        var manager = managerUserName is null ? (Guid?)null : await app.UserIdAsync(managerUserName);
        var id = Guid.NewGuid();
        await app.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<StoresDbContext>();
            var store = new Store(id, "M" + id.ToString("N")[..8], "媒体测试店", "上海", "East", 31.23, 121.47);
            store.AssignPeople(null, manager is { } m ? [m] : []);
            db.Stores.Add(store);
            await db.SaveChangesAsync();
        });
        return id;
    }

    public static Task<StoreFile> AcceptAsync(AppFactory app, Guid storeId, string kind, string name, string type, byte[] bytes) =>
        app.InScopeAsync(sp => AcceptAsync(sp, storeId, kind, name, type, bytes));

    public static async Task<StoreFile> AcceptAsync(IServiceProvider sp, Guid storeId, string kind, string name, string type, byte[] bytes) =>
        await sp.GetRequiredService<MediaService>().AcceptAsync(storeId, Today, kind, name, type, new MemoryStream(bytes), Guid.NewGuid(),
            CancellationToken.None);

    /// <summary>Accepts and saves the row (as the submit would, without a report).</summary>
    public static async Task<StoreFile> SavedAsync(AppFactory app, Guid storeId, string kind, string name, string type, byte[] bytes) =>
        await app.InScopeAsync(async sp =>
        {
            var file = await AcceptAsync(sp, storeId, kind, name, type, bytes);
            var db = sp.GetRequiredService<StoresDbContext>();
            db.Files.Add(file);
            await db.SaveChangesAsync();
            return file;
        });

    public static async Task<List<string>> StoredKeysAsync(AppFactory app, Guid storeId)
    {
        var keys = new List<string>();
        await foreach (var file in app.Services.GetRequiredService<IFileStore>().ListAsync($"stores/{storeId:N}/", CancellationToken.None))
        {
            keys.Add(file.Key);
        }
        return keys;
    }

    public static async Task QuotaAsync(AppFactory app, int megabytes) =>
        await app.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<StoresDbContext>();
            var settings = db.Settings.SingleOrDefault() ?? db.Settings.Add(new StoresSettings()).Entity;
            settings.DailyQuotaMegabytes = megabytes;
            await db.SaveChangesAsync();
        });
}

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using SalesSuite.Stores.Data;
using SalesSuite.Stores.Domain;
using SalesSuite.Testing;

namespace SalesSuite.Stores.Tests.Integration.Config;

/// <summary>Reads and writes straight to Stores' database for the configuration tests.</summary>
internal static class ConfigData
{
    public static Task<T> DbAsync<T>(this AppFactory app, Func<StoresDbContext, Task<T>> work) =>
        app.InScopeAsync(sp => work(sp.GetRequiredService<StoresDbContext>()));

    public static Task<FeedbackCategory> CategoryAsync(this AppFactory app, string code) =>
        app.DbAsync(db => db.FeedbackCategories.AsNoTracking().SingleAsync(c => c.Code == code));

    /// <summary>A store with one report using <paramref name="categoryCode"/> → <paramref name="optionCode"/>.</summary>
    public static Task<int> FeedbackUsedAsync(this AppFactory app, string region, string categoryCode, string optionCode) =>
        app.DbAsync(async db =>
        {
            var store = new Store(Guid.NewGuid(), "S" + Guid.NewGuid().ToString("N")[..8], "测试门店", "地址", region, 31.23, 121.47);
            var day = new LocalDate(2026, 11, 22);
            var report = new DailyReport(
                Guid.NewGuid(), store.Id, day, Guid.NewGuid(), AppFactory.DefaultNow, Guid.NewGuid().ToString("N"), DailyReport.InFence, null, null);
            report.Add(new FeedbackEntry(Guid.NewGuid(), report.Id, store.Id, day, categoryCode, optionCode, "太贵了"));
            db.Stores.Add(store);
            db.Reports.Add(report);
            return await db.SaveChangesAsync();
        });
}

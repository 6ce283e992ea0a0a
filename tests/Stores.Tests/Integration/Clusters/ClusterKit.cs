using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using SalesSuite.SharedKernel.Events;
using SalesSuite.Stores.Data;
using SalesSuite.Stores.Domain;
using SalesSuite.Testing;

namespace SalesSuite.Stores.Tests.Integration.Clusters;

/// <summary>Rows for the clustering tests, written straight through <see cref="StoresDbContext"/> (stores, reports, feedback).</summary>
internal static class ClusterKit
{
    /// <summary>Monday of the FakeClock's week (2026-11-23).</summary>
    public static readonly LocalDate Monday = new(2026, 11, 23);

    public static string Code(string prefix) => prefix + "-" + Guid.NewGuid().ToString("N")[..8];

    public static Task<T> DbAsync<T>(this AppFactory app, Func<StoresDbContext, Task<T>> work) =>
        app.InScopeAsync(sp => work(sp.GetRequiredService<StoresDbContext>()));

    public static async Task<Guid> StoreAsync(this AppFactory app, string supervisor = "mgr.east", string? manager = "store01")
    {
        var supervisorId = await app.UserIdAsync(supervisor);
        Guid[] managers = manager is null ? [] : [await app.UserIdAsync(manager)];
        return await app.DbAsync(async db =>
        {
            var code = Code("S");
            var store = new Store(Guid.NewGuid(), code, "门店 " + code, "杭州", "华东", 30.27, 120.15);
            store.AssignPeople(supervisorId, managers);
            db.Stores.Add(store);
            await db.SaveChangesAsync();
            return store.Id;
        });
    }

    public static Task<string> CategoryAsync(this AppFactory app, int? threshold = null, Guid? responsible = null) =>
        app.DbAsync(async db =>
        {
            var code = Code("C");
            var category = new FeedbackCategory(Guid.NewGuid(), code, "价格异议 " + code, 1);
            category.ReplaceOptions([new FeedbackOption("a", "高于竞品A")]);
            category.Configure(1, true, threshold, responsible);
            category.SetPlaybook("价格异议应对话术", "先说明会员价，再比较规格。", "https://example.com/playbook");
            db.FeedbackCategories.Add(category);
            await db.SaveChangesAsync();
            return code;
        });

    /// <summary>Adds <paramref name="lines"/> feedback lines to the store's report of the day (created when missing).</summary>
    public static Task FeedbackAsync(this AppFactory app, Guid storeId, LocalDate day, string category, int lines = 1, string? question = null) =>
        app.DbAsync(async db =>
        {
            var report = await db.Reports.FirstOrDefaultAsync(r => r.StoreId == storeId && r.Day == day);
            if (report is null)
            {
                var userId = Guid.NewGuid();
                report = new DailyReport(Guid.NewGuid(), storeId, day, userId, Instant.FromUtc(2026, 11, 1, 0, 0), Guid.NewGuid().ToString("N"),
                    DailyReport.InFence, null, null);
                db.Reports.Add(report);
            }
            for (var i = 0; i < lines; i++)
            {
                db.Feedback.Add(new FeedbackEntry(Guid.NewGuid(), report.Id, storeId, day, category, "a", question));
            }
            await db.SaveChangesAsync();
            return 0;
        });

    public static Task<List<T>> PublishedAsync<T>(this AppFactory app) where T : IIntegrationEvent =>
        app.DbAsync(async db =>
        {
            var rows = await db.Outbox.AsNoTracking().Where(m => m.Type.StartsWith(typeof(T).FullName + ",")).ToListAsync();
            return rows.Select(m => (T)EventSerializer.Deserialize(m.Type, m.Payload)).ToList();
        });
}

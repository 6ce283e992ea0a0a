using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using SalesSuite.Stores.Data;
using SalesSuite.Stores.Domain;
using SalesSuite.Testing;

namespace SalesSuite.Stores.Tests.Integration;

/// <summary>
/// A small hand-built chain for the headquarters views (today is 2026-11-23; the period asked is 16–20 November):
/// E1 (East, mgr.east, run by store01) reported 16–19, E2 (East, mgr.east, opened on the 18th) reported 18–20,
/// N1 (North, mgr.north) never reported. P1 "gift" applies everywhere 16–20, P2 "tasting" only in East from the 19th.
/// </summary>
internal sealed class HqData
{
    public const string Period = "from=2026-11-16&to=2026-11-20";

    public Store E1 { get; private set; } = null!;
    public Store E2 { get; private set; } = null!;
    public Store N1 { get; private set; } = null!;
    public Promotion P1 { get; private set; } = null!;
    public Promotion P2 { get; private set; } = null!;
    public Guid E1RolloutLine { get; private set; }
    public Guid E1Report16 { get; private set; }

    public static async Task<HqData> SeedAsync(AppFactory app)
    {
        var data = new HqData();
        var east = await app.UserIdAsync("mgr.east");
        var north = await app.UserIdAsync("mgr.north");
        var store01 = await app.UserIdAsync("store01");
        await app.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<StoresDbContext>();
            var suffix = Guid.NewGuid().ToString("N")[..6];
            data.E1 = Store("E1" + suffix, "East One", "East", 31.23, 121.47, east, [store01], new LocalDate(2026, 1, 1));
            data.E2 = Store("E2" + suffix, "=cmd|' /C calc'!A0", "East", 31.30, 121.50, east, [], new LocalDate(2026, 11, 18));
            data.N1 = Store("N1" + suffix, "North One", "North", 39.90, 116.40, north, [], new LocalDate(2026, 1, 1));
            db.Stores.AddRange(data.E1, data.E2, data.N1);
            data.P1 = new Promotion(Guid.NewGuid(), "P1" + suffix, "Gift week", "gift", new LocalDate(2026, 11, 16), new LocalDate(2026, 11, 20),
                null);
            data.P2 = new Promotion(Guid.NewGuid(), "P2" + suffix, "Tasting", "tasting", new LocalDate(2026, 11, 19), new LocalDate(2026, 11, 25),
                "East");
            db.Promotions.AddRange(data.P1, data.P2);
            var category = new FeedbackCategory(Guid.NewGuid(), "price" + suffix, "价格异议", 1);
            category.ReplaceOptions([new FeedbackOption("a", "高于竞品A")]);
            db.FeedbackCategories.Add(category);
            var product = new NewProduct(Guid.NewGuid(), "SKU" + suffix, "Oat milk", new LocalDate(2026, 11, 10));
            db.Products.Add(product);

            var photo = Guid.NewGuid();
            // E1: P1 executed with a photo on the 16th and 18th, without the required photo on the 17th, not on the 19th; P2 on the 19th.
            var r16 = Report(data.E1, 16, store01, (data.P1, true, photo));
            r16.Add(new FeedbackEntry(Guid.NewGuid(), r16.Id, data.E1.Id, r16.Day, category.Code, "a", "比隔壁贵"));
            data.E1Report16 = r16.Id;
            var r18 = Report(data.E1, 18, store01, (data.P1, true, photo));
            var line = new RolloutEntry(Guid.NewGuid(), r18.Id, data.E1.Id, r18.Day, product.Id, RolloutStatus.OnShelf);
            r18.Add(line);
            data.E1RolloutLine = line.Id;
            db.Reports.AddRange(r16, Report(data.E1, 17, store01, (data.P1, true, null)), r18,
                Report(data.E1, 19, store01, (data.P1, false, null), (data.P2, true, photo)));
            // E2 (opened on the 18th): everything executed with photos.
            var e2r18 = Report(data.E2, 18, store01, (data.P1, true, photo));
            e2r18.Add(new RolloutEntry(Guid.NewGuid(), e2r18.Id, data.E2.Id, e2r18.Day, product.Id, RolloutStatus.NotArrived));
            db.Reports.AddRange(e2r18, Report(data.E2, 19, store01, (data.P1, true, photo), (data.P2, true, photo)),
                Report(data.E2, 20, store01, (data.P1, true, photo), (data.P2, true, photo)));
            db.Refusals.Add(new FenceRefusalLog(Guid.NewGuid(), data.N1.Id, store01, Instant.FromUtc(2026, 11, 17, 1, 0), new LocalDate(2026, 11, 17),
                FenceRefusalLog.ReportAction, FenceRefusal.OutsideFence, new GeoPosition(39.0, 116.0, 20), 90_000));
            await db.SaveChangesAsync();
        });
        return data;
    }

    private static Store Store(string code, string name, string region, double lat, double lon, Guid supervisor, Guid[] managers, LocalDate opened)
    {
        var store = new Store(Guid.NewGuid(), code, name, "Road 1", region, lat, lon);
        store.AssignPeople(supervisor, managers);
        store.OpenOn(opened);
        return store;
    }

    private static DailyReport Report(Store store, int day, Guid user, params (Promotion Promotion, bool Executed, Guid? Photo)[] lines)
    {
        var date = new LocalDate(2026, 11, day);
        var report = new DailyReport(Guid.NewGuid(), store.Id, date, user, Instant.FromUtc(2026, 11, day, 3, 0), Guid.NewGuid().ToString("N"),
            DailyReport.InFence, null, Duration.FromMinutes(12));
        foreach (var (promotion, executed, photo) in lines)
        {
            report.Add(new PromotionExecution(Guid.NewGuid(), report.Id, store.Id, date, promotion.Id, executed, photo));
        }
        return report;
    }
}

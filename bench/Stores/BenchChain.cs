using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using SalesSuite.Stores.Data;
using SalesSuite.Stores.Domain;

namespace SalesSuite.Stores.Bench;

/// <summary>
/// 137 stores in 6 regions (scenario 5's chain) with a year of daily life up to the clock, written straight to Stores'
/// tables in batches (deterministic): reports on 90 % of store-days with three shelf-photo rows (metadata only: the
/// bytes are measured separately), each applying promotion executed or not (12 types, a new promotion of each type every
/// month, some per region), new-product roll-out lines until on shelf, sparse feedback.
/// </summary>
internal static class BenchChain
{
    private static readonly (string Name, double Lat, double Lng)[] Regions =
    [
        ("杭州", 30.27, 120.15), ("宁波", 29.87, 121.54), ("绍兴", 30.03, 120.58), ("温州", 28.00, 120.67), ("嘉兴", 30.75, 120.76),
        ("金华", 29.08, 119.65),
    ];

    private static readonly string[] Types =
    [
        "threshold-discount", "gift", "second-half", "member-day", "tasting", "pile-display", "endcap", "flash-price", "points", "group-buy",
        "co-promo", "festival",
    ];

    public sealed record Counts(int Stores, int Reports, int Executions, int Files, int Feedback, int Rollouts);

    public static async Task<Counts> WriteAsync(IServiceProvider sp, LocalDate today, int storeCount, int days, Guid manager, Guid supervisor,
        DateTimeZone zone)
    {
        var random = new Random(137);
        var db = sp.GetRequiredService<StoresDbContext>();
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        var stores = new List<Store>();
        for (var i = 0; i < storeCount; i++)
        {
            var region = Regions[i % Regions.Length];
            var store = new Store(Guid.NewGuid(), $"B-{i + 1:000}", $"{region.Name}{i + 1}号店", "浙江", region.Name,
                region.Lat + (random.NextDouble() - 0.5) * 0.3, region.Lng + (random.NextDouble() - 0.5) * 0.3);
            store.AssignPeople(supervisor, i == 0 ? [manager] : []);
            stores.Add(store);
        }
        db.Stores.AddRange(stores);
        var start = today.PlusDays(-days);
        var promotions = new List<Promotion>();
        for (var month = start.With(DateAdjusters.StartOfMonth); month <= today; month = month.PlusMonths(1))
        {
            foreach (var type in Types)
            {
                var from = month.PlusDays(random.Next(20));
                var region = random.NextDouble() < 0.3 ? Regions[random.Next(Regions.Length)].Name : null;
                var to = from.PlusDays(7 + random.Next(15));
                promotions.Add(new Promotion(Guid.NewGuid(), $"{month:yyMM}-{type}", $"{type} {month:yyyy-MM}", type, from, to, region));
            }
        }
        db.Promotions.AddRange(promotions);
        var products = Enumerable.Range(0, days / 15).Select(i => new NewProduct(Guid.NewGuid(), $"SKU-B{i:000}", $"新品 {i}", start.PlusDays(i * 15)))
            .ToList();
        db.Products.AddRange(products);
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();

        var diligence = stores.ToDictionary(s => s.Id, _ => 0.6 + random.NextDouble() * 0.4);
        var onShelf = new Dictionary<(Guid, Guid), LocalDate>();
        int reports = 0, executions = 0, files = 0, feedback = 0, rollouts = 0;
        for (var day = start; day < today; day = day.PlusDays(1))
        {
            foreach (var store in stores)
            {
                if (random.NextDouble() > 0.9)
                {
                    continue;
                }
                var at = day.At(new LocalTime(9, random.Next(60))).InZoneLeniently(zone).ToInstant();
                var checkIn = new CheckIn(Guid.NewGuid(), store.Id, manager, at, day, new GeoPosition(store.Latitude, store.Longitude, 10),
                    new FenceVerdict(null, 12));
                db.CheckIns.Add(checkIn);
                var report = new DailyReport(Guid.NewGuid(), store.Id, day, manager, at.Plus(Duration.FromMinutes(12)), Guid.NewGuid().ToString("N"),
                    DailyReport.InFence, checkIn.Id, Duration.FromMinutes(12));
                for (var shot = 0; shot < 3; shot++)
                {
                    report.Attach(File(store, day, FileKind.ShelfPhoto, manager, at));
                }
                foreach (var promotion in promotions.Where(p => p.AppliesTo(store, day)))
                {
                    var executed = random.NextDouble() < diligence[store.Id] * 0.8;
                    StoreFile? photo = executed ? File(store, day, FileKind.PromotionPhoto, manager, at) : null;
                    if (photo is not null)
                    {
                        report.Attach(photo);
                    }
                    report.Add(new PromotionExecution(Guid.NewGuid(), report.Id, store.Id, day, promotion.Id, executed, photo?.Id));
                    executions++;
                }
                foreach (var product in products.Where(p => p.LaunchOn <= day && !onShelf.ContainsKey((store.Id, p.Id))))
                {
                    var status = random.NextDouble() < 0.3 ? RolloutStatus.OnShelf : RolloutStatus.NotArrived;
                    if (status == RolloutStatus.OnShelf)
                    {
                        onShelf[(store.Id, product.Id)] = day;
                    }
                    report.Add(new RolloutEntry(Guid.NewGuid(), report.Id, store.Id, day, product.Id, status));
                    rollouts++;
                }
                if (random.NextDouble() < 0.4)
                {
                    report.Add(new FeedbackEntry(Guid.NewGuid(), report.Id, store.Id, day, "price", "higher-than-a", "隔壁便宜" + random.Next(50)));
                    feedback++;
                }
                foreach (var f in report.Files)
                {
                    f.BelongTo(report.Id);
                }
                files += report.Files.Count;
                db.Reports.Add(report);
                reports++;
            }
            if (day.Day % 5 == 0)
            {
                await db.SaveChangesAsync();
                db.ChangeTracker.Clear();
            }
        }
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();
        return new Counts(stores.Count, reports, executions, files, feedback, rollouts);
    }

    private static StoreFile File(Store store, LocalDate day, string kind, Guid user, Instant at)
    {
        var id = Guid.NewGuid();
        return new StoreFile(id, store.Id, day, kind, $"stores/{store.Id:N}/{day:yyyy-MM-dd}/{id:N}.jpg",
            $"stores/{store.Id:N}/{day:yyyy-MM-dd}/{id:N}-thumb.jpg", "image/jpeg", 190_000, user, at);
    }
}

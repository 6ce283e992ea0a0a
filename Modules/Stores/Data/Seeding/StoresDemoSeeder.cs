using Microsoft.EntityFrameworkCore;
using NodaTime;
using SalesSuite.SharedKernel.Files;
using SalesSuite.SharedKernel.Identity;
using SalesSuite.SharedKernel.Modules;
using SalesSuite.SharedKernel.Time;
using SalesSuite.Stores.Application.Clusters;
using SalesSuite.Stores.Application.Config;
using SalesSuite.Stores.Application.Flags;
using SalesSuite.Stores.Domain;

namespace SalesSuite.Stores.Data.Seeding;

/// <summary>
/// Demo data, once (when there is no store yet): scenario 6's chain (<see cref="DemoChain"/>), headquarters' feedback tree,
/// 12 promotions (one per type) and three new products, then a month of daily reports with photos drawn on the fly
/// (<see cref="DemoReports"/>), then the checks the timer runs (duplicates, same-question flags, clustering) day by day,
/// so last week's "hard to heat" cluster is raised and its playbook pushed. store01 checked in at HZ-001 ten minutes ago:
/// the tablet day page counts down and the report form opens without being in Hangzhou.
/// </summary>
internal sealed class StoresDemoSeeder(
    StoresDbContext db, IOrganisation organisation, IClock clock, BusinessClock business, IFileStore files, FeedbackTreeCommands tree,
    FeedbackCheckService checks, ClusterService clusters)
{
    public async Task SeedAsync(CancellationToken ct)
    {
        if (await db.Stores.AnyAsync(ct))
        {
            return;
        }
        var users = (await organisation.ActiveUsersAsync(ct)).ToDictionary(u => u.UserName, u => u.Id);
        if (!users.ContainsKey("store01") || !users.ContainsKey("mgr.east"))
        {
            return;
        }
        var today = business.Today;
        // The catalogue first: the starter tree commits in its own unit of work, which must not carry the stores.
        var (promotions, products) = await new DemoCatalog(db, tree).SeedAsync(today, users, ct);
        var stores = new List<(Store Store, DemoChain.StoreSeed Seed)>();
        foreach (var seed in DemoChain.Stores())
        {
            var store = new Store(DemoIds.Of("stores:store:" + seed.Code), seed.Code, seed.Name, seed.Address, seed.Region, seed.Latitude,
                seed.Longitude);
            store.AssignPeople(users.GetValueOrDefault(seed.Supervisor), users.TryGetValue(seed.Manager, out var m) ? [m] : []);
            // The chain is older than the demo month; 诸暨 opened twelve days ago (compliance counts from its opening).
            store.OpenOn(seed.Code == "SX-008" ? today.PlusDays(-12) : today.PlusDays(-400));
            db.Stores.Add(store);
            stores.Add((store, seed));
        }
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        var month = new DemoReports(db, files, business.Zone, users, stores, promotions, products);
        await month.WriteMonthAsync(today, ct);
        for (var day = today.PlusDays(-DemoReports.Days); day < today; day = day.PlusDays(1))
        {
            await checks.MarkDuplicatesAsync(day, ct);
            await checks.RaiseFlagsAsync(day, ct);
        }
        for (var week = today.PlusDays(-DemoReports.Days); week <= today; week = week.PlusDays(7))
        {
            await clusters.EvaluateAsync(week, ct);
        }
        await clusters.EvaluateAsync(today, ct);
        await CheckInStore01Async(users["store01"], ct);
    }

    private async Task CheckInStore01Async(Guid store01, CancellationToken ct)
    {
        var store = await db.Stores.SingleAsync(s => s.Code == "HZ-001", ct);
        var position = new GeoPosition(store.Latitude + 0.0004, store.Longitude + 0.0003, 12);
        var at = clock.GetCurrentInstant() - Duration.FromMinutes(10);
        db.CheckIns.Add(new CheckIn(Guid.NewGuid(), store.Id, store01, at, business.Today, position, Geofence.Check(store, position)));
        await db.SaveChangesAsync(ct);
    }
}

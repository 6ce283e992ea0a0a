using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using SalesSuite.Stores.Data;
using SalesSuite.Stores.Data.Seeding;
using SalesSuite.Stores.Domain;

namespace SalesSuite.Bench.DataGen;

/// <summary>
/// Stores at scale (issue 13: 137 stores with a year of daily reports). The demo chain (30 stores, a month of reports)
/// grows to 137 stores (<c>Ids.For("store", i)</c>) in six regions (the demo's three with their supervisors mgr.east / north
/// / south, three more supervised by the other teams' managers); every store gets daily reports back to a year before
/// today (the demo stores before their demo month), as bench/Stores does: reports on most store-days (diligence per store)
/// with a check-in inside the fence, three shelf photos and a photo per executed promotion (file rows only: no bytes are
/// written, so photo links answer 404), an answer for every promotion that applies (12 types, one of each a month, some
/// per region; the demo's promotions in the last month), new-product roll-out lines until on shelf, sparse feedback from
/// the demo's feedback tree. Shorter scales shorten the history (at least the demo month), never the chain.
/// </summary>
internal sealed class StoresGenerator : IModuleGenerator
{
    private const int Stores = 137;
    private const int DemoDays = DemoReports.Days;

    private static readonly (string Name, string Prefix, double Lat, double Lng)[] NewRegions =
        [("温州", "WZ", 28.00, 120.67), ("嘉兴", "JX", 30.75, 120.76), ("金华", "JH", 29.08, 119.65)];

    public int Order => 40;

    public string Name => "Stores";

    public async Task RunAsync(GenContext context, CancellationToken cancellationToken)
    {
        var zone = DateTimeZoneProviders.Tzdb["Asia/Shanghai"];
        var today = context.Now.InZone(zone).Date;
        var days = Math.Max(DemoDays + 1, context.Count(365));
        var start = today.PlusDays(-days);
        var demoStart = today.PlusDays(-DemoDays);
        var random = GenContext.Random(Name);

        await using var scope = context.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<StoresDbContext>();
        var existing = await db.Stores.AsNoTracking().OrderBy(s => s.Code).ToListAsync();
        var demoPromotions = await db.Promotions.AsNoTracking().ToListAsync();
        var demoProducts = await db.Products.AsNoTracking().ToListAsync();
        var supervisors = await SupervisorsAsync(context);
        var managers = new List<Guid>();
        for (var n = 2; n <= 30; n++)
        {
            if (await TryUserAsync(context, $"store{n:00}") is { } id)
            {
                managers.Add(id);
            }
        }
        if (managers.Count == 0)
        {
            managers.Add(await GenSources.UserIdAsync(context, "store01"));
        }

        // The chain up to 137 stores (EF: a store keeps its managers as JSON).
        var added = new List<Store>();
        for (var i = 0; existing.Count + added.Count < Stores; i++)
        {
            var region = NewRegions[i % NewRegions.Length];
            var (name, lat, lng, supervisor) = i % 2 == 0
                ? (region.Name, region.Lat, region.Lng, supervisors[region.Name])
                : Demo(i, supervisors);
            var store = new Store(Ids.For("store", i), $"G-{i + 1:000}", $"{name}{i + 1}号店", $"浙江省{name}市生成路{i + 1}号", name,
                Math.Round(lat + (random.NextDouble() - 0.5) * 0.2, 6), Math.Round(lng + (random.NextDouble() - 0.5) * 0.2, 6));
            store.AssignPeople(supervisor, []);
            store.OpenOn(start.PlusDays(-30));
            added.Add(store);
        }
        db.Stores.AddRange(added);

        // A year of promotions (12 types, one of each a month) and new products, all over before the demo month begins.
        var promotions = new List<Promotion>();
        var regions = existing.Select(s => s.Region).Concat(added.Select(s => s.Region)).Distinct().ToList();
        for (var month = start.With(DateAdjusters.StartOfMonth); month < demoStart; month = month.PlusMonths(1))
        {
            foreach (var type in PromotionType.All)
            {
                var from = month.PlusDays(random.Next(20));
                var to = from.PlusDays(7 + random.Next(15));
                if (to >= demoStart)
                {
                    to = demoStart.PlusDays(-1);
                }
                if (from > to)
                {
                    continue;
                }
                var region = random.NextDouble() < 0.3 ? regions[random.Next(regions.Count)] : null;
                promotions.Add(new Promotion(Guid.NewGuid(), $"G{month:yyMM}-{type}", $"{type} {month:yyyy-MM}", type,
                    from, to, region));
            }
        }
        db.Promotions.AddRange(promotions);
        var products = new List<NewProduct>();
        for (var launch = start.PlusDays(10); launch < demoStart.PlusDays(-25); launch = launch.PlusDays(15))
        {
            products.Add(new NewProduct(Guid.NewGuid(), $"SKU-G{products.Count:000}", $"新品 {products.Count + 1}", launch));
        }
        db.Products.AddRange(products);
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();

        var feedbackLines = DemoQuestions.Everyday;
        var writer = new ReportWriter(db, zone, random);
        await using var bulk = await Bulk.OpenAsync(context.DataFolder, "stores");
        var chain = existing.Select(s => (Store: s, Until: demoStart)).Concat(added.Select(s => (Store: s, Until: today))).ToList();
        var diligence = chain.ToDictionary(c => c.Store.Id, _ => 0.6 + random.NextDouble() * 0.38);
        var reporter = chain.Select((c, k) => (c.Store.Id, managers[k % managers.Count])).ToDictionary(x => x.Id, x => x.Item2);
        var onShelf = new Dictionary<(Guid, Guid), LocalDate>();
        for (var day = start; day < today; day = day.PlusDays(1))
        {
            var applying = day < demoStart ? promotions : demoPromotions;
            var launched = (day < demoStart ? products : demoProducts).Where(p => p.LaunchOn <= day).ToList();
            foreach (var (store, until) in chain)
            {
                if (day >= until || random.NextDouble() > diligence[store.Id])
                {
                    continue;
                }
                var report = writer.Report(store, day, reporter[store.Id]);
                foreach (var promotion in applying.Where(p => p.AppliesTo(store, day)))
                {
                    writer.Execution(report, store, day, promotion, random.NextDouble() < diligence[store.Id] * 0.85);
                }
                foreach (var product in launched.Where(p => !onShelf.ContainsKey((store.Id, p.Id))))
                {
                    var shelved = random.NextDouble() < 0.3 || Period.Between(product.LaunchOn, day, PeriodUnits.Days).Days >= 15;
                    if (shelved)
                    {
                        onShelf[(store.Id, product.Id)] = day;
                    }
                    report.Add(new RolloutEntry(Guid.NewGuid(), report.Id, store.Id, day, product.Id,
                        shelved ? RolloutStatus.OnShelf : random.NextDouble() < 0.5 ? RolloutStatus.Arrived : RolloutStatus.NotArrived));
                }
                if (random.NextDouble() < 0.12)
                {
                    var line = feedbackLines[random.Next(feedbackLines.Count)];
                    report.Add(new FeedbackEntry(Guid.NewGuid(), report.Id, store.Id, day, line.Category, line.Option, line.Question));
                }
                writer.Done(report);
            }
            if (writer.Pending >= 20_000 || day.PlusDays(1) >= today)
            {
                await writer.FlushAsync(bulk);
            }
        }
        Console.WriteLine($"  stores: {existing.Count + added.Count} stores ({added.Count} added), {promotions.Count} promotions, "
            + $"{products.Count} products, {days} days: {writer.Summary}");
    }

    private static (string Name, double Lat, double Lng, Guid? Supervisor) Demo(int i, IReadOnlyDictionary<string, Guid?> supervisors)
    {
        var region = DemoChain.Regions[i / 2 % DemoChain.Regions.Count];
        return (region.Name, region.Latitude, region.Longitude, supervisors[region.Name]);
    }

    /// <summary>The demo regions' supervisors; the new regions' are the other teams' managers (else the demo's again).</summary>
    private static async Task<Dictionary<string, Guid?>> SupervisorsAsync(GenContext context)
    {
        var found = new Dictionary<string, Guid?>();
        foreach (var region in DemoChain.Regions)
        {
            found[region.Name] = await TryUserAsync(context, region.Supervisor);
        }
        var demo = found.Values.OfType<Guid>().ToHashSet();
        var others = (await GenSources.TeamsAsync(context)).Select(t => t.ManagerId).Where(m => m != Guid.Empty && !demo.Contains(m)).ToList();
        if (others.Count == 0)
        {
            others = demo.ToList();
        }
        for (var k = 0; k < NewRegions.Length; k++)
        {
            found[NewRegions[k].Name] = others.Count == 0 ? null : others[k % others.Count];
        }
        return found;
    }

    private static async Task<Guid?> TryUserAsync(GenContext context, string userName)
    {
        try
        {
            return await GenSources.UserIdAsync(context, userName);
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    /// <summary>Builds reports with the domain and writes them (and their check-ins, files and lines) in batches.</summary>
    private sealed class ReportWriter(StoresDbContext db, DateTimeZone zone, Random random)
    {
        private readonly EntityRows<CheckIn> _checkIns = new(db);
        private readonly EntityRows<DailyReport> _reports = new(db);
        private readonly EntityRows<StoreFile> _files = new(db);
        private readonly EntityRows<PromotionExecution> _executions = new(db);
        private readonly EntityRows<RolloutEntry> _rollouts = new(db);
        private readonly EntityRows<FeedbackEntry> _feedback = new(db);
        private readonly List<CheckIn> _pendingCheckIns = [];
        private readonly List<DailyReport> _pending = [];
        private long _reportCount, _fileCount, _executionCount, _rolloutCount, _feedbackCount;

        public int Pending => _pending.Count;

        public string Summary =>
            $"{_reportCount:N0} reports, {_fileCount:N0} photo rows, {_executionCount:N0} promotion answers, {_rolloutCount:N0} roll-out lines, "
            + $"{_feedbackCount:N0} feedback lines";

        public DailyReport Report(Store store, LocalDate day, Guid manager)
        {
            var at = day.At(new LocalTime(8, 20)).PlusMinutes(random.Next(90)).InZoneLeniently(zone).ToInstant();
            var position = new GeoPosition(store.Latitude + (random.NextDouble() - 0.5) * 0.001, store.Longitude, 8 + random.Next(25));
            var checkIn = new CheckIn(Guid.NewGuid(), store.Id, manager, at, day, position, Geofence.Check(store, position));
            _pendingCheckIns.Add(checkIn);
            var dwell = Duration.FromMinutes(9 + random.Next(30));
            var report = new DailyReport(Guid.NewGuid(), store.Id, day, manager, at + dwell, Guid.NewGuid().ToString("N"), DailyReport.InFence,
                checkIn.Id, dwell);
            for (var shot = 0; shot < 3; shot++)
            {
                report.Attach(File(store, day, FileKind.ShelfPhoto, manager, at + dwell));
            }
            return report;
        }

        public void Execution(DailyReport report, Store store, LocalDate day, Promotion promotion, bool executed)
        {
            var photo = executed ? File(store, day, FileKind.PromotionPhoto, report.UserId, report.SubmittedAt) : null;
            if (photo is not null)
            {
                report.Attach(photo);
            }
            report.Add(new PromotionExecution(Guid.NewGuid(), report.Id, store.Id, day, promotion.Id, executed, photo?.Id));
        }

        public void Done(DailyReport report)
        {
            foreach (var file in report.Files)
            {
                file.BelongTo(report.Id);
            }
            _pending.Add(report);
        }

        public async Task FlushAsync(Bulk bulk)
        {
            await _checkIns.InsertAsync(bulk, _pendingCheckIns);
            _reportCount += await _reports.InsertAsync(bulk, _pending);
            _fileCount += await _files.InsertAsync(bulk, _pending.SelectMany(r => r.Files));
            _executionCount += await _executions.InsertAsync(bulk, _pending.SelectMany(r => r.Promotions));
            _rolloutCount += await _rollouts.InsertAsync(bulk, _pending.SelectMany(r => r.Rollouts));
            _feedbackCount += await _feedback.InsertAsync(bulk, _pending.SelectMany(r => r.Feedback));
            _pendingCheckIns.Clear();
            _pending.Clear();
        }

        private StoreFile File(Store store, LocalDate day, string kind, Guid user, Instant at)
        {
            var id = Guid.NewGuid();
            return new StoreFile(id, store.Id, day, kind, $"stores/{store.Id:N}/{day:yyyy-MM-dd}/{id:N}.jpg",
                $"stores/{store.Id:N}/{day:yyyy-MM-dd}/{id:N}-thumb.jpg", "image/jpeg", 150_000 + random.Next(120_000), user, at)
            {
                Width = 1600,
                Height = 1200,
            };
        }
    }
}

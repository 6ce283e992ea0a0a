using NodaTime;
using SalesSuite.SharedKernel.Files;
using SalesSuite.Stores.Domain;

namespace SalesSuite.Stores.Data.Seeding;

/// <summary>
/// A month of the demo chain's daily life, written straight to Stores' tables (deterministic: a fixed random seed):
/// check-ins inside the fence, reports after 9–40 minutes with three shelf photos drawn on the fly, executed promotions
/// with their photo, roll-out statuses until a product is on shelf, sparse customer feedback, a few refusals outside the
/// fence and supervisor exceptions. Three stories on top: last week many stores heard that ready meals are hard to heat
/// (the cluster), HZ-003 heard the same question the last three days (the flag), NB-004 copies one text every day (a low
/// quality score).
/// </summary>
internal sealed class DemoReports(
    StoresDbContext db, IFileStore files, DateTimeZone zone, IReadOnlyDictionary<string, Guid> users,
    IReadOnlyList<(Store Store, DemoChain.StoreSeed Seed)> stores, IReadOnlyList<Promotion> promotions, IReadOnlyList<NewProduct> products)
{
    public const int Days = 30;

    private static readonly Dictionary<string, double> TypeEffort = new()
    {
        ["pile-display"] = 0.7, ["tasting"] = 0.6, ["co-promo"] = 0.55, ["endcap"] = 0.8, ["group-buy"] = 0.65, ["festival"] = 0.75,
    };

    private static readonly string[] Competitors =
        ["全家门口在发满20减5的券", "罗森推出早餐套餐9.9元", "美宜佳新开一家店，距离300米", "隔壁超市鸡蛋特价"];

    private static readonly string[] ExceptionReasons = ["门店停电，店长在仓库盘点", "平板定位故障，已报修", "店长外出参加区域培训"];

    private readonly Random _random = new(1123);
    private readonly Dictionary<(Guid Store, Guid Product), int> _rolloutDay = [];

    public async Task WriteMonthAsync(LocalDate today, CancellationToken ct)
    {
        var lastWeekStart = today.With(DateAdjusters.PreviousOrSame(IsoDayOfWeek.Monday)).PlusWeeks(-1);
        for (var offset = Days; offset >= 1; offset--)
        {
            var day = today.PlusDays(-offset);
            foreach (var (store, seed) in stores)
            {
                await WriteDayAsync(store, seed, day, today, day >= lastWeekStart && day < lastWeekStart.PlusWeeks(1), ct);
            }
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
        }
    }

    private async Task WriteDayAsync(Store store, DemoChain.StoreSeed seed, LocalDate day, LocalDate today, bool clusterWeek, CancellationToken ct)
    {
        var manager = users[seed.Manager];
        var mustReport = (seed.Code == "HZ-003" && day >= today.PlusDays(-3)) || (seed.Code == "HZ-001" && clusterWeek);
        if (!mustReport && _random.NextDouble() > seed.Diligence)
        {
            // A missed day; now and then the manager tried from outside the fence first.
            if (_random.NextDouble() < 0.3)
            {
                var at = At(day, 9, _random.Next(60));
                var position = new GeoPosition(store.Latitude + 0.011, store.Longitude, 15);
                db.Refusals.Add(new FenceRefusalLog(Guid.NewGuid(), store.Id, manager, at, day, FenceRefusalLog.CheckInAction,
                    FenceRefusal.OutsideFence, position,
                    Geofence.DistanceMeters(store.Latitude, store.Longitude, position.Latitude, position.Longitude)));
            }
            return;
        }
        var checkedInAt = At(day, 8, 20 + _random.Next(90));
        var submittedAt = checkedInAt.Plus(Duration.FromMinutes(9 + _random.Next(32)));
        DailyReport report;
        if (_random.NextDouble() < 0.02 && seed.Code != "HZ-001")
        {
            db.Exceptions.Add(new FenceException(Guid.NewGuid(), store.Id, day, ExceptionReasons[_random.Next(ExceptionReasons.Length)],
                users[seed.Supervisor], checkedInAt.Minus(Duration.FromHours(12))));
            report = new DailyReport(Guid.NewGuid(), store.Id, day, manager, submittedAt, Guid.NewGuid().ToString("N"), DailyReport.Exception,
                null, null);
        }
        else
        {
            var position = new GeoPosition(store.Latitude + (_random.NextDouble() - 0.5) * 0.001, store.Longitude, 8 + _random.Next(25));
            var checkIn = new CheckIn(Guid.NewGuid(), store.Id, manager, checkedInAt, day, position, Geofence.Check(store, position));
            db.CheckIns.Add(checkIn);
            report = new DailyReport(Guid.NewGuid(), store.Id, day, manager, submittedAt, Guid.NewGuid().ToString("N"), DailyReport.InFence,
                checkIn.Id, submittedAt - checkedInAt);
        }
        if (_random.NextDouble() < 0.2)
        {
            report.CompetitorActivity = Competitors[_random.Next(Competitors.Length)];
        }
        for (var shot = 1; shot <= 3; shot++)
        {
            report.Attach(await PhotoAsync(store, day, manager, submittedAt, FileKind.ShelfPhoto, $"{store.Code} {day:yyyy-MM-dd} shelf {shot}", ct));
        }
        foreach (var promotion in promotions.Where(p => p.AppliesTo(store, day)))
        {
            var executed = _random.NextDouble() < seed.Diligence * TypeEffort.GetValueOrDefault(promotion.Type, 0.9);
            StoreFile? photo = null;
            if (executed)
            {
                photo = await PhotoAsync(store, day, manager, submittedAt, FileKind.PromotionPhoto, $"{promotion.Code} {store.Code} {day:MM-dd}", ct);
                report.Attach(photo);
            }
            report.Add(new PromotionExecution(Guid.NewGuid(), report.Id, store.Id, day, promotion.Id, executed, photo?.Id));
        }
        AddRollouts(report, store, seed, day);
        AddFeedback(report, store, seed, day, today, clusterWeek);
        foreach (var file in report.Files)
        {
            file.BelongTo(report.Id);
        }
        db.Reports.Add(report);
    }

    private void AddRollouts(DailyReport report, Store store, DemoChain.StoreSeed seed, LocalDate day)
    {
        foreach (var product in products.Where(p => p.LaunchOn <= day))
        {
            var key = (store.Id, product.Id);
            if (!_rolloutDay.TryGetValue(key, out var onShelfAfter))
            {
                onShelfAfter = 1 + _random.Next(seed.Diligence > 0.8 ? 4 : 9);
                _rolloutDay[key] = onShelfAfter;
            }
            var daysSinceLaunch = Period.Between(product.LaunchOn, day, PeriodUnits.Days).Days;
            if (daysSinceLaunch > onShelfAfter)
            {
                continue;
            }
            var status = daysSinceLaunch == onShelfAfter ? RolloutStatus.OnShelf
                : daysSinceLaunch == onShelfAfter - 1 ? RolloutStatus.Arrived
                : RolloutStatus.NotArrived;
            var line = new RolloutEntry(Guid.NewGuid(), report.Id, store.Id, day, product.Id, status);
            if (_random.NextDouble() < 0.2)
            {
                line.Verify(_random.NextDouble() > 0.12, users[seed.Supervisor]);
            }
            report.Add(line);
        }
    }

    private void AddFeedback(DailyReport report, Store store, DemoChain.StoreSeed seed, LocalDate day, LocalDate today, bool clusterWeek)
    {
        void Add(string category, string option, string question) =>
            report.Add(new FeedbackEntry(Guid.NewGuid(), report.Id, store.Id, day, category, option, question));

        if (seed.Code == "NB-004")
        {
            Add("service", "queue", DemoQuestions.CopiedText);
        }
        else if (_random.NextDouble() < 0.12)
        {
            var categories = DemoQuestions.Everyday.Select(l => l.Category).Distinct().ToList();
            var category = categories[_random.Next(categories.Count)];
            var lines = DemoQuestions.Everyday.Where(l => l.Category == category).ToList();
            var line = lines[_random.Next(lines.Count)];
            Add(line.Category, line.Option, line.Question);
        }
        if (seed.Code == "HZ-003" && day >= today.PlusDays(-3))
        {
            Add(DemoQuestions.HeatingCategory, DemoQuestions.HeatingOption, DemoQuestions.RepeatedQuestion);
        }
        else if ((clusterWeek && (_random.NextDouble() < 0.12 || (seed.Code == "HZ-001" && day.DayOfWeek == IsoDayOfWeek.Wednesday)))
            || _random.NextDouble() < 0.01)
        {
            var q = DemoQuestions.HeatingQuestions[_random.Next(DemoQuestions.HeatingQuestions.Count)];
            Add(DemoQuestions.HeatingCategory, DemoQuestions.HeatingOption, q);
        }
    }

    private async Task<StoreFile> PhotoAsync(Store store, LocalDate day, Guid userId, Instant at, string kind, string label, CancellationToken ct)
    {
        var id = Guid.NewGuid();
        var (photo, thumb) = DemoPhotos.Draw(label, id.GetHashCode(), kind == FileKind.PromotionPhoto);
        var key = $"stores/{store.Id:N}/{day:yyyy-MM-dd}/{id:N}.jpg";
        var thumbKey = $"stores/{store.Id:N}/{day:yyyy-MM-dd}/{id:N}-thumb.jpg";
        await using (var s = new MemoryStream(photo))
        {
            await files.SaveAsync(key, s, ct);
        }
        await using (var s = new MemoryStream(thumb))
        {
            await files.SaveAsync(thumbKey, s, ct);
        }
        return new StoreFile(id, store.Id, day, kind, key, thumbKey, "image/jpeg", photo.Length + thumb.Length, userId, at)
        {
            Width = DemoPhotos.Width,
            Height = DemoPhotos.Height,
        };
    }

    private Instant At(LocalDate day, int hour, int minutes) =>
        day.At(new LocalTime(hour, 0)).PlusMinutes(minutes).InZoneLeniently(zone).ToInstant();
}

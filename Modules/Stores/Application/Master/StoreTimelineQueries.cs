using System.Globalization;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using SalesSuite.SharedKernel.Time;
using SalesSuite.Stores.Data;
using SalesSuite.Stores.Domain;

namespace SalesSuite.Stores.Application.Master;

/// <summary>
/// A store's timeline over the last 7, 30 or 90 business days, newest first: check-ins, refusals, supervisor exceptions,
/// daily reports, tasks pushed, flags and the issue clusters that named the store. Each kind is read in the database for
/// this store and window (capped), then merged.
/// </summary>
internal sealed class StoreTimelineQueries(StoresDbContext db, StoresAccess access, BusinessClock business)
{
    public const int MaxPerKind = 500;
    public static readonly IReadOnlyList<int> Windows = [7, 30, 90];
    public static readonly IReadOnlyList<string> Kinds = ["checkin", "refusal", "exception", "report", "task", "flag", "cluster"];

    public async Task<IReadOnlyList<TimelineEntry>> ForStoreAsync(Guid storeId, int days, CancellationToken ct)
    {
        await access.EnsureVisibleAsync(storeId, ct);
        var store = await db.Stores.AsNoTracking().FirstOrDefaultAsync(s => s.Id == storeId, ct) ?? throw new KeyNotFoundException();
        var from = business.Today.PlusDays(1 - (Windows.Contains(days) ? days : Windows[0]));
        var since = business.StartOfDay(from);
        var checkIns = await db.CheckIns.AsNoTracking().Where(c => c.StoreId == storeId && c.Day >= from)
            .OrderByDescending(c => c.At).Take(MaxPerKind).ToListAsync(ct);
        var entries = new List<TimelineEntry>();
        entries.AddRange(checkIns.Select(c => new TimelineEntry(c.At, "checkin", c.UserId,
            c.Inside ? "Master_Timeline_CheckInInside" : "Master_Timeline_CheckInOutside", [Metres(c.DistanceMeters), Metres(c.AccuracyMeters)],
            Warning: !c.Inside)));
        var refusals = await db.Refusals.AsNoTracking().Where(r => r.StoreId == storeId && r.Day >= from)
            .OrderByDescending(r => r.At).Take(MaxPerKind).ToListAsync(ct);
        entries.AddRange(refusals.Select(r => new TimelineEntry(r.At, "refusal", r.UserId, "Fence_" + r.Reason,
            RefusalArguments(r, store, checkIns), "Master_Timeline_Refused_" + r.Action, Warning: true)));
        var exceptions = await db.Exceptions.AsNoTracking().Where(e => e.StoreId == storeId && e.Day >= from)
            .OrderByDescending(e => e.GrantedAt).Take(MaxPerKind).ToListAsync(ct);
        entries.AddRange(exceptions.Select(e => new TimelineEntry(e.GrantedAt, "exception", e.GrantedBy, "Master_Timeline_Exception",
            [Day(e.Day), e.Reason])));
        var reports = await db.Reports.AsNoTracking().Where(r => r.StoreId == storeId && r.Day >= from)
            .OrderByDescending(r => r.SubmittedAt).Take(MaxPerKind)
            .Select(r => new { r.Id, r.SubmittedAt, r.UserId, r.Day, r.Compliance, r.DwellMinutes }).ToListAsync(ct);
        entries.AddRange(reports.Select(r => new TimelineEntry(r.SubmittedAt, "report", r.UserId, "Master_Timeline_Report",
            [Day(r.Day), r.DwellMinutes?.ToString(CultureInfo.InvariantCulture) ?? "—"], "Compliance_" + r.Compliance, ReportId: r.Id)));
        var tasks = await db.Tasks.AsNoTracking().Where(t => t.StoreId == storeId && t.CreatedAt >= since)
            .OrderByDescending(t => t.CreatedAt).Take(MaxPerKind).ToListAsync(ct);
        entries.AddRange(tasks.Select(t => new TimelineEntry(t.CreatedAt, "task", null,
            t.DoneAt is null ? "Master_Timeline_TaskOpen" : "Master_Timeline_TaskDone", [t.Title], "TaskKind_" + t.Kind)));
        var flags = await db.Flags.AsNoTracking().Where(f => f.StoreId == storeId && f.RaisedAt >= since)
            .OrderByDescending(f => f.RaisedAt).Take(MaxPerKind).ToListAsync(ct);
        entries.AddRange(flags.Select(f => new TimelineEntry(f.RaisedAt, "flag", null, "Master_Timeline_Flag",
            [f.Question, Day(f.FirstDay), Day(f.LastDay)], Warning: true)));
        entries.AddRange(await ClustersAsync(storeId, since, ct));
        return [.. entries.OrderByDescending(e => e.At)];
    }

    private async Task<IEnumerable<TimelineEntry>> ClustersAsync(Guid storeId, Instant since, CancellationToken ct)
    {
        var clusters = await db.Clusters.AsNoTracking().Where(c => c.StoreIds.Contains(storeId) && c.RaisedAt >= since)
            .OrderByDescending(c => c.RaisedAt).Take(MaxPerKind).ToListAsync(ct);
        var codes = clusters.Select(c => c.CategoryCode).Distinct().ToList();
        var categories = await db.FeedbackCategories.AsNoTracking().Where(c => codes.Contains(c.Code))
            .ToDictionaryAsync(c => c.Code, c => c.Name, ct);
        return clusters.Select(c => new TimelineEntry(c.RaisedAt, "cluster", c.ResponsibleUserId, "Master_Timeline_Cluster",
            [categories.GetValueOrDefault(c.CategoryCode, c.CategoryCode), c.Count, Day(c.WeekStart)], Warning: c.ClosedAt is null));
    }

    /// <summary>The arguments the refusal's text (<c>Fence_{code}</c>) takes, from what the log kept.</summary>
    private static object[] RefusalArguments(FenceRefusalLog refusal, Store store, IReadOnlyList<CheckIn> checkIns) => refusal.Reason switch
    {
        FenceRefusal.PoorAccuracy => [Metres(refusal.AccuracyMeters), store.RadiusMeters],
        FenceRefusal.OutsideFence => [Metres(refusal.DistanceMeters), store.RadiusMeters],
        FenceRefusal.DwellTooShort => [MinutesSinceCheckIn(refusal, checkIns), store.MinDwellMinutes],
        _ => [],
    };

    private static string MinutesSinceCheckIn(FenceRefusalLog refusal, IReadOnlyList<CheckIn> checkIns) =>
        checkIns.Where(c => c.Inside && c.UserId == refusal.UserId && c.Day == refusal.Day && c.At <= refusal.At)
            .OrderByDescending(c => c.At).FirstOrDefault() is { } last
            ? ((int)(refusal.At - last.At).TotalMinutes).ToString(CultureInfo.InvariantCulture)
            : "—";

    private static string Metres(double? value) => value is { } v ? Math.Round(v).ToString("0", CultureInfo.InvariantCulture) : "—";

    private static string Day(LocalDate day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

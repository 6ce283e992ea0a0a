using Microsoft.EntityFrameworkCore;
using NodaTime;
using SalesSuite.SharedKernel.Identity;
using SalesSuite.SharedKernel.Time;
using SalesSuite.Stores.Application.Catalog;
using SalesSuite.Stores.Data;
using SalesSuite.Stores.Domain;

namespace SalesSuite.Stores.Application.Day;

/// <summary>
/// The store manager's tablet day: which stores they run, today's check-in and dwell, the supervisor's exception, today's
/// tasks and report, and the last <see cref="HistoryDays"/> days. Only the store's own managers read it.
/// </summary>
internal sealed class DayQueries(StoresDbContext db, StoresAccess access, CatalogQueries catalog, BusinessClock clock, IOrganisation org)
{
    public const int HistoryDays = 30;

    /// <summary>The active stores the signed-in user runs (the picker).</summary>
    public Task<IReadOnlyList<Store>> MyStoresAsync(CancellationToken ct) => catalog.StoresManagedByAsync(access.UserId, ct);

    /// <summary>One of my stores: <paramref name="storeId"/>, or the first when none is chosen; null when I run no store.</summary>
    public async Task<Store?> ChooseAsync(Guid? storeId, CancellationToken ct)
    {
        var mine = await MyStoresAsync(ct);
        if (storeId is not { } id)
        {
            return mine.FirstOrDefault();
        }
        return mine.FirstOrDefault(s => s.Id == id) ?? throw new KeyNotFoundException();
    }

    public async Task<DayView> DayAsync(Store store, CancellationToken ct)
    {
        access.EnsureManagerOf(store);
        var today = clock.Today;
        var status = await StatusAsync(store, ct);
        var tasks = await db.Tasks.AsNoTracking().Where(t => t.StoreId == store.Id && t.DoneAt == null).ToListAsync(ct);
        return new DayView(
            status,
            await catalog.PromotionsForAsync(store, today, ct),
            await catalog.ProductsToReportAsync(store, today, ct),
            [.. tasks.OrderBy(t => t.DueOn ?? LocalDate.MaxIsoValue).ThenBy(t => t.CreatedAt)],
            await HistoryAsync(store, today, ct));
    }

    /// <summary>
    /// Today's check-in state. The dwell runs from the FIRST inside check-in of the business day
    /// (<see cref="FirstInsideCheckInAsync"/>, which the report's submit uses too).
    /// </summary>
    public async Task<DayStatus> StatusAsync(Store store, CancellationToken ct)
    {
        access.EnsureManagerOf(store);
        var today = clock.Today;
        var checkIns = await db.CheckIns.AsNoTracking().Where(c => c.StoreId == store.Id && c.Day == today).ToListAsync(ct);
        var inside = checkIns.Where(c => c.Inside).MinBy(c => c.At);
        var opensAt = inside?.At + Duration.FromMinutes(store.MinDwellMinutes);
        var left = opensAt is { } at ? Math.Max(0, (int)Math.Ceiling((at - clock.Now).TotalSeconds)) : 0;
        var exception = await db.Exceptions.AsNoTracking().SingleOrDefaultAsync(e => e.StoreId == store.Id && e.Day == today, ct);
        var report = await db.Reports.AsNoTracking().Where(r => r.StoreId == store.Id && r.Day == today)
            .Select(r => new TodayReport(r.Id, r.SubmittedAt, r.Compliance)).SingleOrDefaultAsync(ct);
        var granted = exception is null ? null : await ExceptionAsync(exception, ct);
        return new DayStatus(store, today, inside, checkIns.MaxBy(c => c.At), left, granted, report);
    }

    /// <summary>The first check-in inside the fence of <paramref name="storeId"/> on <paramref name="day"/> (any manager), or null.</summary>
    public async Task<CheckIn?> FirstInsideCheckInAsync(Guid storeId, LocalDate day, CancellationToken ct)
    {
        var inside = await db.CheckIns.AsNoTracking().Where(c => c.StoreId == storeId && c.Day == day && c.Inside).ToListAsync(ct);
        return inside.MinBy(c => c.At);
    }

    private async Task<ExceptionToday> ExceptionAsync(FenceException exception, CancellationToken ct)
    {
        var by = await org.FindUserAsync(exception.GrantedBy, ct);
        return new ExceptionToday(by?.DisplayName ?? string.Empty, exception.GrantedAt, exception.Reason);
    }

    /// <summary>The <see cref="HistoryDays"/> days before today, newest first; a day without a report is listed as missing.</summary>
    private async Task<IReadOnlyList<HistoryDay>> HistoryAsync(Store store, LocalDate today, CancellationToken ct)
    {
        var from = today.PlusDays(-HistoryDays);
        var reports = await db.Reports.AsNoTracking()
            .Where(r => r.StoreId == store.Id && r.Day >= from && r.Day < today)
            .Select(r => new HistoryDay(r.Day, r.Id, r.Compliance,
                db.Files.Count(f => f.ReportId == r.Id && f.Kind != FileKind.Recording),
                db.Feedback.Count(f => f.ReportId == r.Id)))
            .ToListAsync(ct);
        var byDay = reports.ToDictionary(r => r.Day);
        return [.. Enumerable.Range(1, HistoryDays).Select(i => today.PlusDays(-i))
            .Select(d => byDay.TryGetValue(d, out var r) ? r : new HistoryDay(d, null, null, 0, 0))];
    }
}

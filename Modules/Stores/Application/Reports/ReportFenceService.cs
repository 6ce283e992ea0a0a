using Microsoft.EntityFrameworkCore;
using SalesSuite.SharedKernel.Application;
using SalesSuite.SharedKernel.Domain;
using SalesSuite.SharedKernel.Time;
using SalesSuite.Stores.Application.Day;
using SalesSuite.Stores.Data;
using SalesSuite.Stores.Domain;

namespace SalesSuite.Stores.Application.Reports;

/// <summary>
/// The server's fence decision for a report: the supervisor's exception for today lets it in; otherwise the store's
/// first inside check-in today (the day page counts down from the same one), a submit position inside the fence and the minimum dwell since that check-in. A refusal
/// is logged in its own commit (it survives the refused request) and thrown with the reason in the reader's language.
/// </summary>
internal sealed class ReportFenceService(StoresDbContext db, UnitOfWork<StoresDbContext> unitOfWork, BusinessClock clock, DayQueries day)
{
    public async Task<FencePass> PassAsync(Store store, Guid userId, GeoPosition? position, CancellationToken ct)
    {
        var today = clock.Today;
        if (await db.Exceptions.AnyAsync(e => e.StoreId == store.Id && e.Day == today, ct))
        {
            return new FencePass(DailyReport.Exception, null, null);
        }
        // The same clock as the day page's countdown: the store's first check-in inside the fence today.
        var checkIn = await day.FirstInsideCheckInAsync(store.Id, today, ct);
        var at = position ?? new GeoPosition(double.NaN, double.NaN, double.NaN);
        var verdict = checkIn is null ? new FenceVerdict(FenceRefusal.NoCheckIn, double.NaN) : Geofence.Check(store, at);
        var refusal = verdict.Refusal ?? Geofence.DwellRefusal(store, checkIn?.At, clock.Now);
        if (refusal is null)
        {
            return new FencePass(DailyReport.InFence, checkIn!.Id, checkIn.At);
        }
        db.Refusals.Add(new FenceRefusalLog(Guid.NewGuid(), store.Id, userId, clock.Now, today, FenceRefusalLog.ReportAction, refusal,
            position, verdict.DistanceMeters));
        await unitOfWork.CommitAsync("Report.FenceRefused", ct);
        throw ReportRefusedException.One(string.Empty, new DomainException("Fence_" + refusal, Arguments(refusal, store, at, verdict, checkIn)));
    }

    private object[] Arguments(string refusal, Store store, GeoPosition position, FenceVerdict verdict, CheckIn? checkIn) => refusal switch
    {
        FenceRefusal.OutsideFence => [(int)Math.Round(verdict.DistanceMeters), store.RadiusMeters],
        FenceRefusal.PoorAccuracy => [(int)Math.Round(position.AccuracyMeters), store.RadiusMeters],
        FenceRefusal.DwellTooShort => [(int)Math.Floor((clock.Now - checkIn!.At).TotalMinutes), store.MinDwellMinutes],
        _ => [],
    };
}

using Microsoft.EntityFrameworkCore;
using SalesSuite.SharedKernel.Application;
using SalesSuite.SharedKernel.Domain;
using SalesSuite.SharedKernel.Events;
using SalesSuite.SharedKernel.Time;
using SalesSuite.Stores.Contracts;
using SalesSuite.Stores.Data;
using SalesSuite.Stores.Domain;

namespace SalesSuite.Stores.Application.Day;

/// <summary>
/// A store manager checks in on the tablet. The server decides with <see cref="Geofence.Check"/>; every check-in with a
/// position is kept (inside or not) and published as <see cref="StoreCheckedIn"/>. A refused one is also written to the
/// refusal log and, after it is saved, answered with a <see cref="DomainException"/> <c>Fence_{code}</c> (422) whose
/// arguments are the numbers the manager needs: distance or accuracy, then the store's radius.
/// </summary>
internal sealed class CheckInCommands(StoresDbContext db, StoresAccess access, BusinessClock clock, UnitOfWork<StoresDbContext> unitOfWork)
{
    /// <param name="position">Null when the browser gave none (permission denied, unavailable, timed out).</param>
    public async Task<CheckIn> CheckInAsync(Guid storeId, GeoPosition? position, CancellationToken ct)
    {
        var store = await db.Stores.AsNoTracking().SingleOrDefaultAsync(s => s.Id == storeId && s.Active, ct)
            ?? throw new KeyNotFoundException();
        access.EnsureManagerOf(store);
        var now = clock.Now;
        var today = clock.Today;
        if (position is not { IsValid: true } valid)
        {
            db.Refusals.Add(new FenceRefusalLog(Guid.NewGuid(), store.Id, access.UserId, now, today, FenceRefusalLog.CheckInAction,
                FenceRefusal.NoPosition, null, null));
            await unitOfWork.CommitAsync("Stores.CheckIn", ct);
            throw new DomainException("Fence_" + FenceRefusal.NoPosition);
        }
        var verdict = Geofence.Check(store, valid);
        var checkIn = new CheckIn(Guid.NewGuid(), store.Id, access.UserId, now, today, valid, verdict);
        db.CheckIns.Add(checkIn);
        db.Publish(new StoreCheckedIn(Guid.NewGuid(), now, access.UserId, checkIn.Id, store.Id, store.Code, store.Region, access.UserId,
            today, verdict.Inside, checkIn.DistanceMeters ?? 0, valid.AccuracyMeters));
        if (verdict.Refusal is { } refusal)
        {
            db.Refusals.Add(new FenceRefusalLog(Guid.NewGuid(), store.Id, access.UserId, now, today, FenceRefusalLog.CheckInAction, refusal,
                valid, verdict.DistanceMeters));
        }
        await unitOfWork.CommitAsync("Stores.CheckIn", ct);
        if (verdict.Refusal is { } refused)
        {
            var measured = refused == FenceRefusal.PoorAccuracy ? valid.AccuracyMeters : verdict.DistanceMeters;
            throw new DomainException("Fence_" + refused, (int)Math.Round(measured), store.RadiusMeters);
        }
        return checkIn;
    }
}

using Microsoft.EntityFrameworkCore;
using NodaTime;
using SalesSuite.SharedKernel.Time;
using SalesSuite.Stores.Data;

namespace SalesSuite.Stores.Application.Hq;

/// <summary>
/// Loads the stores a headquarters view shows: the user's scope (<see cref="StoresAccess.ScopeAsync"/>), active stores,
/// narrowed by region and supervisor. A chain has a few hundred stores: they are loaded once; their reports never are.
/// </summary>
internal sealed class HqViewService(StoresDbContext db, StoresAccess access, BusinessClock clock)
{
    public LocalDate Today => clock.Today;

    public async Task<HqView> LoadAsync(HqPeriod period, string? region, Guid? supervisorId, CancellationToken ct)
    {
        var scope = await access.ScopeAsync(ct);
        var all = await scope.Apply(db.Stores.AsNoTracking().Where(s => s.Active), s => s.Id)
            .OrderBy(s => s.Code)
            .Select(s => new HqStore(s.Id, s.Code, s.Name, s.Region, s.Latitude, s.Longitude, s.OpenedOn, s.SupervisorUserId))
            .ToListAsync(ct);
        var regions = all.Select(s => s.Region).Distinct().Order(StringComparer.Ordinal).ToList();
        var shown = all
            .Where(s => string.IsNullOrWhiteSpace(region) || s.Region == region)
            .Where(s => supervisorId is null || s.SupervisorUserId == supervisorId)
            .ToList();
        return new HqView(period, clock.Today, shown, regions, await access.Records.NamesAsync(ct));
    }
}

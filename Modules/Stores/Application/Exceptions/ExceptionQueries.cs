using Microsoft.EntityFrameworkCore;
using SalesSuite.SharedKernel.Identity;
using SalesSuite.SharedKernel.Time;
using SalesSuite.Stores.Data;
using SalesSuite.Stores.Domain;

namespace SalesSuite.Stores.Application.Exceptions;

/// <summary>
/// The supervisor's exceptions page: the stores they oversee, the exceptions granted and the fence refusal log, limited
/// to their stores (headquarters: all) and to the last days asked for.
/// </summary>
internal sealed class ExceptionQueries(StoresDbContext db, StoresAccess access, BusinessClock clock, IOrganisation org)
{
    public const int DefaultDays = 30;
    public const int MaxDays = 366;
    public const int MaxRows = 2000;

    /// <summary>Area supervisors and headquarters; store managers and everyone else get 403.</summary>
    public bool CanUse => access.IsHeadquarters || access.IsSupervisor;

    public async Task<IReadOnlyList<Store>> StoresAsync(CancellationToken ct)
    {
        var scope = await access.ScopeAsync(ct);
        var stores = await scope.Apply(db.Stores.AsNoTracking(), s => s.Id).OrderBy(s => s.Code).ToListAsync(ct);
        if (access.IsHeadquarters)
        {
            return stores;
        }
        var visibility = await access.Records.VisibilityAsync(ct);
        return [.. stores.Where(s => s.SupervisorUserId is { } sup && visibility.Owners.Contains(sup))];
    }

    public async Task<IReadOnlyList<ExceptionRow>> GrantedAsync(ExceptionFilter filter, CancellationToken ct)
    {
        var stores = await StoresInAsync(filter, ct);
        var ids = stores.Keys.ToList();
        var from = clock.Today.PlusDays(-filter.Days);
        var rows = await db.Exceptions.AsNoTracking().Where(e => ids.Contains(e.StoreId) && e.Day >= from)
            .OrderByDescending(e => e.Day).Take(MaxRows).ToListAsync(ct);
        var names = await NamesAsync(ct);
        return [.. rows.Select(e => new ExceptionRow(e.StoreId, stores[e.StoreId].Code, stores[e.StoreId].Name, e.Day, e.Reason,
            names.GetValueOrDefault(e.GrantedBy, string.Empty), e.GrantedAt))];
    }

    public async Task<IReadOnlyList<RefusalRow>> RefusalsAsync(ExceptionFilter filter, CancellationToken ct)
    {
        var stores = await StoresInAsync(filter, ct);
        var ids = stores.Keys.ToList();
        var from = clock.Today.PlusDays(-filter.Days);
        var rows = await db.Refusals.AsNoTracking().Where(r => ids.Contains(r.StoreId) && r.Day >= from)
            .OrderByDescending(r => r.At).Take(MaxRows).ToListAsync(ct);
        var names = await NamesAsync(ct);
        return [.. rows.Select(r => new RefusalRow(r.StoreId, stores[r.StoreId].Code, stores[r.StoreId].Name,
            names.GetValueOrDefault(r.UserId, string.Empty), r.At, r.Action, r.Reason, r.DistanceMeters, r.AccuracyMeters))];
    }

    private async Task<Dictionary<Guid, Store>> StoresInAsync(ExceptionFilter filter, CancellationToken ct) =>
        (await StoresAsync(ct)).Where(s => filter.StoreId is not { } id || s.Id == id).ToDictionary(s => s.Id);

    private async Task<Dictionary<Guid, string>> NamesAsync(CancellationToken ct) =>
        (await org.ActiveUsersAsync(ct)).ToDictionary(u => u.Id, u => u.DisplayName);
}

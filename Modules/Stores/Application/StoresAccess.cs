using Microsoft.EntityFrameworkCore;
using SalesSuite.SharedKernel.Application;
using SalesSuite.SharedKernel.Identity;
using SalesSuite.SharedKernel.Persistence;
using SalesSuite.Stores.Data;
using SalesSuite.Stores.Domain;

namespace SalesSuite.Stores.Application;

/// <summary>
/// Who sees and does what in Stores, per role and per store:
/// - headquarters (admin, sales director, general manager, marketing as HQ operations) sees every store;
/// - an area supervisor (regional manager) sees the stores they or their reports supervise;
/// - a store manager sees the stores they run.
/// Headquarters configuration (stores, feedback tree, promotions, products, settings) is for admin, director and marketing.
/// Computed once per request (a chain has a few hundred stores at most).
/// </summary>
internal sealed class StoresAccess(RecordAccess access, StoresDbContext db)
{
    public static readonly IReadOnlyList<string> HeadquartersRoles = [Roles.Admin, Roles.SalesDirector, Roles.GeneralManager, Roles.Marketing];
    public static readonly IReadOnlyList<string> ConfigureRoles = [Roles.Admin, Roles.SalesDirector, Roles.Marketing];

    private StoreScope? _scope;

    public Guid UserId => access.UserId;

    public RecordAccess Records => access;

    public bool IsHeadquarters => access.IsInAnyRole(HeadquartersRoles);

    public bool CanConfigure => access.IsInAnyRole(ConfigureRoles);

    public bool IsSupervisor => access.IsInRole(Roles.RegionalManager);

    public bool IsStoreManager => access.IsInRole(Roles.StoreManager);

    /// <summary>The stores this user may see (all for headquarters).</summary>
    public async Task<StoreScope> ScopeAsync(CancellationToken ct)
    {
        if (_scope is not null)
        {
            return _scope;
        }
        if (IsHeadquarters)
        {
            return _scope = StoreScope.Everything;
        }
        var stores = await db.Stores.AsNoTracking().ToListAsync(ct);
        var visibility = await access.VisibilityAsync(ct);
        var ids = stores
            .Where(s => (IsSupervisor && s.SupervisorUserId is { } sup && visibility.Owners.Contains(sup)) || s.IsManagedBy(access.UserId))
            .Select(s => s.Id)
            .ToHashSet();
        return _scope = new StoreScope(false, ids);
    }

    /// <summary>404 when the store is not in the user's scope (a store one may not see does not exist for them).</summary>
    public async Task EnsureVisibleAsync(Guid storeId, CancellationToken ct)
    {
        if (!(await ScopeAsync(ct)).Contains(storeId))
        {
            throw new KeyNotFoundException();
        }
    }

    /// <summary>Only the store's own managers report for it (headquarters and supervisors read; they do not report).</summary>
    public void EnsureManagerOf(Store store)
    {
        if (!store.IsManagedBy(access.UserId))
        {
            throw new UnauthorizedAccessException();
        }
    }

    /// <summary>The store's area supervisor (or anyone above them in the reporting line, or headquarters) may grant exceptions.</summary>
    public async Task EnsureSupervisesAsync(Store store, CancellationToken ct)
    {
        if (IsHeadquarters)
        {
            return;
        }
        var visibility = await access.VisibilityAsync(ct);
        if (!IsSupervisor || store.SupervisorUserId is not { } sup || !visibility.Owners.Contains(sup))
        {
            throw new UnauthorizedAccessException();
        }
    }

    public void EnsureCanConfigure()
    {
        if (!CanConfigure)
        {
            throw new UnauthorizedAccessException();
        }
    }
}

/// <summary>The set of stores a user may see; <see cref="All"/> for headquarters.</summary>
internal sealed record StoreScope(bool All, IReadOnlySet<Guid> StoreIds)
{
    public static readonly StoreScope Everything = new(true, new HashSet<Guid>());

    public bool Contains(Guid storeId) => All || StoreIds.Contains(storeId);

    /// <summary>Filters a query to the scope (no filter for headquarters).</summary>
    public IQueryable<T> Apply<T>(IQueryable<T> query, System.Linq.Expressions.Expression<Func<T, Guid>> storeId)
    {
        if (All)
        {
            return query;
        }
        return query.Where(QueryParameters.In(storeId, StoreIds));
    }
}

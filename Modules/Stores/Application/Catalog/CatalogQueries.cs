using Microsoft.EntityFrameworkCore;
using NodaTime;
using SalesSuite.Stores.Data;
using SalesSuite.Stores.Domain;

namespace SalesSuite.Stores.Application.Catalog;

/// <summary>
/// What headquarters asks of a store on a given day: the promotions that apply, the new products still to report, the
/// feedback tree, and the stores a manager runs. Used by the tablet day page and the report form (and their checks).
/// </summary>
internal sealed class CatalogQueries(StoresDbContext db)
{
    /// <summary>Active promotions running on <paramref name="day"/> for every store or for the store's region.</summary>
    public async Task<IReadOnlyList<Promotion>> PromotionsForAsync(Store store, LocalDate day, CancellationToken ct)
    {
        var running = await db.Promotions.AsNoTracking()
            .Where(p => p.Active && p.StartsOn <= day && p.EndsOn >= day && (p.Region == null || p.Region == store.Region))
            .OrderBy(p => p.EndsOn).ThenBy(p => p.Code)
            .ToListAsync(ct);
        return running.Where(p => p.AppliesTo(store, day)).ToList();
    }

    /// <summary>
    /// Active new products launched by <paramref name="day"/> that the store has not yet reported on shelf (a product
    /// drops off the store's list once a report says <see cref="RolloutStatus.OnShelf"/>).
    /// </summary>
    public async Task<IReadOnlyList<NewProduct>> ProductsToReportAsync(Store store, LocalDate day, CancellationToken ct)
    {
        var onShelf = db.Rollouts.Where(r => r.StoreId == store.Id && r.Status == RolloutStatus.OnShelf && r.Day < day).Select(r => r.ProductId);
        return await db.Products.AsNoTracking()
            .Where(p => p.Active && p.LaunchOn <= day && !onShelf.Contains(p.Id))
            .OrderBy(p => p.LaunchOn).ThenBy(p => p.Sku)
            .ToListAsync(ct);
    }

    /// <summary>The active feedback categories in order; each category's inactive options are left to the caller to hide.</summary>
    public async Task<IReadOnlyList<FeedbackCategory>> FeedbackTreeAsync(CancellationToken ct) =>
        await db.FeedbackCategories.AsNoTracking().Where(c => c.Active).OrderBy(c => c.SortOrder).ThenBy(c => c.Code).ToListAsync(ct);

    /// <summary>The active stores <paramref name="userId"/> runs as a store manager, by code.</summary>
    public async Task<IReadOnlyList<Store>> StoresManagedByAsync(Guid userId, CancellationToken ct)
    {
        var stores = await db.Stores.AsNoTracking().Where(s => s.Active).OrderBy(s => s.Code).ToListAsync(ct);
        return stores.Where(s => s.IsManagedBy(userId)).ToList();
    }
}

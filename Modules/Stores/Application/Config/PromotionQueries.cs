using Microsoft.EntityFrameworkCore;
using SalesSuite.SharedKernel.Time;
using SalesSuite.Stores.Data;
using SalesSuite.Stores.Domain;

namespace SalesSuite.Stores.Application.Config;

/// <summary>Headquarters' promotion list, filtered in the database (newest start first).</summary>
internal sealed class PromotionQueries(StoresDbContext db, BusinessClock business)
{
    public const string AllStores = "*";

    public async Task<IReadOnlyList<Promotion>> ListAsync(PromotionFilter filter, CancellationToken ct)
    {
        var query = db.Promotions.AsNoTracking();
        var today = business.Today;
        query = filter.Status switch
        {
            PromotionFilter.Active => query.Where(p => p.Active),
            PromotionFilter.Inactive => query.Where(p => !p.Active),
            PromotionFilter.Current => query.Where(p => p.Active && p.StartsOn <= today && p.EndsOn >= today),
            _ => query,
        };
        if (!string.IsNullOrWhiteSpace(filter.Type))
        {
            query = query.Where(p => p.Type == filter.Type);
        }
        if (filter.Region == AllStores)
        {
            query = query.Where(p => p.Region == null);
        }
        else if (!string.IsNullOrWhiteSpace(filter.Region))
        {
            query = query.Where(p => p.Region == filter.Region);
        }
        return await query.OrderByDescending(p => p.StartsOn).ThenBy(p => p.Code).ToListAsync(ct);
    }

    public Task<Promotion?> FindAsync(Guid id, CancellationToken ct) => db.Promotions.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, ct);

    /// <summary>The regions the stores have (a promotion can target one of them).</summary>
    public async Task<IReadOnlyList<string>> RegionsAsync(CancellationToken ct) =>
        await db.Stores.AsNoTracking().Select(s => s.Region).Distinct().OrderBy(r => r).ToListAsync(ct);
}

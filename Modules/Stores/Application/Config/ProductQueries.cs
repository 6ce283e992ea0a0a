using Microsoft.EntityFrameworkCore;
using SalesSuite.Stores.Data;
using SalesSuite.Stores.Domain;

namespace SalesSuite.Stores.Application.Config;

/// <summary>Headquarters' list of new SKUs (latest launch first), optionally only the active ones.</summary>
internal sealed class ProductQueries(StoresDbContext db)
{
    public async Task<IReadOnlyList<NewProduct>> ListAsync(bool activeOnly, CancellationToken ct)
    {
        var query = db.Products.AsNoTracking();
        if (activeOnly)
        {
            query = query.Where(p => p.Active);
        }
        return await query.OrderByDescending(p => p.LaunchOn).ThenBy(p => p.Sku).ToListAsync(ct);
    }

    public Task<NewProduct?> FindAsync(Guid id, CancellationToken ct) => db.Products.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, ct);
}

using Microsoft.EntityFrameworkCore;
using SalesSuite.Leads.Data;
using SalesSuite.Leads.Domain;

namespace SalesSuite.Leads.Application;

/// <summary>The configured tag values (sources, industries, budgets, needs), in their configured order.</summary>
internal sealed class TagQueries(LeadsDbContext db)
{
    public async Task<ILookup<TagCategory, string>> ByCategoryAsync(CancellationToken ct) =>
        (await db.TagOptions.AsNoTracking().OrderBy(t => t.Position).Select(t => new { t.Category, t.Value }).ToListAsync(ct))
            .ToLookup(t => t.Category, t => t.Value);
}

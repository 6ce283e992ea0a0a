using Microsoft.EntityFrameworkCore;
using SalesSuite.Collections.Data;

namespace SalesSuite.Collections.Application.Reasons;

/// <summary>The configured overdue reasons (a short list: active and inactive, in their order).</summary>
internal sealed class ReasonQueries(CollectionsDbContext db)
{
    public async Task<IReadOnlyList<ReasonRow>> ListAsync(CancellationToken ct)
    {
        var reasons = await db.OverdueReasons.AsNoTracking().OrderBy(r => r.SortOrder).ThenBy(r => r.Name).ToListAsync(ct);
        return reasons.Select(r => new ReasonRow(r.Id, r.Name, r.RequiresText, r.SortOrder, r.Active, r.Version, r.Steps.Count)).ToList();
    }

    public async Task<PlaybookView?> PlaybookAsync(Guid id, CancellationToken ct)
    {
        var reason = await db.OverdueReasons.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, ct);
        return reason is null ? null : new PlaybookView(reason.Id, reason.Name, reason.Version, reason.Steps.OrderBy(s => s.Order).ToList());
    }
}

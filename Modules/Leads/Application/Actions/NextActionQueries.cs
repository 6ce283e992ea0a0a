using Microsoft.EntityFrameworkCore;
using SalesSuite.Leads.Data;
using SalesSuite.SharedKernel.Application;
using SalesSuite.SharedKernel.Identity;

namespace SalesSuite.Leads.Application.Actions;

/// <summary>Open next actions the user may see (filtered in the database), earliest due first.</summary>
internal sealed class NextActionQueries(LeadsDbContext db, RecordAccess access)
{
    public async Task<NextActionList> OpenAsync(int take, CancellationToken ct)
    {
        var visibility = await access.VisibilityAsync(ct);
        var rows = await db.NextActions.AsNoTracking().Where(a => a.DoneAt == null).VisibleTo(visibility, a => a.OwnerId)
            .OrderBy(a => a.Due).Take(take).ToListAsync(ct);
        var ids = rows.Select(r => r.CustomerId).Distinct().ToList();
        var customers = await db.Customers.AsNoTracking().Where(c => ids.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Name, ct);
        return new NextActionList(rows, customers, await access.NamesAsync(ct));
    }
}

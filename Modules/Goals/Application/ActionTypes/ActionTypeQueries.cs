using Microsoft.EntityFrameworkCore;
using SalesSuite.Goals.Data;
using SalesSuite.Goals.Domain;

namespace SalesSuite.Goals.Application.ActionTypes;

/// <summary>The evidence standards (every Goals user may read them; only configuration pages change them).</summary>
internal sealed class ActionTypeQueries(GoalsDbContext db)
{
    public async Task<IReadOnlyList<KeyActionType>> ListAsync(bool activeOnly, CancellationToken ct) =>
        await db.ActionTypes.AsNoTracking().Where(t => !activeOnly || t.Active).OrderBy(t => t.Code).ToListAsync(ct);

    public async Task<KeyActionType?> FindAsync(Guid id, CancellationToken ct) =>
        await db.ActionTypes.AsNoTracking().FirstOrDefaultAsync(t => t.Id == id, ct);
}

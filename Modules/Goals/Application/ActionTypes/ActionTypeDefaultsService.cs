using Microsoft.EntityFrameworkCore;
using SalesSuite.Goals.Data;
using SalesSuite.Goals.Domain;
using SalesSuite.SharedKernel.Application;

namespace SalesSuite.Goals.Application.ActionTypes;

/// <summary>Inserts the default evidence standards that are missing (by id or code); several hosts starting at once insert them once.</summary>
internal sealed class ActionTypeDefaultsService(GoalsDbContext db, UnitOfWork<GoalsDbContext> unitOfWork)
{
    public async Task<int> EnsureAsync(CancellationToken ct)
    {
        var existing = await db.ActionTypes.AsNoTracking().Select(t => new { t.Id, t.Code }).ToListAsync(ct);
        var missing = DefaultActionTypes.Create().Where(d => !existing.Any(e => e.Id == d.Id || e.Code == d.Code)).ToList();
        if (missing.Count == 0)
        {
            return 0;
        }
        db.ActionTypes.AddRange(missing);
        try
        {
            await unitOfWork.CommitAsync("ActionType.Defaults", ct);
        }
        catch (DbUpdateException)
        {
            // Another host added them at the same moment.
            db.ChangeTracker.Clear();
            var ids = missing.Select(m => m.Id).ToList();
            if (await db.ActionTypes.AsNoTracking().AnyAsync(t => ids.Contains(t.Id), ct))
            {
                return 0;
            }
            throw;
        }
        return missing.Count;
    }
}

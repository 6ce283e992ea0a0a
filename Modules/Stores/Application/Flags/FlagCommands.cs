using Microsoft.EntityFrameworkCore;
using SalesSuite.SharedKernel.Application;
using SalesSuite.SharedKernel.Time;
using SalesSuite.Stores.Data;

namespace SalesSuite.Stores.Application.Flags;

/// <summary>The store's area supervisor (or headquarters) acknowledges a same-question flag with a note.</summary>
internal sealed class FlagCommands(StoresDbContext db, UnitOfWork<StoresDbContext> unitOfWork, StoresAccess access, BusinessClock business)
{
    public async Task AcknowledgeAsync(Guid flagId, string? note, CancellationToken ct)
    {
        var flag = await db.Flags.FirstOrDefaultAsync(f => f.Id == flagId, ct) ?? throw new KeyNotFoundException();
        await access.EnsureVisibleAsync(flag.StoreId, ct);
        var store = await db.Stores.AsNoTracking().FirstAsync(s => s.Id == flag.StoreId, ct);
        await access.EnsureSupervisesAsync(store, ct);
        flag.Acknowledge(note, business.Now);
        await unitOfWork.CommitAsync("StoreFlag.Acknowledge", ct);
    }
}

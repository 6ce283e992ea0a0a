using Microsoft.EntityFrameworkCore;
using SalesSuite.SharedKernel.Application;
using SalesSuite.Stores.Data;

namespace SalesSuite.Stores.Application.Hq;

/// <summary>Headquarters' spot check of the roll-out lines a store reported.</summary>
internal sealed class RolloutCommands(StoresDbContext db, StoresAccess access, UnitOfWork<StoresDbContext> unitOfWork)
{
    /// <summary>Marks a line right or wrong (again: the last check counts). 404 outside the user's stores, 403 for others.</summary>
    public async Task VerifyAsync(Guid lineId, bool correct, CancellationToken ct)
    {
        var line = await db.Rollouts.SingleOrDefaultAsync(x => x.Id == lineId, ct) ?? throw new KeyNotFoundException();
        await access.EnsureVisibleAsync(line.StoreId, ct);
        var store = await db.Stores.AsNoTracking().SingleAsync(s => s.Id == line.StoreId, ct);
        await RolloutVerification.EnsureMayVerifyAsync(access, store, ct);
        line.Verify(correct, access.UserId);
        await unitOfWork.CommitAsync("Rollout.Verify", ct);
    }
}

using Microsoft.EntityFrameworkCore;
using SalesSuite.SharedKernel.Application;
using SalesSuite.SharedKernel.Time;
using SalesSuite.Stores.Data;
using SalesSuite.Stores.Domain;

namespace SalesSuite.Stores.Application.Day;

/// <summary>A store manager marks a task of their store done (a second click changes nothing).</summary>
internal sealed class StoreTaskCommands(StoresDbContext db, StoresAccess access, BusinessClock clock, UnitOfWork<StoresDbContext> unitOfWork)
{
    public async Task<StoreTask> CompleteAsync(Guid storeId, Guid taskId, CancellationToken ct)
    {
        var task = await db.Tasks.SingleOrDefaultAsync(t => t.Id == taskId && t.StoreId == storeId, ct) ?? throw new KeyNotFoundException();
        var store = await db.Stores.AsNoTracking().SingleOrDefaultAsync(s => s.Id == task.StoreId, ct) ?? throw new KeyNotFoundException();
        access.EnsureManagerOf(store);
        if (task.IsOpen)
        {
            task.Complete(access.UserId, clock.Now);
            await unitOfWork.CommitAsync("Stores.CompleteTask", ct);
        }
        return task;
    }
}

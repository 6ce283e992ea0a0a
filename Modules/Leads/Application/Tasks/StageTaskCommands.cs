using Microsoft.EntityFrameworkCore;
using NodaTime;
using SalesSuite.Leads.Data;
using SalesSuite.SharedKernel.Application;
using SalesSuite.SharedKernel.Domain;

namespace SalesSuite.Leads.Application.Tasks;

/// <summary>Stage-task use cases: the task's role (or a manager) marks it done.</summary>
internal sealed class StageTaskCommands(LeadsDbContext db, RecordAccess access, UnitOfWork<LeadsDbContext> uow, IClock clock)
{
    /// <summary>
    /// Completes an open task; returns its title. Not the user's role → <see cref="UnauthorizedAccessException"/>; done
    /// already or changed since the list was shown (<paramref name="version"/>) → <see cref="StaleEditException"/> (409).
    /// </summary>
    public async Task<string> DoneAsync(Guid id, int? version, CancellationToken ct)
    {
        var task = await db.StageTasks.FirstOrDefaultAsync(t => t.Id == id, ct) ?? throw new KeyNotFoundException();
        if (!task.CanComplete(access.IsInRole, access.IsManager))
        {
            throw new UnauthorizedAccessException();
        }
        if (task.DoneAt is not null || (version is { } seen && seen != task.Version))
        {
            throw new StaleEditException();
        }
        if (version is { } original)
        {
            db.Entry(task).Property(t => t.Version).OriginalValue = original;
        }
        task.Complete(access.UserId, clock.GetCurrentInstant());
        await uow.CommitAsync("StageTask.Done", ct);
        return task.Title;
    }
}

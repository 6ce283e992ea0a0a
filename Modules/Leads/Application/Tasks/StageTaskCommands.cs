using Microsoft.EntityFrameworkCore;
using NodaTime;
using SalesSuite.Leads.Data;
using SalesSuite.SharedKernel.Application;

namespace SalesSuite.Leads.Application.Tasks;

/// <summary>Stage-task use cases: the task's role (or a manager) marks it done.</summary>
internal sealed class StageTaskCommands(LeadsDbContext db, RecordAccess access, UnitOfWork<LeadsDbContext> uow, IClock clock)
{
    /// <summary>Completes an open task; returns its title. Not the user's role → <see cref="UnauthorizedAccessException"/>.</summary>
    public async Task<string> DoneAsync(Guid id, CancellationToken ct)
    {
        var task = await db.StageTasks.FirstOrDefaultAsync(t => t.Id == id && t.DoneAt == null, ct) ?? throw new KeyNotFoundException();
        if (!task.CanComplete(access.IsInRole, access.IsManager))
        {
            throw new UnauthorizedAccessException();
        }
        task.Complete(access.UserId, clock.GetCurrentInstant());
        await uow.CommitAsync("StageTask.Done", ct);
        return task.Title;
    }
}

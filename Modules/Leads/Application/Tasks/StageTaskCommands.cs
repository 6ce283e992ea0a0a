using Microsoft.EntityFrameworkCore;
using NodaTime;
using SalesSuite.Leads.Contracts;
using SalesSuite.Leads.Data;
using SalesSuite.SharedKernel.Application;
using SalesSuite.SharedKernel.Domain;
using SalesSuite.SharedKernel.Events;

namespace SalesSuite.Leads.Application.Tasks;

/// <summary>Stage-task use cases: the task's role (or a manager) marks it done; Health hears how long the role took.</summary>
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
        var now = clock.GetCurrentInstant();
        task.Complete(access.UserId, now);
        // Deals are never deleted: a task's deal is there.
        var owner = await db.Deals.AsNoTracking().Where(d => d.Id == task.DealId).Select(d => d.OwnerId).FirstAsync(ct);
        db.Publish(new StageTaskCompleted(
            EventId: Guid.NewGuid(), OccurredAt: now, ActorUserId: access.UserId, TaskId: task.Id, DealId: task.DealId,
            CustomerId: task.CustomerId, OwnerId: owner, Role: task.Role, Title: task.Title, CompletedBy: access.UserId,
            CreatedAt: task.CreatedAt, ResponseTime: now - task.CreatedAt));
        await uow.CommitAsync("StageTask.Done", ct);
        return task.Title;
    }
}

using Microsoft.EntityFrameworkCore;
using NodaTime;
using SalesSuite.Leads.Contracts;
using SalesSuite.Leads.Data;
using SalesSuite.Leads.Domain;
using SalesSuite.SharedKernel.Application;
using SalesSuite.SharedKernel.Domain;
using SalesSuite.SharedKernel.Events;
using SalesSuite.SharedKernel.Identity;
using SalesSuite.SharedKernel.Time;

namespace SalesSuite.Leads.Application.Tasks;

/// <summary>
/// Stage-task use cases: the task's person or role (or a manager) marks it done, and Health hears how long it took and
/// whether the SLA was met; the background work escalates overdue tasks up the reporting line.
/// </summary>
internal sealed class StageTaskCommands(
    LeadsDbContext db, RecordAccess access, UnitOfWork<LeadsDbContext> uow, IClock clock, IOrganisation organisation,
    Notifier<LeadsDbContext> notifier, BusinessClock business)
{
    /// <summary>
    /// Completes an open task; returns its title. Not the user's task (person) or role → <see cref="UnauthorizedAccessException"/>;
    /// done already or changed since the list was shown (<paramref name="version"/>) → <see cref="StaleEditException"/> (409).
    /// </summary>
    public async Task<string> DoneAsync(Guid id, int? version, CancellationToken ct)
    {
        var task = await db.StageTasks.FirstOrDefaultAsync(t => t.Id == id, ct) ?? throw new KeyNotFoundException();
        if (!task.CanComplete(access.UserId, access.IsInRole, access.IsManager))
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
            CreatedAt: task.CreatedAt, ResponseTime: now - task.CreatedAt, AssigneeId: task.AssigneeId, DueAt: task.DueAt,
            SlaMet: task.SlaMet(now), EscalationLevel: task.EscalationLevel));
        await uow.CommitAsync("StageTask.Done", ct);
        return task.Title;
    }

    /// <summary>
    /// Escalates every open task whose next level is due (<see cref="StageTask.EscalationDue"/>): level n goes to the people
    /// n steps up the reporting line from the task's person, or from each member of its role (<see cref="IOrganisation.ManagerOfAsync"/>),
    /// each with a notification; the level is recorded once (operation <c>StageTask.Escalated</c>). A task whose line ends
    /// (nobody above) is not escalated further. Returns how many escalations were made.
    /// </summary>
    public async Task<int> EscalateOverdueAsync(CancellationToken ct)
    {
        var now = clock.GetCurrentInstant();
        var overdue = await db.StageTasks
            .Where(t => t.DoneAt == null && t.DueAt != null && t.DueAt <= now && t.EscalationLevel < StageTask.MaxEscalationLevel)
            .ToListAsync(ct);
        var escalated = 0;
        foreach (var task in overdue.Where(t => t.EscalationDue(now)))
        {
            var recipients = await LineAsync(task, task.EscalationLevel + 1, ct);
            if (recipients.Count == 0)
            {
                continue;
            }
            task.Escalate(now);
            escalated++;
            var due = business.Format(task.DueAt!.Value);
            foreach (var to in recipients)
            {
                notifier.ToUser(to, "Pipe_Notify_TaskEscalated", Links.Tasks, null, task.Title, due, task.EscalationLevel.ToString(
                    System.Globalization.CultureInfo.InvariantCulture));
            }
        }
        if (escalated > 0)
        {
            await uow.CommitAsync("StageTask.Escalated", ct);
        }
        return escalated;
    }

    /// <summary>The people <paramref name="level"/> steps up the reporting line from the task's person or role members.</summary>
    private async Task<IReadOnlyList<Guid>> LineAsync(StageTask task, int level, CancellationToken ct)
    {
        IReadOnlyList<Guid> from = task.AssigneeId is { } person
            ? [person]
            : (await organisation.UsersInRoleAsync(task.Role, ct)).Where(u => u.IsActive).Select(u => u.Id).ToList();
        return await organisation.LevelAboveAllAsync(from, level, ct);
    }
}

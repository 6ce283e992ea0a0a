using System.Globalization;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using SalesSuite.Collections.Data;
using SalesSuite.Collections.Domain;
using SalesSuite.SharedKernel.Application;
using SalesSuite.SharedKernel.Domain;
using SalesSuite.SharedKernel.Events;
using SalesSuite.SharedKernel.Identity;
using SalesSuite.SharedKernel.Time;

namespace SalesSuite.Collections.Application.Overdue;

/// <summary>
/// Overdue use cases: the owner tags a reason (its playbook starts as tasks), a task is completed, and the timed
/// follow-up reports newly overdue items once and escalates items still untagged after N days to the owner's manager.
/// </summary>
internal sealed class OverdueCommands(
    CollectionsDbContext db,
    UnitOfWork<CollectionsDbContext> unitOfWork,
    OverdueAccess access,
    ModuleSettings<CollectionsDbContext, CollectionsSettings> settings,
    Notifier<CollectionsDbContext> notifier,
    IOrganisation organisation,
    BusinessClock business)
{
    /// <summary>Receivables handled per unit of work: 200,000 milestones never load at once.</summary>
    public const int BatchSize = 500;

    /// <summary>
    /// Tags <paramref name="reasonId"/> on an overdue receivable the reader owns or manages (404 when they cannot see
    /// it, 403 when they see it but may not tag). A different reason than before cancels the open tasks of the old one
    /// and starts the new playbook from today; the same reason again only changes the text. Returns the reason's name.
    /// </summary>
    public async Task<string> TagAsync(Guid receivableId, Guid? reasonId, string? text, int version, CancellationToken ct)
    {
        var receivable = await db.Receivables.FirstOrDefaultAsync(r => r.Id == receivableId, ct) ?? throw new KeyNotFoundException();
        if (!await access.CanTagAsync(receivable.OwnerId, ct))
        {
            await access.RefuseAsync(receivable.OwnerId, ct);
        }
        StaleEditException.ThrowIfChanged(version, receivable.Version);
        db.Entry(receivable).Property(r => r.Version).OriginalValue = version;
        var reason = reasonId is { } id ? await db.OverdueReasons.FirstOrDefaultAsync(r => r.Id == id, ct) : null;
        DomainException.ThrowIf(reason is null, "Overdue_Error_ReasonRequired");
        var now = business.Now;
        var today = business.Today;
        var previous = receivable.OverdueReasonId;
        receivable.TagOverdueReason(reason!, text, access.UserId, today, now);
        if (previous != reason!.Id)
        {
            await StartPlaybookAsync(receivable, reason, today, now, ct);
        }
        db.Publish(OverdueEvents.Tagged(receivable, reason, access.UserId, today, now));
        await unitOfWork.CommitAsync("Receivable.TagOverdueReason", ct);
        return reason.Name;
    }

    /// <summary>
    /// Marks a playbook task done: the owner, their manager, or someone in the task's functional role. Done already or
    /// changed since it was shown (<paramref name="version"/>) → <see cref="StaleEditException"/> (409). Returns its text.
    /// </summary>
    public async Task<string> CompleteTaskAsync(Guid taskId, int version, CancellationToken ct)
    {
        var task = await db.Tasks.FirstOrDefaultAsync(t => t.Id == taskId, ct) ?? throw new KeyNotFoundException();
        var receivable = await db.Receivables.AsNoTracking().FirstOrDefaultAsync(r => r.Id == task.ReceivableId, ct)
            ?? throw new KeyNotFoundException();
        if (!await access.CanCompleteAsync(task.ResponsibleRole, receivable.OwnerId, ct))
        {
            await access.RefuseAsync(receivable.OwnerId, ct);
        }
        if (!task.IsOpen)
        {
            throw new StaleEditException();
        }
        StaleEditException.ThrowIfChanged(version, task.Version);
        db.Entry(task).Property(t => t.Version).OriginalValue = version;
        task.Complete(access.UserId, business.Now);
        await unitOfWork.CommitAsync("ReceivableTask.Complete", ct);
        return task.Text;
    }

    /// <summary>
    /// The timed follow-up (background work): each receivable that became overdue is reported once
    /// (<c>ReceivableOverdue</c> + a bell for the owner); one overdue for <see cref="CollectionsSettings.UntaggedEscalationDays"/>
    /// days or more without a reason is escalated once to the owner's manager (bell + <see cref="MilestoneEscalation"/>).
    /// Only candidates are read, by index, in batches; every candidate is marked, so it leaves the set and the loop ends.
    /// </summary>
    public async Task<FollowUpResult> FollowUpAsync(CancellationToken ct)
    {
        var days = (await settings.ReadAsync(ct)).UntaggedEscalationDays;
        var today = business.Today;
        var now = business.Now;
        var escalateDueBy = today.PlusDays(-days);
        var managers = new Dictionary<Guid, OrgUser?>();
        var (notified, escalated) = (0, 0);
        while (true)
        {
            var batch = await Candidates(today, escalateDueBy).OrderBy(r => r.DueDate).ThenBy(r => r.Id).Take(BatchSize).ToListAsync(ct);
            if (batch.Count == 0)
            {
                break;
            }
            var contractIds = batch.Select(r => r.ContractId).Distinct().ToList();
            var numbers = await db.Contracts.Where(c => contractIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Number, ct);
            foreach (var receivable in batch)
            {
                var number = numbers.GetValueOrDefault(receivable.ContractId) ?? string.Empty;
                if (receivable.OverdueNotifiedAt is null)
                {
                    receivable.MarkOverdueNotified(now);
                    db.Publish(OverdueEvents.BecameOverdue(receivable, today, now));
                    notifier.ToUser(receivable.OwnerId, "Notify_ReceivableOverdue", CollectionsLinks.OverduePanel(receivable.Id), null,
                        receivable.Title, number, Days(receivable, today));
                    notified++;
                }
                if (receivable.UntaggedNeedsEscalation(today, days))
                {
                    if (!managers.TryGetValue(receivable.OwnerId, out var manager))
                    {
                        manager = managers[receivable.OwnerId] = await EscalationTargetAsync(receivable.OwnerId, ct);
                    }
                    Escalate(receivable, manager, number, today, now);
                    escalated++;
                }
            }
            await unitOfWork.CommitAsync("Receivable.OverdueFollowUp", ct);
            db.ChangeTracker.Clear();
            if (batch.Count < BatchSize)
            {
                break;
            }
        }
        return new FollowUpResult(notified, escalated);
    }

    /// <summary>
    /// Overdue and either not reported yet, or untagged, not escalated and due long enough ago to escalate now: the
    /// (Status, DueDate, OverdueNotifiedAt, OverdueReasonId, UntaggedEscalatedAt) index answers it without the table.
    /// </summary>
    private IQueryable<Receivable> Candidates(LocalDate today, LocalDate escalateDueBy) =>
        OverdueQueries.Overdue(db.Receivables, today).Where(r => r.OverdueNotifiedAt == null
            || (r.OverdueReasonId == null && r.UntaggedEscalatedAt == null && r.DueDate <= escalateDueBy));

    private void Escalate(Receivable receivable, OrgUser? manager, string number, LocalDate today, Instant now)
    {
        receivable.MarkUntaggedEscalated(now);
        // Nobody above the owner: the sales directors as a role, so the escalation is never lost.
        var role = manager is null ? Roles.SalesDirector : null;
        db.Escalations.Add(new MilestoneEscalation(Guid.NewGuid(), receivable.Id, MilestoneEscalation.UntaggedOverdue, manager?.Id, role, now));
        var link = CollectionsLinks.OverduePanel(receivable.Id);
        if (manager is not null)
        {
            notifier.ToUser(manager.Id, "Notify_OverdueUntaggedEscalated", link, null, receivable.Title, number, Days(receivable, today));
        }
        else
        {
            notifier.ToRole(
                Roles.SalesDirector, "Notify_OverdueUntaggedEscalated", link, null, receivable.Title, number, Days(receivable, today));
        }
    }

    /// <summary>The owner's manager (as Leads escalates next actions); null at the top of the tree.</summary>
    private async Task<OrgUser?> EscalationTargetAsync(Guid ownerId, CancellationToken ct) => await organisation.ManagerOfAsync(ownerId, ct);

    /// <summary>
    /// Cancels the open tasks of the previous reason and adds the new playbook's tasks, due from today. Each step's
    /// responsible people hear of it: a Salesperson step the owner, a RegionalManager step the owner's manager, any
    /// other role everyone in it (never the person who tagged, who sees the playbook on screen).
    /// </summary>
    private async Task StartPlaybookAsync(Receivable receivable, OverdueReason reason, LocalDate today, Instant now, CancellationToken ct)
    {
        var open = await db.Tasks.Where(t => t.ReceivableId == receivable.Id && t.DoneAt == null && t.CancelledAt == null).ToListAsync(ct);
        open.ForEach(t => t.Cancel(now));
        var tasks = reason.StartPlaybook(receivable.Id, today, now);
        db.Tasks.AddRange(tasks);
        var link = CollectionsLinks.OverduePanel(receivable.Id);
        foreach (var task in tasks)
        {
            var due = task.DueOn.ToString("yyyy-MM-dd", null);
            Guid? person = task.ResponsibleRole switch
            {
                Roles.Salesperson => receivable.OwnerId,
                Roles.RegionalManager => (await organisation.ManagerOfAsync(receivable.OwnerId, ct))?.Id,
                _ => null,
            };
            if (person is { } userId)
            {
                if (userId != access.UserId)
                {
                    notifier.ToUser(userId, "Notify_PlaybookTask", link, access.UserId, task.Text, receivable.Title, due);
                }
            }
            else
            {
                notifier.ToRole(task.ResponsibleRole, "Notify_PlaybookTask", link, access.UserId, task.Text, receivable.Title, due);
            }
        }
    }

    private static string Days(Receivable receivable, LocalDate today) => 
        receivable.DaysOverdue(today).ToString(CultureInfo.InvariantCulture);
}

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

namespace SalesSuite.Leads.Application.Actions;

/// <summary>
/// Next-action use cases: the owner marks an action done; the background work reminds on the due day, marks overdue
/// actions and escalates them up the reporting line (manager, then a sales director).
/// </summary>
internal sealed class NextActionCommands(
    LeadsDbContext db,
    RecordAccess access,
    UnitOfWork<LeadsDbContext> uow,
    ModuleSettings<LeadsDbContext, LeadsSettings> settings,
    Notifier<LeadsDbContext> notifier,
    IOrganisation organisation,
    BusinessClock business)
{
    /// <summary>
    /// Marks an action done. Done already (a second click, another tab) → <see cref="ConflictRefusal"/>; changed since
    /// the list was shown (<paramref name="version"/>) → <see cref="StaleEditException"/>.
    /// </summary>
    public async Task DoneAsync(Guid id, int? version, CancellationToken ct)
    {
        var action = await db.NextActions.FirstOrDefaultAsync(a => a.Id == id, ct);
        if (action is null || !await access.CanSeeAsync(action.OwnerId, ct))
        {
            throw new KeyNotFoundException();
        }
        ConflictRefusal.ThrowIfAlready(!action.IsOpen, "Action_AlreadyDone");
        if (version is { } seen)
        {
            StaleEditException.ThrowIfChanged(seen, action.Version);
            db.Entry(action).Property(a => a.Version).OriginalValue = seen;
        }
        action.Complete(business.Now);
        await uow.CommitAsync("NextAction.Done", ct);
    }

    /// <returns>How many actions became overdue and how many were escalated in this pass.</returns>
    public async Task<(int Overdue, int Escalated)> FollowUpOverdueAsync(CancellationToken ct)
    {
        var now = business.Now;
        var escalateAfter = (await settings.ReadAsync(ct)).EscalationAfter;
        var today = business.Today;
        var open = await db.NextActions.Where(a => a.DoneAt == null && a.Due <= today).ToListAsync(ct);
        var overdue = 0;
        var escalated = 0;
        foreach (var action in open)
        {
            if (action.ReminderDue(now, business.Zone))
            {
                action.MarkReminded(now);
                notifier.ToUser(action.OwnerId, "Notify_ActionDue", Links.Actions, null, action.Text);
            }
            else if (action.BecameOverdue(now, business.Zone))
            {
                action.MarkOverdue(now);
                overdue++;
                db.Publish(new NextActionOverdue(
                    EventId: Guid.NewGuid(), OccurredAt: now, ActorUserId: null, ActionId: action.Id, OwnerId: action.OwnerId,
                    CustomerId: action.CustomerId, DueDate: action.Due));
                notifier.ToUser(action.OwnerId, "Notify_ActionOverdue", Links.Actions, null, action.Text, Day(action.Due));
            }
            else if (action.EscalationDue(now, escalateAfter) && await EscalationTargetAsync(action, ct) is { } to)
            {
                action.Escalate(now);
                escalated++;
                db.Publish(new NextActionEscalated(
                    EventId: Guid.NewGuid(), OccurredAt: now, ActorUserId: null, ActionId: action.Id, OwnerId: action.OwnerId,
                    EscalatedToUserId: to, Level: action.EscalationLevel));
                notifier.ToUser(to, "Notify_ActionEscalated", Links.Actions, null, action.Text, Day(action.Due));
            }
        }
        await uow.CommitAsync("NextAction.Overdue", ct);
        return (overdue, escalated);
    }

    private static string Day(LocalDate date) => date.ToString("yyyy-MM-dd", null);

    /// <summary>Level 1: the owner's manager; level 2: a sales director.</summary>
    private async Task<Guid?> EscalationTargetAsync(NextAction action, CancellationToken ct)
    {
        if (action.EscalationLevel == 0 && await organisation.LevelAboveAsync(action.OwnerId, 1, ct) is { } manager)
        {
            return manager.Id;
        }
        var directors = await organisation.UsersInRoleAsync(Roles.SalesDirector, ct);
        return directors.FirstOrDefault()?.Id;
    }
}

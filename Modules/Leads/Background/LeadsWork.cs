using Microsoft.EntityFrameworkCore;
using NodaTime;
using SalesSuite.Leads.Application;
using SalesSuite.Leads.Application.Pool;
using SalesSuite.Leads.Contracts;
using SalesSuite.Leads.Data;
using SalesSuite.Leads.Domain;
using SalesSuite.SharedKernel.Application;
using SalesSuite.SharedKernel.Background;
using SalesSuite.SharedKernel.Events;
using SalesSuite.SharedKernel.Identity;
using SalesSuite.SharedKernel.Time;

namespace SalesSuite.Leads.Background;

/// <summary>
/// One tick of the module's timed work, off the injected clock: releases expired claims (the same command path as
/// a manual release), marks overdue next actions, escalates them (manager, then director). Tests call
/// <see cref="TickAsync"/> directly.
/// </summary>
internal sealed class LeadsWork(
    LeadsDbContext db,
    LeadCommands leads,
    UnitOfWork<LeadsDbContext> uow,
    ModuleSettings<LeadsDbContext, LeadsSettings> settings,
    Notifier<LeadsDbContext> notifier,
    IClock clock,
    BusinessClock business,
    IOrganisation organisation) : IPeriodicWork
{
    Task IPeriodicWork.TickAsync(CancellationToken cancellationToken) => TickAsync(cancellationToken);

    private static readonly SemaphoreSlim OneAtATime = new(1, 1);

    public async Task<TickResult> TickAsync(CancellationToken ct)
    {
        await OneAtATime.WaitAsync(ct);
        try
        {
            var released = await leads.ReleaseExpiredAsync(ct);
            var (overdue, escalated) = await OverdueActionsAsync(ct);
            return new TickResult(released, overdue, escalated);
        }
        finally
        {
            OneAtATime.Release();
        }
    }

    private async Task<(int Overdue, int Escalated)> OverdueActionsAsync(CancellationToken ct)
    {
        var now = clock.GetCurrentInstant();
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
        if (action.EscalationLevel == 0 && await organisation.ManagerOfAsync(action.OwnerId, ct) is { } manager)
        {
            return manager.Id;
        }
        var directors = await organisation.UsersInRoleAsync(Roles.SalesDirector, ct);
        return directors.FirstOrDefault()?.Id;
    }
}

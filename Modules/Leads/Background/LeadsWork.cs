using Microsoft.EntityFrameworkCore;
using NodaTime;
using SalesSuite.Leads.Application;
using SalesSuite.Leads.Contracts;
using SalesSuite.Leads.Data;
using SalesSuite.Leads.Domain;
using SalesSuite.SharedKernel.Background;
using SalesSuite.SharedKernel.Events;
using SalesSuite.SharedKernel.Identity;
using SalesSuite.SharedKernel.OperationLog;
using SalesSuite.SharedKernel.Time;

namespace SalesSuite.Leads.Background;

/// <summary>
/// One tick of the module's timed work, off the injected clock: releases expired claims, marks overdue
/// next actions, escalates them (manager, then director). Tests call <see cref="TickAsync"/> directly.
/// </summary>
internal sealed class LeadsWork(LeadsDbContext db, IClock clock, BusinessClock business, IOrganisation organisation, IOperationContext operation) : IPeriodicWork
{
    Task IPeriodicWork.TickAsync(CancellationToken cancellationToken) => TickAsync(cancellationToken);

    private static readonly SemaphoreSlim OneAtATime = new(1, 1);

    public async Task<TickResult> TickAsync(CancellationToken ct)
    {
        await OneAtATime.WaitAsync(ct);
        try
        {
            var released = await ReleaseExpiredClaimsAsync(ct);
            var (overdue, escalated) = await OverdueActionsAsync(ct);
            return new TickResult(released, overdue, escalated);
        }
        finally
        {
            OneAtATime.Release();
        }
    }

    private async Task<int> ReleaseExpiredClaimsAsync(CancellationToken ct)
    {
        var now = clock.GetCurrentInstant();
        var due = await db.Leads.Where(l => l.Status == LeadStatus.Claimed && l.QualifiedAt == null && l.ReleaseDeadline <= now).ToListAsync(ct);
        if (due.Count == 0)
        {
            return 0;
        }
        operation.Begin("Lead.AutoRelease");
        foreach (var lead in due)
        {
            var owner = lead.OwnerId!.Value;
            lead.ReleaseToPool();
            db.Publish(new LeadReleased(Guid.NewGuid(), now, null, lead.Id, owner, LeadReleaseReason.Timeout));
            db.Publish(Notify.User(owner, now, null, "Notify_LeadReleased", Links.Pool, lead.Company));
            if (lead.CustomerId is { } customerId)
            {
                db.AddTimeline(customerId, "Timeline_LeadReleased", null, now, lead.Company);
            }
        }
        await db.SaveChangesAsync(ct);
        return due.Count;
    }

    private async Task<(int Overdue, int Escalated)> OverdueActionsAsync(CancellationToken ct)
    {
        var now = clock.GetCurrentInstant();
        var settings = await db.SettingsAsync(ct);
        var today = business.Today;
        var open = await db.NextActions.Where(a => a.DoneAt == null && a.Due <= today).ToListAsync(ct);
        var overdue = 0;
        var escalated = 0;
        operation.Begin("NextAction.Overdue");
        foreach (var action in open)
        {
            if (action.ReminderDue(now, business.Zone))
            {
                action.MarkReminded(now);
                db.Publish(Notify.User(action.OwnerId, now, null, "Notify_ActionDue", Links.Actions, action.Text));
            }
            else if (action.BecameOverdue(now, business.Zone))
            {
                action.MarkOverdue(now);
                overdue++;
                db.Publish(new NextActionOverdue(Guid.NewGuid(), now, null, action.Id, action.OwnerId, action.CustomerId, action.Due));
                db.Publish(Notify.User(action.OwnerId, now, null, "Notify_ActionOverdue", Links.Actions, action.Text, action.Due.ToString("yyyy-MM-dd", null)));
            }
            else if (action.EscalationDue(now, settings.EscalationAfter) && await EscalationTargetAsync(action, ct) is { } to)
            {
                action.Escalate(now);
                escalated++;
                db.Publish(new NextActionEscalated(Guid.NewGuid(), now, null, action.Id, action.OwnerId, to, action.EscalationLevel));
                db.Publish(Notify.User(to, now, null, "Notify_ActionEscalated", Links.Actions, action.Text, action.Due.ToString("yyyy-MM-dd", null)));
            }
        }
        await db.SaveChangesAsync(ct);
        return (overdue, escalated);
    }

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

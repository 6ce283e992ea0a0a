using System.Globalization;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using SalesSuite.Leads.Contracts;
using SalesSuite.Leads.Data;
using SalesSuite.Leads.Domain;
using SalesSuite.SharedKernel.Application;
using SalesSuite.SharedKernel.Domain;
using SalesSuite.SharedKernel.Events;
using SalesSuite.SharedKernel.Identity;

namespace SalesSuite.Leads.Application.HandOver;

/// <summary>
/// A manager moves all of one person's customers, open deals, open actions and claimed/assigned leads to another of
/// their people, in one commit.
/// </summary>
internal sealed class HandOverCommands(
    LeadsDbContext db, RecordAccess access, UnitOfWork<LeadsDbContext> uow, Notifier<LeadsDbContext> notifier, IOrganisation organisation,
    IClock clock)
{
    /// <summary>
    /// The giver may be deactivated already (the usual order when someone leaves) but must be someone the manager sees;
    /// the receiver must be an active salesperson the manager may assign to.
    /// </summary>
    public async Task<HandOverReport> HandOverAsync(Guid from, Guid to, CancellationToken ct)
    {
        if (!access.IsManager)
        {
            throw new UnauthorizedAccessException();
        }
        var people = await access.AssignableAsync(ct);
        var giver = await organisation.FindUserAsync(from, ct);
        DomainException.ThrowIf(
            giver is null || from == to || !await access.CanSeeAsync(from, ct) || people.All(p => p.Id != to), "HandOver_Invalid");
        var now = clock.GetCurrentInstant();
        var actor = access.UserId;
        var customers = await db.Customers.Where(c => c.OwnerId == from && c.MergedIntoId == null).ToListAsync(ct);
        var deals = await db.Deals.Where(d => d.OwnerId == from && d.Status == DealStatus.Open).ToListAsync(ct);
        var actions = await db.NextActions.Where(a => a.OwnerId == from && a.DoneAt == null).ToListAsync(ct);
        var leads = await db.Leads.Where(l => l.OwnerId == from && (l.Status == LeadStatus.Claimed || l.Status == LeadStatus.Assigned))
            .ToListAsync(ct);
        var report = new HandOverReport(Guid.NewGuid(), from, to, actor, now, customers.Count, deals.Count, actions.Count, leads.Count);
        customers.ForEach(c => c.HandTo(to));
        deals.ForEach(d => d.HandTo(to));
        actions.ForEach(a => a.HandTo(to));
        // Claimed leads become assigned to the receiver: the receiver did not choose them, so no claim timer.
        leads.ForEach(l => l.AssignTo(to, now));
        db.HandOvers.Add(report);
        db.Publish(new OwnershipHandedOver(EventId: Guid.NewGuid(), OccurredAt: now, ActorUserId: actor, HandOverId: report.Id,
            FromUserId: from, Transfers:
            [
                new HandOverTransfer(to, nameof(Customer), customers.Count, customers.Select(c => c.Id).ToList()),
                new HandOverTransfer(to, nameof(Deal), deals.Count, deals.Select(c => c.Id).ToList(), deals.Select(d => d.Version + 1L).ToList()),
                new HandOverTransfer(to, nameof(NextAction), actions.Count, actions.Select(c => c.Id).ToList()),
                new HandOverTransfer(to, nameof(Lead), leads.Count, leads.Select(c => c.Id).ToList()),
            ]));
        foreach (var lead in leads)
        {
            db.Publish(new LeadReleased(
                EventId: Guid.NewGuid(), OccurredAt: now, ActorUserId: actor, LeadId: lead.Id, UserId: from, Reason: LeadReleaseReason.HandOver));
        }
        var culture = CultureInfo.InvariantCulture;
        notifier.ToUser(to, "Notify_HandOverReceived", Links.Customers, actor,
            customers.Count.ToString(culture), deals.Count.ToString(culture));
        await uow.CommitAsync("HandOver", ct);
        return report;
    }
}

using Microsoft.EntityFrameworkCore;
using NodaTime;
using SalesSuite.Leads.Contracts;
using SalesSuite.Leads.Data;
using SalesSuite.Leads.Domain;
using SalesSuite.SharedKernel.Events;

namespace SalesSuite.Leads.Application;

/// <summary>Moves all of one person's customers, open deals, open actions and claimed/assigned leads to another, in one SaveChanges.</summary>
internal sealed class HandOverService(LeadsDbContext db, IClock clock)
{
    public async Task<HandOverReport> HandOverAsync(Guid from, Guid to, Guid? actor, CancellationToken ct)
    {
        var now = clock.GetCurrentInstant();
        var customers = await db.Customers.Where(c => c.OwnerId == from && c.MergedIntoId == null).ToListAsync(ct);
        var deals = await db.Deals.Where(d => d.OwnerId == from && d.Status == DealStatus.Open).ToListAsync(ct);
        var actions = await db.NextActions.Where(a => a.OwnerId == from && a.DoneAt == null).ToListAsync(ct);
        var leads = await db.Leads.Where(l => l.OwnerId == from && (l.Status == LeadStatus.Claimed || l.Status == LeadStatus.Assigned)).ToListAsync(ct);
        customers.ForEach(c => c.HandTo(to));
        deals.ForEach(d => d.HandTo(to));
        actions.ForEach(a => a.HandTo(to));
        // Claimed leads become assigned to the receiver: the receiver did not choose them, so no claim timer.
        leads.ForEach(l => l.AssignTo(to, now));
        var report = new HandOverReport(Guid.NewGuid(), from, to, actor, now, customers.Count, deals.Count, actions.Count, leads.Count);
        db.HandOvers.Add(report);
        db.Publish(new OwnershipHandedOver(Guid.NewGuid(), now, actor, report.Id, from,
        [
            new HandOverTransfer(to, nameof(Customer), customers.Count, customers.Select(c => c.Id).ToList()),
            new HandOverTransfer(to, nameof(Deal), deals.Count, deals.Select(c => c.Id).ToList()),
            new HandOverTransfer(to, nameof(NextAction), actions.Count, actions.Select(c => c.Id).ToList()),
            new HandOverTransfer(to, nameof(Lead), leads.Count, leads.Select(c => c.Id).ToList()),
        ]));
        foreach (var lead in leads)
        {
            db.Publish(new LeadReleased(Guid.NewGuid(), now, actor, lead.Id, from, LeadReleaseReason.HandOver));
        }
        db.Publish(Notify.User(to, now, actor, "Notify_HandOverReceived", Links.Customers,
            customers.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), deals.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        return report;
    }

    /// <summary>What the person still owns after a hand-over (the report's completeness check).</summary>
    public async Task<int> RemainingAsync(Guid user, CancellationToken ct) =>
        await db.Customers.CountAsync(c => c.OwnerId == user && c.MergedIntoId == null, ct)
        + await db.Deals.CountAsync(d => d.OwnerId == user && d.Status == DealStatus.Open, ct)
        + await db.NextActions.CountAsync(a => a.OwnerId == user && a.DoneAt == null, ct)
        + await db.Leads.CountAsync(l => l.OwnerId == user && (l.Status == LeadStatus.Claimed || l.Status == LeadStatus.Assigned), ct);
}

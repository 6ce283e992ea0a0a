using Microsoft.EntityFrameworkCore;
using SalesSuite.Leads.Data;
using SalesSuite.Leads.Domain;
using SalesSuite.SharedKernel.Application;
using SalesSuite.SharedKernel.Identity;

namespace SalesSuite.Leads.Application.HandOver;

/// <summary>Recent hand-overs the manager may see, and what a person still owns after one.</summary>
internal sealed class HandOverQueries(LeadsDbContext db, RecordAccess access, IOrganisation organisation)
{
    /// <summary>
    /// Whom work can be handed from: the active salespeople the manager may assign to, plus every visible person who
    /// still owns open work, deactivated or not (someone who left is deactivated first, then handed over).
    /// </summary>
    public async Task<IReadOnlyList<OrgUser>> GiversAsync(CancellationToken ct)
    {
        var people = (await access.AssignableAsync(ct)).ToList();
        var owners = await db.Customers.Where(c => c.OwnerId != null && c.MergedIntoId == null).Select(c => c.OwnerId!.Value)
            .Union(db.Leads.Where(l => l.OwnerId != null && (l.Status == LeadStatus.Claimed || l.Status == LeadStatus.Assigned))
                .Select(l => l.OwnerId!.Value))
            .Union(db.Deals.Where(d => d.Status == DealStatus.Open).Select(d => d.OwnerId))
            .Union(db.NextActions.Where(a => a.DoneAt == null).Select(a => a.OwnerId))
            .ToListAsync(ct);
        foreach (var owner in owners.Where(o => people.All(p => p.Id != o)))
        {
            if (await access.CanSeeAsync(owner, ct) && await organisation.FindUserAsync(owner, ct) is { } user && !user.IsActive)
            {
                people.Add(user);
            }
        }
        return people.OrderBy(p => p.IsActive ? 0 : 1).ThenBy(p => p.UserName).ToList();
    }

    /// <summary>One hand-over report the manager may see (the page after the POST), or null.</summary>
    public async Task<HandOverReport?> ReportAsync(Guid id, CancellationToken ct)
    {
        var visibility = await access.VisibilityAsync(ct);
        return await db.HandOvers.AsNoTracking().VisibleTo(visibility, h => h.FromUserId).FirstOrDefaultAsync(h => h.Id == id, ct);
    }

    public async Task<IReadOnlyList<HandOverReport>> RecentAsync(int take, CancellationToken ct)
    {
        var visibility = await access.VisibilityAsync(ct);
        return await db.HandOvers.AsNoTracking().VisibleTo(visibility, h => h.FromUserId).OrderByDescending(h => h.At).Take(take)
            .ToListAsync(ct);
    }

    /// <summary>What the person still owns after a hand-over (the report's completeness check).</summary>
    public async Task<int> RemainingAsync(Guid user, CancellationToken ct) =>
        await db.Customers.CountAsync(c => c.OwnerId == user && c.MergedIntoId == null, ct)
        + await db.Deals.CountAsync(d => d.OwnerId == user && d.Status == DealStatus.Open, ct)
        + await db.NextActions.CountAsync(a => a.OwnerId == user && a.DoneAt == null, ct)
        + await db.Leads.CountAsync(l => l.OwnerId == user && (l.Status == LeadStatus.Claimed || l.Status == LeadStatus.Assigned), ct);
}

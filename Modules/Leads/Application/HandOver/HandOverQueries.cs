using Microsoft.EntityFrameworkCore;
using SalesSuite.Leads.Data;
using SalesSuite.Leads.Domain;
using SalesSuite.SharedKernel.Application;
using SalesSuite.SharedKernel.Identity;

namespace SalesSuite.Leads.Application.HandOver;

/// <summary>Recent hand-overs the manager may see, and what a person still owns after one.</summary>
internal sealed class HandOverQueries(LeadsDbContext db, RecordAccess access)
{
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

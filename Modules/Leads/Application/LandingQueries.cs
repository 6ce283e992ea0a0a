using Microsoft.EntityFrameworkCore;
using SalesSuite.Leads.Data;
using SalesSuite.Leads.Domain;
using SalesSuite.SharedKernel.Application;
using SalesSuite.SharedKernel.Time;

namespace SalesSuite.Leads.Application;

/// <summary>The landing page's counts for the signed-in person (each one a count in the database).</summary>
internal sealed class LandingQueries(LeadsDbContext db, RecordAccess access, BusinessClock clock)
{
    public async Task<LandingCounts> CountsAsync(CancellationToken ct)
    {
        var me = access.UserId;
        var today = clock.Today;
        var myLeads = await db.Leads.CountAsync(l => l.OwnerId == me && (l.Status == LeadStatus.Claimed || l.Status == LeadStatus.Assigned), ct);
        var myDeals = await db.Deals.CountAsync(d => d.OwnerId == me && d.Status == DealStatus.Open, ct);
        var overdue = await db.NextActions.CountAsync(a => a.OwnerId == me && a.DoneAt == null && a.Due < today, ct);
        var pool = await db.Leads.CountAsync(l => l.Status == LeadStatus.Pool, ct);
        return new LandingCounts(myLeads, myDeals, overdue, pool);
    }
}

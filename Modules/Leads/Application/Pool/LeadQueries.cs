using Microsoft.EntityFrameworkCore;
using SalesSuite.Leads.Data;
using SalesSuite.Leads.Domain;
using SalesSuite.Leads.Domain.Specifications;
using SalesSuite.SharedKernel.Application;
using SalesSuite.SharedKernel.Identity;
using SalesSuite.SharedKernel.Specification;

namespace SalesSuite.Leads.Application.Pool;

/// <summary>Claimed and assigned leads the reader may see (own, team, all), filtered in the database.</summary>
internal sealed class LeadQueries(LeadsDbContext db, RecordAccess access)
{
    public async Task<IReadOnlyList<Lead>> OpenAsync(CancellationToken ct)
    {
        var visibility = await access.VisibilityAsync(ct);
        return await db.Leads.AsNoTracking().VisibleTo(visibility, l => l.OwnerId).WithSpecification(new OpenLeadsSpec()).ToListAsync(ct);
    }
}

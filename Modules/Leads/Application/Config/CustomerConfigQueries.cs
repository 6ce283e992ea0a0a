using Microsoft.EntityFrameworkCore;
using SalesSuite.Leads.Application.Customers;
using SalesSuite.Leads.Data;
using SalesSuite.Leads.Domain;

namespace SalesSuite.Leads.Application.Config;

/// <summary>The customer types and all profile fields (active or not), in order, for the configuration page.</summary>
internal sealed class CustomerConfigQueries(LeadsDbContext db, CustomerProfileService profiles)
{
    public Task<IReadOnlyList<CustomerTypeOption>> TypesAsync(CancellationToken ct) => profiles.TypesAsync(ct);

    public async Task<IReadOnlyList<ProfileField>> FieldsAsync(CancellationToken ct) =>
        await db.ProfileFields.AsNoTracking().OrderBy(f => f.Position).ToListAsync(ct);
}

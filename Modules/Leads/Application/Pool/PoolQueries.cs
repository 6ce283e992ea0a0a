using Microsoft.EntityFrameworkCore;
using SalesSuite.Leads.Application.Queries;
using SalesSuite.Leads.Data;
using SalesSuite.Leads.Domain;
using SalesSuite.SharedKernel.Application;
using SalesSuite.SharedKernel.Specification;

namespace SalesSuite.Leads.Application.Pool;

/// <summary>What the pool page shows: the board (a specification) and the claim settings.</summary>
internal sealed class PoolQueries(LeadsDbContext db, ModuleSettings<LeadsDbContext, LeadsSettings> settings)
{
    public async Task<IReadOnlyList<PoolCard>> BoardAsync(PoolFilter filter, CancellationToken ct) =>
        await db.Leads.AsNoTracking().WithSpecification(new PoolBoardSpec(filter)).ToListAsync(ct);

    public Task<LeadsSettings> SettingsAsync(CancellationToken ct) => settings.ReadAsync(ct);
}

using Microsoft.EntityFrameworkCore;
using SalesSuite.Leads.Data;
using SalesSuite.Leads.Domain;

namespace SalesSuite.Leads.Application.Config;

/// <summary>The pipeline being configured: the default one with its stages and fields.</summary>
internal sealed class PipelineQueries(LeadsDbContext db)
{
    public async Task<Pipeline?> DefaultAsync(CancellationToken ct) =>
        await db.Pipelines.AsNoTracking().Include(p => p.Stages).ThenInclude(s => s.Fields)
            .OrderByDescending(p => p.IsDefault).ThenBy(p => p.Name).FirstOrDefaultAsync(ct);
}

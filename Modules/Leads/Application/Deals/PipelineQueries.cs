using Microsoft.EntityFrameworkCore;
using SalesSuite.Leads.Data;
using SalesSuite.Leads.Domain;

namespace SalesSuite.Leads.Application.Deals;

/// <summary>Pipelines with their stages, fields and triggers (tracked: commands change deals against them, config edits them).</summary>
internal sealed class PipelineQueries(LeadsDbContext db)
{
    public async Task<Pipeline?> ByIdAsync(Guid id, CancellationToken ct) =>
        await db.Pipelines.Include(p => p.Stages).ThenInclude(s => s.Fields).Include(p => p.Stages).ThenInclude(s => s.Triggers)
            .AsSplitQuery().FirstOrDefaultAsync(p => p.Id == id, ct);

    public async Task<Pipeline?> DefaultAsync(CancellationToken ct) =>
        await db.Pipelines.Include(p => p.Stages).ThenInclude(s => s.Fields).Include(p => p.Stages).ThenInclude(s => s.Triggers)
            .AsSplitQuery().OrderByDescending(p => p.IsDefault).ThenBy(p => p.Name).FirstOrDefaultAsync(ct);
}

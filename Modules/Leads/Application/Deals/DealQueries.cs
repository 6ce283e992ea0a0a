using Microsoft.EntityFrameworkCore;
using SalesSuite.Leads.Data;
using SalesSuite.Leads.Domain;
using SalesSuite.SharedKernel.Application;

namespace SalesSuite.Leads.Application.Deals;

/// <summary>The move panel's data: an open deal the viewer may see (the board itself: <see cref="KanbanQueries"/>).</summary>
internal sealed class DealQueries(LeadsDbContext db, RecordAccess access, PipelineQueries pipelines)
{
    /// <summary>The open deal if the user may see its owner; otherwise null (the page answers 404).</summary>
    public async Task<DealMoveView?> MoveViewAsync(Guid dealId, CancellationToken ct)
    {
        var deal = await db.Deals.AsNoTracking().FirstOrDefaultAsync(d => d.Id == dealId && d.Status == DealStatus.Open, ct);
        if (deal is null || !await access.CanSeeAsync(deal.OwnerId, ct))
        {
            return null;
        }
        var pipeline = await pipelines.ByIdAsync(deal.PipelineId, ct);
        if (pipeline is null)
        {
            return null;
        }
        var values = await db.DealFieldValues.AsNoTracking().Where(v => v.DealId == dealId)
            .ToDictionaryAsync(v => v.FieldId, v => (string?)v.Value, ct);
        return new DealMoveView(deal, pipeline, values);
    }
}

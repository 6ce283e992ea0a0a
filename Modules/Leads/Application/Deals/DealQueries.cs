using Microsoft.EntityFrameworkCore;
using NodaTime;
using SalesSuite.Leads.Data;
using SalesSuite.Leads.Domain;
using SalesSuite.SharedKernel.Application;
using SalesSuite.SharedKernel.Identity;

namespace SalesSuite.Leads.Application.Deals;

/// <summary>The deal board and the move panel's data, filtered by visibility in the database.</summary>
internal sealed class DealQueries(LeadsDbContext db, RecordAccess access, PipelineQueries pipelines, IClock clock)
{
    /// <summary>The viewer's board, filtered by visibility in the database.</summary>
    public async Task<DealBoard> BoardAsync(CancellationToken ct)
    {
        var visibility = await access.VisibilityAsync(ct);
        return (await LoadAsync(visibility, ct)).For(visibility);
    }

    /// <summary>
    /// Every open deal of the default pipeline, whoever owns it: the live board's shared read (one per change token,
    /// filtered per viewer in memory by <see cref="KanbanSnapshot.For"/>).
    /// </summary>
    public Task<KanbanSnapshot> SnapshotAsync(CancellationToken ct) => LoadAsync(null, ct);

    private async Task<KanbanSnapshot> LoadAsync(Visibility? visibility, CancellationToken ct)
    {
        var pipeline = await pipelines.DefaultAsync(ct);
        if (pipeline is null)
        {
            return KanbanSnapshot.Empty;
        }
        var open = db.Deals.AsNoTracking().Where(d => d.PipelineId == pipeline.Id && d.Status == DealStatus.Open);
        var deals = await (visibility is null ? open : open.VisibleTo(visibility, d => d.OwnerId)).ToListAsync(ct);
        var customerIds = deals.Select(d => d.CustomerId).Distinct().ToList();
        var customers = await db.Customers.AsNoTracking().Where(c => customerIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Name, ct);
        var names = await access.NamesAsync(ct);
        var now = clock.GetCurrentInstant();
        var stages = pipeline.Stages.ToDictionary(s => s.Id);
        var cards = deals.OrderByDescending(d => d.TimeInStage(now))
            .Select(d =>
            {
                var days = (int)d.TimeInStage(now).TotalDays;
                var dwell = stages.TryGetValue(d.StageId, out var stage) ? stage.DwellAt(days) : StageDwell.Normal;
                return (d.OwnerId, new DealCard(d.Id, d.StageId, d.Title, customers.GetValueOrDefault(d.CustomerId, "?"), d.ExpectedAmount,
                    days, d.CanQuote, names.GetValueOrDefault(d.OwnerId, "—"), dwell, d.Version));
            })
            .ToList();
        return new KanbanSnapshot(pipeline.Name, pipeline.Ordered.Select(s => (s.Id, s.Name)).ToList(), cards);
    }

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

using Microsoft.EntityFrameworkCore;
using SalesSuite.Stores.Data;

namespace SalesSuite.Stores.Application.Hq;

/// <summary>The per-supervisor summary: the compliance and execution numbers of their stores, plus their own acts.</summary>
internal sealed class SupervisorQueries(StoresDbContext db, HqViewService views, ComplianceQueries compliance, ExecutionQueries execution)
{
    public async Task<SupervisorReport> ReportAsync(HqFilter filter, CancellationToken ct)
    {
        var period = filter.Period(views.Today);
        var view = await views.LoadAsync(period, filter.Region, null, ct);
        var ids = view.StoreIds.ToList();
        var rows = await compliance.RowsAsync(view, ct);
        var cells = await execution.CellsAsync(view, await execution.PromotionsAsync(period, ct), ct);
        var granted = await db.Exceptions.AsNoTracking()
            .Where(e => ids.Contains(e.StoreId) && e.Day >= period.From && e.Day <= period.To)
            .GroupBy(e => e.GrantedBy)
            .Select(g => new { UserId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.UserId, x => x.Count, ct);
        var flags = await db.Flags.AsNoTracking()
            .Where(f => ids.Contains(f.StoreId) && f.LastDay >= period.From && f.FirstDay <= period.To)
            .GroupBy(f => f.StoreId)
            .Select(g => new
            {
                StoreId = g.Key, Open = g.Count(f => f.AcknowledgedAt == null), Acknowledged = g.Count(f => f.AcknowledgedAt != null),
            })
            .ToDictionaryAsync(x => x.StoreId, ct);
        var verified = await db.Rollouts.AsNoTracking()
            .Where(x => ids.Contains(x.StoreId) && x.Day >= period.From && x.Day <= period.To && x.VerifiedBy != null)
            .GroupBy(x => x.VerifiedBy!.Value)
            .Select(g => new { UserId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.UserId, x => x.Count, ct);
        var lines = view.Stores.Where(s => s.SupervisorUserId is not null)
            .GroupBy(s => s.SupervisorUserId!.Value)
            .Select(g =>
            {
                var storeIds = g.Select(s => s.Id).ToHashSet();
                var mine = rows.Where(r => storeIds.Contains(r.Store.Id)).ToList();
                return new SupervisorLine(g.Key, view.Name(g.Key), storeIds.Count, HqMath.Average(mine.Select(r => r.Rate)),
                    ExecutionLine.Sum(g.Key.ToString(), view.Name(g.Key), cells.Where(c => storeIds.Contains(c.StoreId))),
                    granted.GetValueOrDefault(g.Key), mine.Sum(r => r.Refusals),
                    storeIds.Sum(id => flags.TryGetValue(id, out var f) ? f.Open : 0),
                    storeIds.Sum(id => flags.TryGetValue(id, out var f) ? f.Acknowledged : 0),
                    verified.GetValueOrDefault(g.Key));
            })
            .OrderBy(l => l.Name, StringComparer.CurrentCulture)
            .ToList();
        return new SupervisorReport(view, lines);
    }
}

using Microsoft.EntityFrameworkCore;
using NodaTime;
using SalesSuite.Stores.Data;
using SalesSuite.Stores.Domain;

namespace SalesSuite.Stores.Application.Hq;

/// <summary>New-product roll-out progress, counted in the database per SKU and store (GROUP BY on roll-out lines).</summary>
internal sealed class RolloutQueries(StoresDbContext db, HqViewService views)
{
    public async Task<RolloutReport> ReportAsync(HqFilter filter, CancellationToken ct)
    {
        var period = filter.Period(views.Today);
        var view = await views.LoadAsync(period, filter.Region, filter.SupervisorId, ct);
        var ids = view.StoreIds.ToList();
        var products = await db.Products.AsNoTracking().Where(p => p.Active && p.LaunchOn <= period.To).OrderBy(p => p.Sku).ToListAsync(ct);
        var lines = db.Rollouts.AsNoTracking().Where(x => ids.Contains(x.StoreId) && x.Day <= period.To);
        var firstOnShelf = await lines.Where(x => x.Status == RolloutStatus.OnShelf)
            .GroupBy(x => new { x.ProductId, x.StoreId })
            .Select(g => new { g.Key.ProductId, g.Key.StoreId, Day = g.Min(x => x.Day) })
            .ToListAsync(ct);
        var arrived = await lines.Where(x => x.Status != RolloutStatus.NotArrived)
            .GroupBy(x => new { x.ProductId, x.StoreId })
            .Select(g => new { g.Key.ProductId, g.Key.StoreId })
            .ToListAsync(ct);
        var checks = await lines.Where(x => x.Day >= period.From && x.VerifiedCorrect != null)
            .GroupBy(x => new { x.ProductId, x.StoreId })
            .Select(g => new { g.Key.ProductId, g.Key.StoreId, Verified = g.Count(), Wrong = g.Count(x => x.VerifiedCorrect == false) })
            .ToListAsync(ct);
        RolloutLine Line(NewProduct p)
        {
            var inScope = view.Stores.Count(s => s.OpenedOn is null || s.OpenedOn <= period.To);
            var arrivedStores = arrived.Count(a => a.ProductId == p.Id);
            var mine = checks.Where(c => c.ProductId == p.Id).ToList();
            return new RolloutLine(p.Id, p.Sku, p.Name, p.LaunchOn, inScope, firstOnShelf.Count(f => f.ProductId == p.Id),
                Math.Max(0, inScope - arrivedStores), mine.Sum(c => c.Verified), mine.Sum(c => c.Wrong));
        }
        var productLines = products.Select(Line).ToList();
        var chosen = productLines.FirstOrDefault(l => l.ProductId == filter.ProductId);
        if (chosen is null)
        {
            return new RolloutReport(view, productLines, null, []);
        }
        var last = await LastStatusAsync(chosen.ProductId, ids, period.To, ct);
        var stores = view.Stores.Select(s =>
        {
            var check = checks.FirstOrDefault(c => c.ProductId == chosen.ProductId && c.StoreId == s.Id);
            return new RolloutStoreLine(s, firstOnShelf.FirstOrDefault(f => f.ProductId == chosen.ProductId && f.StoreId == s.Id)?.Day,
                arrived.Any(a => a.ProductId == chosen.ProductId && a.StoreId == s.Id), last.GetValueOrDefault(s.Id), check?.Verified ?? 0,
                check?.Wrong ?? 0);
        }).OrderBy(l => l.FirstOnShelf is null ? 0 : 1).ThenBy(l => l.Store.Code, StringComparer.Ordinal).ToList();
        return new RolloutReport(view, productLines, chosen, stores);
    }

    /// <summary>Each store's latest reported status for the SKU up to <paramref name="to"/>.</summary>
    private async Task<Dictionary<Guid, string>> LastStatusAsync(Guid productId, List<Guid> ids, LocalDate to, CancellationToken ct)
    {
        var latest = db.Rollouts.AsNoTracking().Where(x => x.ProductId == productId && ids.Contains(x.StoreId) && x.Day <= to)
            .GroupBy(x => x.StoreId)
            .Select(g => new { StoreId = g.Key, Day = g.Max(x => x.Day) });
        var rows = await (from x in db.Rollouts.AsNoTracking()
                          join l in latest on new { x.StoreId, x.Day } equals new { l.StoreId, l.Day }
                          where x.ProductId == productId
                          select new { x.StoreId, x.Status }).ToListAsync(ct);
        return rows.GroupBy(r => r.StoreId).ToDictionary(g => g.Key, g => g.First().Status);
    }
}

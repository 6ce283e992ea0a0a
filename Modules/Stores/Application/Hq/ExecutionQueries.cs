using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SalesSuite.SharedKernel.Caching;
using SalesSuite.Stores.Data;
using SalesSuite.Stores.Domain;

namespace SalesSuite.Stores.Application.Hq;

/// <summary>
/// Promotion execution rates, aggregated in the database: executed and reported store-days are counted per store and
/// promotion by one GROUP BY over PromotionExecutions (covering index on Day); due store-days are computed from the
/// promotions' dates and regions. At 137 stores × a year only a few thousand (store, promotion) counts come back.
/// A report is computed once per change of what it reads and business date (<see cref="HqStampQueries"/>) and viewer
/// scope and filters, then shared (<see cref="StampedCache{TModule}"/>): a new daily report changes the stamp, so it shows at once.
/// </summary>
internal sealed class ExecutionQueries(StoresDbContext db, HqViewService views, StoresAccess access, HqStampQueries stamps,
    StampedCache<StoresModule> cache)
{
    public async Task<ExecutionReport> ReportAsync(HqFilter filter, CancellationToken ct)
    {
        var token = await stamps.TokenAsync();
        var period = filter.Period(views.Today);
        var scope = await access.ScopeAsync(ct);
        // Everything the report depends on besides the token: the stores one may see, the period and the narrowing filters.
        var stores = scope.All ? "all" : string.Join(",", scope.StoreIds.Order().Select(id => id.ToString("N")));
        var key = string.Create(
            CultureInfo.InvariantCulture,
            $"execution|{stores}|{period.From:yyyy-MM-dd}|{period.To:yyyy-MM-dd}|{filter.Region}|{filter.SupervisorId}");
        // The shared computation does not follow one viewer's cancellation (others may be waiting for it).
        return await cache.GetAsync("execution", token, key, () => ComputeAsync(period, filter, CancellationToken.None));
    }

    private async Task<ExecutionReport> ComputeAsync(HqPeriod period, HqFilter filter, CancellationToken ct)
    {
        var view = await views.LoadAsync(period, filter.Region, filter.SupervisorId, ct);
        var promotions = await PromotionsAsync(period, ct);
        var cells = await CellsAsync(view, promotions, ct);
        var byStore = cells.ToLookup(c => c.StoreId);
        var stores = view.Stores.Select(s => ExecutionLine.Sum(s.Id.ToString(), s.Code + " " + s.Name, byStore[s.Id])).ToList();
        var storeRegion = view.Stores.ToDictionary(s => s.Id, s => s.Region);
        var regions = cells.GroupBy(c => storeRegion[c.StoreId]).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => ExecutionLine.Sum(g.Key, g.Key, g)).ToList();
        var byId = promotions.ToDictionary(p => p.Id);
        var byType = cells.ToLookup(c => byId[c.PromotionId].Type);
        var types = PromotionType.All
            .Select(t => ExecutionLine.Sum(t, t, byType[t]))
            .Where(l => l.Due > 0)
            .ToList();
        var byPromotion = cells.ToLookup(c => c.PromotionId);
        var promotionLines = promotions
            .Select(p => ExecutionLine.Sum(p.Id.ToString(), p.Code + " " + p.Name, byPromotion[p.Id]))
            .Where(l => l.Due > 0)
            .ToList();
        return new ExecutionReport(view, ExecutionLine.Sum(string.Empty, string.Empty, cells), stores, regions, types, promotionLines);
    }

    public async Task<List<Promotion>> PromotionsAsync(HqPeriod period, CancellationToken ct) =>
        await db.Promotions.AsNoTracking()
            .Where(p => p.Active && p.StartsOn <= period.To && p.EndsOn >= period.From)
            .OrderBy(p => p.Code)
            .ToListAsync(ct);

    /// <summary>Due, reported and executed store-days per store and promotion (only cells with a due day).</summary>
    public async Task<List<ExecutionCell>> CellsAsync(HqView view, IReadOnlyList<Promotion> promotions, CancellationToken ct)
    {
        var period = view.Period;
        var end = period.To < view.Today ? period.To : view.Today;
        // One pass over the execution lines of the period (a covering index on Day): a store that reported on a day
        // answered every promotion that applied (the submit requires it), so its lines count the reported days too.
        var lines = await db.PromotionExecutions.AsNoTracking()
            .Where(e => e.Day >= period.From && e.Day <= end)
            .GroupBy(e => new { e.StoreId, e.PromotionId })
            .Select(g => new
            {
                g.Key.StoreId,
                g.Key.PromotionId,
                Reported = g.Count(),
                Executed = g.Count(e => e.Executed),
                WithPhoto = g.Count(e => e.Executed && e.PhotoFileId != null),
                Today = g.Count(e => e.Day == view.Today),
            })
            .ToListAsync(ct);
        var photoRequired = promotions.ToDictionary(p => p.Id, p => p.PhotoRequired);
        var reportedBy = lines.ToDictionary(x => (x.StoreId, x.PromotionId), x => x.Reported);
        var reportedToday = lines.Where(x => x.Today > 0).Select(x => (x.StoreId, x.PromotionId)).ToHashSet();
        var executedBy = lines.Where(x => photoRequired.ContainsKey(x.PromotionId))
            .ToDictionary(x => (x.StoreId, x.PromotionId), x => photoRequired[x.PromotionId] ? x.WithPhoto : x.Executed);
        var cells = new List<ExecutionCell>();
        foreach (var store in view.Stores)
        {
            foreach (var promotion in promotions.Where(p => p.Region is null || p.Region == store.Region))
            {
                // Today is due only once the store has reported it (the day is not over before that).
                var due = period.OverlapDays(promotion.StartsOn, promotion.EndsOn, store.OpenedOn, view.Today.PlusDays(-1))
                    + (reportedToday.Contains((store.Id, promotion.Id)) ? 1 : 0);
                if (due == 0)
                {
                    continue;
                }
                var r = Math.Min(due, reportedBy.GetValueOrDefault((store.Id, promotion.Id)));
                var x = Math.Min(r, executedBy.GetValueOrDefault((store.Id, promotion.Id)));
                cells.Add(new ExecutionCell(store.Id, promotion.Id, due, r, x));
            }
        }
        return cells;
    }
}

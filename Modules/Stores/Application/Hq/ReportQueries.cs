using Microsoft.EntityFrameworkCore;
using SalesSuite.Stores.Data;
using SalesSuite.Stores.Domain;

namespace SalesSuite.Stores.Application.Hq;

/// <summary>The report list behind every headquarters number: filtered and paged in the database, scoped to the user's stores.</summary>
internal sealed class ReportQueries(StoresDbContext db, HqViewService views)
{
    public async Task<ReportList> ListAsync(ReportFilter filter, CancellationToken ct)
    {
        var (view, query) = await QueryAsync(filter, ct);
        var pageNo = Math.Max(1, filter.PageNo);
        var count = await query.CountAsync(ct);
        var rows = await Project(query).Skip((pageNo - 1) * ReportList.PageSize).Take(ReportList.PageSize).ToListAsync(ct);
        var promotions = (await db.Promotions.AsNoTracking()
                .Where(p => p.StartsOn <= view.Period.To && p.EndsOn >= view.Period.From)
                .OrderBy(p => p.Code).Select(p => new { p.Id, p.Code, p.Name }).ToListAsync(ct))
            .Select(p => (p.Id, p.Code + " " + p.Name)).ToList();
        var categories = (await db.FeedbackCategories.AsNoTracking().OrderBy(c => c.SortOrder).Select(c => new { c.Code, c.Name }).ToListAsync(ct))
            .Select(c => (c.Code, c.Name)).ToList();
        return new ReportList(view, rows, count, pageNo, promotions, categories);
    }

    public async Task<(HqView View, IReadOnlyList<ReportRow> Rows, bool Truncated)> ExportAsync(ReportFilter filter, CancellationToken ct)
    {
        var (view, query) = await QueryAsync(filter, ct);
        var rows = await Project(query).Take(ReportList.MaxExportRows + 1).ToListAsync(ct);
        return (view, rows.Take(ReportList.MaxExportRows).ToList(), rows.Count > ReportList.MaxExportRows);
    }

    private async Task<(HqView View, IQueryable<DailyReport> Query)> QueryAsync(ReportFilter filter, CancellationToken ct)
    {
        var period = filter.Period(views.Today);
        var view = await views.LoadAsync(period, filter.Region, filter.SupervisorId, ct);
        var ids = view.StoreIds.Where(id => filter.StoreId is null || id == filter.StoreId).ToList();
        var query = db.Reports.AsNoTracking().Where(r => ids.Contains(r.StoreId) && r.Day >= period.From && r.Day <= period.To);
        if (!string.IsNullOrWhiteSpace(filter.Compliance))
        {
            query = query.Where(r => r.Compliance == filter.Compliance);
        }
        if (filter.UserId is { } user)
        {
            query = query.Where(r => r.UserId == user);
        }
        if (!string.IsNullOrWhiteSpace(filter.Category))
        {
            query = query.Where(r => db.Feedback.Any(f => f.ReportId == r.Id && f.CategoryCode == filter.Category));
        }
        if (filter.PromotionId is not null || filter.Type is not null || filter.Executed is not null)
        {
            // "Executed" as the execution rate counts it: executed, with the photo when the promotion requires one.
            query = query.Where(r => (from e in db.PromotionExecutions
                                      join p in db.Promotions on e.PromotionId equals p.Id
                                      where e.ReportId == r.Id
                                          && (filter.PromotionId == null || e.PromotionId == filter.PromotionId)
                                          && (filter.Type == null || p.Type == filter.Type)
                                          && (filter.Executed == null
                                              || (e.Executed && (e.PhotoFileId != null || !p.PhotoRequired)) == filter.Executed)
                                      select e.Id).Any());
        }
        if (filter.ProductId is not null)
        {
            query = query.Where(r => db.Rollouts.Any(x => x.ReportId == r.Id && x.ProductId == filter.ProductId
                && (filter.Status == null || x.Status == filter.Status)
                && (filter.Wrong == null || x.VerifiedCorrect == !filter.Wrong)));
        }
        return (view, query.OrderByDescending(r => r.Day).ThenBy(r => r.StoreId));
    }

    private static IQueryable<ReportRow> Project(IQueryable<DailyReport> query) =>
        query.Select(r => new ReportRow(r.Id, r.StoreId, r.Day, r.UserId, r.Compliance, r.DwellMinutes, r.SubmittedAt, r.Feedback.Count,
            r.Files.Count, r.Promotions.Count, r.Promotions.Count(p => p.Executed)));
}

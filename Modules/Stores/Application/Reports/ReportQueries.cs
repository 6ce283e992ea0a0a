using Microsoft.EntityFrameworkCore;
using SalesSuite.SharedKernel.Time;
using SalesSuite.Stores.Application.Catalog;
using SalesSuite.Stores.Application.Day;
using SalesSuite.Stores.Data;
using SalesSuite.Stores.Domain;

namespace SalesSuite.Stores.Application.Reports;

/// <summary>The report form for a store the user manages, and the confirmation of a received report.</summary>
internal sealed class ReportQueries(StoresDbContext db, StoresAccess access, CatalogQueries catalog, DayQueries day, BusinessClock clock)
{
    /// <summary>Today's form: 404 for a store the user may not see, 403 for one they do not manage.</summary>
    public async Task<ReportFormView> FormAsync(Guid storeId, CancellationToken ct)
    {
        await access.EnsureVisibleAsync(storeId, ct);
        var store = await db.Stores.AsNoTracking().FirstOrDefaultAsync(s => s.Id == storeId, ct) ?? throw new KeyNotFoundException();
        access.EnsureManagerOf(store);
        var today = clock.Today;
        var submitted = await db.Reports.AsNoTracking().Where(r => r.StoreId == storeId && r.Day == today).Select(r => (Guid?)r.Id)
            .FirstOrDefaultAsync(ct);
        var exception = await db.Exceptions.AsNoTracking().AnyAsync(e => e.StoreId == storeId && e.Day == today, ct);
        // The instant the submit's dwell check counts from (and the day page's countdown): the store's first inside check-in.
        var checkIn = await day.FirstInsideCheckInAsync(storeId, today, ct);
        var tree = await catalog.FeedbackTreeAsync(ct);
        var promotions = await catalog.PromotionsForAsync(store, today, ct);
        var products = await catalog.ProductsToReportAsync(store, today, ct);
        return new ReportFormView(store.Id, store.Code, store.Name, today, submitted, exception,
            checkIn?.At, store.MinDwellMinutes,
            tree.Select(c => new FeedbackCategoryView(c.Code, c.Name,
                    c.Options.Where(o => o.Active).Select(o => new FeedbackOptionView(o.Code, o.Name)).ToList()))
                .Where(c => c.Options.Count > 0).ToList(),
            promotions.Select(p => new PromotionView(p.Id, p.Code, p.Name, p.Type, p.Instructions, p.PhotoRequired, p.EndsOn)).ToList(),
            products.Select(p => new ProductView(p.Id, p.Sku, p.Name)).ToList());
    }

    /// <summary>A received report's summary (404 unless the user may see its store).</summary>
    public async Task<ReportSummary> SummaryAsync(Guid reportId, CancellationToken ct)
    {
        var report = await db.Reports.AsNoTracking()
            .Include(r => r.Files).Include(r => r.Feedback).Include(r => r.Promotions).Include(r => r.Rollouts)
            .AsSplitQuery()
            .FirstOrDefaultAsync(r => r.Id == reportId, ct) ?? throw new KeyNotFoundException();
        await access.EnsureVisibleAsync(report.StoreId, ct);
        var storeName = await db.Stores.AsNoTracking().Where(s => s.Id == report.StoreId).Select(s => s.Name).SingleAsync(ct);
        return new ReportSummary(report.Id, report.StoreId, storeName, report.Day, report.SubmittedAt, report.Compliance, report.DwellMinutes,
            report.Files.Count(f => f.Kind == FileKind.ShelfPhoto),
            report.Files.Count(f => f.Kind == FileKind.GroupBuyScreenshot),
            report.Files.Count(f => f.Kind == FileKind.Recording),
            report.Feedback.Count,
            report.Promotions.Count(p => p.Executed),
            report.Promotions.Count,
            report.Rollouts.Count);
    }
}

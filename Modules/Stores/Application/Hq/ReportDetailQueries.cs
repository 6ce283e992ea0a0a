using Microsoft.EntityFrameworkCore;
using SalesSuite.Stores.Data;
using SalesSuite.Stores.Domain;

namespace SalesSuite.Stores.Application.Hq;

/// <summary>One report with its files, feedback, promotions and roll-out lines (404 outside the user's stores).</summary>
internal sealed class ReportDetailQueries(StoresDbContext db, StoresAccess access)
{
    public async Task<ReportDetail> DetailAsync(Guid id, CancellationToken ct)
    {
        var report = await db.Reports.AsNoTracking().AsSplitQuery()
            .Include(r => r.Files).Include(r => r.Feedback).Include(r => r.Promotions).Include(r => r.Rollouts)
            .SingleOrDefaultAsync(r => r.Id == id, ct) ?? throw new KeyNotFoundException();
        await access.EnsureVisibleAsync(report.StoreId, ct);
        var store = await db.Stores.AsNoTracking().SingleAsync(s => s.Id == report.StoreId, ct);
        var checkedInAt = report.CheckInId is { } c
            ? await db.CheckIns.AsNoTracking().Where(x => x.Id == c).Select(x => (NodaTime.Instant?)x.At).SingleOrDefaultAsync(ct)
            : null;
        var names = await access.Records.NamesAsync(ct);
        string Name(Guid? user) => user is { } u && names.TryGetValue(u, out var n) ? n : "—";
        var categories = await db.FeedbackCategories.AsNoTracking().ToListAsync(ct);
        var promotionIds = report.Promotions.Select(p => p.PromotionId).ToList();
        var promotions = await db.Promotions.AsNoTracking().Where(p => promotionIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, ct);
        var productIds = report.Rollouts.Select(p => p.ProductId).ToList();
        var products = await db.Products.AsNoTracking().Where(p => productIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, ct);
        var showEvidence = access.IsHeadquarters || access.IsSupervisor;
        var files = report.Files.OrderBy(f => f.Kind, StringComparer.Ordinal).ThenBy(f => f.UploadedAt)
            .Select(f => new ReportFile(f, showEvidence && f.ExifLatitude is { } lat && f.ExifLongitude is { } lon
                ? Math.Round(Geofence.DistanceMeters(store.Latitude, store.Longitude, lat, lon))
                : null))
            .ToList();
        var feedback = report.Feedback.Select(f =>
        {
            var category = categories.FirstOrDefault(c => c.Code == f.CategoryCode);
            var option = category?.Options.FirstOrDefault(o => o.Code == f.OptionCode);
            return new FeedbackLine(f, category?.Name ?? f.CategoryCode, option?.Name ?? f.OptionCode);
        }).ToList();
        var executions = report.Promotions.Select(p => promotions.TryGetValue(p.PromotionId, out var promo)
                ? new ExecutionDetail(p, promo.Code, promo.Name, promo.Type, promo.PhotoRequired)
                : new ExecutionDetail(p, "—", "—", string.Empty, false))
            .OrderBy(p => p.Code, StringComparer.Ordinal).ToList();
        var rollouts = report.Rollouts.Select(r => products.TryGetValue(r.ProductId, out var product)
                ? new RolloutDetail(r, product.Sku, product.Name, r.VerifiedBy is null ? null : Name(r.VerifiedBy))
                : new RolloutDetail(r, "—", "—", r.VerifiedBy is null ? null : Name(r.VerifiedBy)))
            .OrderBy(r => r.Sku, StringComparer.Ordinal).ToList();
        return new ReportDetail(report, store, checkedInAt, Name(report.UserId), files, feedback, executions, rollouts, showEvidence,
            await CanVerifyAsync(store, ct));
    }

    /// <summary>The roll-out line as the detail page shows it after a verification (404 outside the user's stores).</summary>
    public async Task<(RolloutDetail Line, bool CanVerify)> RolloutLineAsync(Guid lineId, CancellationToken ct)
    {
        var line = await db.Rollouts.AsNoTracking().SingleOrDefaultAsync(x => x.Id == lineId, ct) ?? throw new KeyNotFoundException();
        await access.EnsureVisibleAsync(line.StoreId, ct);
        var store = await db.Stores.AsNoTracking().SingleAsync(s => s.Id == line.StoreId, ct);
        var product = await db.Products.AsNoTracking().SingleOrDefaultAsync(p => p.Id == line.ProductId, ct);
        var names = await access.Records.NamesAsync(ct);
        var by = line.VerifiedBy is { } u ? names.GetValueOrDefault(u, "—") : null;
        return (new RolloutDetail(line, product?.Sku ?? "—", product?.Name ?? "—", by), await CanVerifyAsync(store, ct));
    }

    private async Task<bool> CanVerifyAsync(Store store, CancellationToken ct)
    {
        try
        {
            await RolloutVerification.EnsureMayVerifyAsync(access, store, ct);
            return true;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }
}

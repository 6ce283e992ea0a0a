using Microsoft.EntityFrameworkCore;
using NodaTime;
using SalesSuite.SharedKernel.Application;
using SalesSuite.SharedKernel.Events;
using SalesSuite.SharedKernel.Time;
using SalesSuite.Stores.Data;
using SalesSuite.Stores.Domain;

namespace SalesSuite.Stores.Application.Reports;

/// <summary>The store manager's daily report: geofenced, idempotent, all or nothing.</summary>
internal sealed class ReportCommands(
    StoresDbContext db, StoresAccess access, ReportFenceService fence, ReportContentService content, ReportFileService files,
    UnitOfWork<StoresDbContext> unitOfWork, BusinessClock clock)
{
    /// <summary>
    /// Submits today's report for a store the user manages (else 403). In order: the same key again → the report already
    /// received; another report today → refused; the fence (exception, or inside check-in + position + dwell; a refusal is
    /// logged); every field checked; the files written (all or none); one save with the report, its lines, files and
    /// events. A racing double submit that loses on the unique index deletes its files and answers like the winner's retry.
    /// </summary>
    public async Task<ReportSubmitted> SubmitAsync(Guid storeId, ReportInput input, ReportUploads uploads, CancellationToken ct)
    {
        var store = await db.Stores.AsNoTracking().FirstOrDefaultAsync(s => s.Id == storeId, ct) ?? throw new KeyNotFoundException();
        access.EnsureManagerOf(store);
        var today = clock.Today;
        var key = input.IdempotencyKey?.Trim() ?? string.Empty;
        if (await ReceivedAsync(store.Id, today, key, ct) is { } received)
        {
            return received;
        }
        var pass = await fence.PassAsync(store, access.UserId, Position(input), ct);
        var plan = await content.CheckAsync(store, today, input, uploads, ct);
        var now = clock.Now;
        var written = await files.WriteAsync(store.Id, today, access.UserId, plan.Uploads, ct);
        var dwell = pass.CheckedInAt is { } at ? now - at : (Duration?)null;
        var report = Build(store, today, key, input, plan, pass, dwell, written, now);
        db.Reports.Add(report);
        foreach (var e in ReportEvents.For(report, store, plan.Promotions, dwell, now))
        {
            db.Publish(e);
        }
        try
        {
            await unitOfWork.CommitAsync("Report.Submit", ct);
            return new ReportSubmitted(report.Id, AlreadyReceived: false);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            await files.DeleteAsync(written.Select(w => w.File));
            return await ReceivedAsync(store.Id, today, key, CancellationToken.None) ?? throw new InvalidOperationException(
                "The report was not saved although no report of this store today or with this key exists.");
        }
    }

    /// <summary>The report already received under this key; a refusal when the store already reported today under another.</summary>
    private async Task<ReportSubmitted?> ReceivedAsync(Guid storeId, LocalDate day, string key, CancellationToken ct)
    {
        var same = await db.Reports.AsNoTracking().Where(r => r.IdempotencyKey == key).Select(r => new { r.Id, r.StoreId }).FirstOrDefaultAsync(ct);
        if (same is not null)
        {
            return same.StoreId == storeId ? new ReportSubmitted(same.Id, AlreadyReceived: true)
                : throw ReportRefusedException.One(string.Empty, new("Report_Error_KeyInUse"));
        }
        var existing = await db.Reports.AsNoTracking().AnyAsync(r => r.StoreId == storeId && r.Day == day, ct);
        return existing ? throw ReportRefusedException.One(string.Empty, new("Report_Error_AlreadySubmitted")) : null;
    }

    private static GeoPosition? Position(ReportInput input) =>
        input is { Latitude: { } lat, Longitude: { } lon, Accuracy: { } acc } ? new GeoPosition(lat, lon, acc) : null;

    private DailyReport Build(Store store, LocalDate day, string key, ReportInput input, ReportPlan plan, FencePass pass, Duration? dwell,
        IReadOnlyList<(PlannedUpload Planned, StoreFile File)> written, Instant now)
    {
        var report = new DailyReport(Guid.NewGuid(), store.Id, day, access.UserId, now, key, pass.Compliance, pass.CheckInId, dwell)
        {
            CompetitorActivity = string.IsNullOrWhiteSpace(input.CompetitorActivity) ? null : input.CompetitorActivity.Trim(),
        };
        foreach (var (_, file) in written)
        {
            file.BelongTo(report.Id);
            report.Attach(file);
        }
        foreach (var line in plan.Feedback)
        {
            report.Add(new FeedbackEntry(Guid.NewGuid(), report.Id, store.Id, day, line.CategoryCode, line.OptionCode, line.Question));
        }
        foreach (var promotion in plan.Promotions)
        {
            var photo = written.FirstOrDefault(w => w.Planned.PromotionId == promotion.Promotion.Id).File;
            report.Add(new PromotionExecution(Guid.NewGuid(), report.Id, store.Id, day, promotion.Promotion.Id, promotion.Executed, photo?.Id));
        }
        foreach (var rollout in plan.Rollouts)
        {
            report.Add(new RolloutEntry(Guid.NewGuid(), report.Id, store.Id, day, rollout.ProductId, rollout.Status!));
        }
        return report;
    }
}

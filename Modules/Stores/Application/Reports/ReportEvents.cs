using NodaTime;
using SalesSuite.Stores.Contracts;
using SalesSuite.Stores.Domain;

namespace SalesSuite.Stores.Application.Reports;

/// <summary>The integration events of an accepted report: one for the report, one per feedback line, one per promotion.</summary>
internal static class ReportEvents
{
    public static IEnumerable<SharedKernel.Events.IIntegrationEvent> For(
        DailyReport report, Store store, IReadOnlyList<PlannedPromotion> promotions, Duration? dwell, Instant now)
    {
        yield return new DailyReportSubmitted(Guid.NewGuid(), now, report.UserId, report.Id, store.Id, store.Code, store.Region, report.UserId,
            store.SupervisorUserId, report.Day, report.Compliance,
            PhotoCount: report.Files.Count(f => FileKind.IsImage(f.Kind)),
            RecordingCount: report.Files.Count(f => f.Kind == FileKind.Recording),
            FeedbackCount: report.Feedback.Count,
            PromotionsExecuted: promotions.Count(p => p.Executed),
            PromotionsDue: promotions.Count,
            DwellBeforeSubmit: dwell);
        foreach (var line in report.Feedback)
        {
            yield return new FeedbackRecorded(Guid.NewGuid(), now, report.UserId, line.Id, report.Id, store.Id, store.Region, report.Day,
                line.CategoryCode, line.OptionCode, line.Question);
        }
        foreach (var execution in report.Promotions)
        {
            var promotion = promotions.Single(p => p.Promotion.Id == execution.PromotionId).Promotion;
            yield return new PromotionExecutionReported(Guid.NewGuid(), now, report.UserId, report.Id, store.Id, store.Region, report.UserId,
                report.Day, promotion.Id, promotion.Code, promotion.Type, execution.Executed, execution.PhotoFileId is not null);
        }
    }
}

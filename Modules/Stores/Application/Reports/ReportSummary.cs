using NodaTime;

namespace SalesSuite.Stores.Application.Reports;

/// <summary>The confirmation after a submit: what was received.</summary>
internal sealed record ReportSummary(
    Guid ReportId,
    Guid StoreId,
    string StoreName,
    LocalDate Day,
    Instant SubmittedAt,
    string Compliance,
    int? DwellMinutes,
    int ShelfPhotos,
    int Screenshots,
    int Recordings,
    int FeedbackLines,
    int PromotionsExecuted,
    int PromotionsDue,
    int Rollouts);

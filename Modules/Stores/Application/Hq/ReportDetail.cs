using NodaTime;
using SalesSuite.Stores.Domain;

namespace SalesSuite.Stores.Application.Hq;

/// <summary>Everything in one daily report, with the names its codes stand for.</summary>
internal sealed record ReportDetail(
    DailyReport Report, Store Store, Instant? CheckedInAt, string ManagerName, IReadOnlyList<ReportFile> Files,
    IReadOnlyList<FeedbackLine> Feedback, IReadOnlyList<ExecutionDetail> Promotions, IReadOnlyList<RolloutDetail> Rollouts, bool ShowEvidence,
    bool CanVerify);

/// <summary>A file of the report; <see cref="DistanceMeters"/> is the photo's EXIF position's distance to the store.</summary>
internal sealed record ReportFile(StoreFile File, double? DistanceMeters);

internal sealed record FeedbackLine(FeedbackEntry Entry, string Category, string Option);

internal sealed record ExecutionDetail(PromotionExecution Line, string Code, string Name, string Type, bool PhotoRequired)
{
    /// <summary>Counted as executed by the execution rate (executed, with the photo when one is required).</summary>
    public bool Counted => Line.Executed && (Line.PhotoFileId is not null || !PhotoRequired);
}

internal sealed record RolloutDetail(RolloutEntry Line, string Sku, string Name, string? VerifiedByName);

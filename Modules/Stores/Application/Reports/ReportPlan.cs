namespace SalesSuite.Stores.Application.Reports;

/// <summary>A checked report, ready to be written: its lines and the uploads in the order they are stored.</summary>
internal sealed record ReportPlan(
    IReadOnlyList<PlannedFeedback> Feedback,
    IReadOnlyList<PlannedPromotion> Promotions,
    IReadOnlyList<RolloutLineInput> Rollouts,
    IReadOnlyList<PlannedUpload> Uploads);

/// <summary>A feedback line whose category and option exist and are active.</summary>
internal sealed record PlannedFeedback(string CategoryCode, string OptionCode, string? Question);

/// <summary>The answer for one promotion that applies today (the photo only when executed).</summary>
internal sealed record PlannedPromotion(Domain.Promotion Promotion, bool Executed, ReportUpload? Photo);

/// <summary>An upload and what it is for (<c>FileKind</c>); <see cref="PromotionId"/> for a promotion photo.</summary>
internal sealed record PlannedUpload(string Kind, ReportUpload Upload, Guid? PromotionId);

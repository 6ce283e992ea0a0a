using NodaTime;

namespace SalesSuite.Stores.Application.Reports;

/// <summary>What the report form shows for one store today.</summary>
internal sealed record ReportFormView(
    Guid StoreId,
    string StoreCode,
    string StoreName,
    LocalDate Day,
    Guid? SubmittedReportId,
    bool HasException,
    Instant? CheckedInAt,
    int MinDwellMinutes,
    IReadOnlyList<FeedbackCategoryView> Categories,
    IReadOnlyList<PromotionView> Promotions,
    IReadOnlyList<ProductView> Products);

internal sealed record FeedbackCategoryView(string Code, string Name, IReadOnlyList<FeedbackOptionView> Options);

internal sealed record FeedbackOptionView(string Code, string Name);

internal sealed record PromotionView(Guid Id, string Code, string Name, string Type, string? Instructions, bool PhotoRequired, LocalDate EndsOn);

internal sealed record ProductView(Guid Id, string Sku, string Name);

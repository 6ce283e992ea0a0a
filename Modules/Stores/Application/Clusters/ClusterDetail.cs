namespace SalesSuite.Stores.Application.Clusters;

/// <summary>A cluster with its stores (task done or not) and the feedback lines of the week the reader may see.</summary>
internal sealed record ClusterDetail(
    ClusterRow Row,
    string? PlaybookTitle,
    string? PlaybookText,
    IReadOnlyList<ClusterStoreLine> Stores,
    IReadOnlyList<ClusterFeedbackLine> Feedback,
    bool CanClose);

internal sealed record ClusterStoreLine(Guid StoreId, string Code, string Name, string Region, int Lines, bool TaskDone);

internal sealed record ClusterFeedbackLine(
    Guid Id, Guid ReportId, Guid StoreId, string StoreCode, string StoreName, NodaTime.LocalDate Day, string OptionCode, string? Question,
    bool Duplicate);

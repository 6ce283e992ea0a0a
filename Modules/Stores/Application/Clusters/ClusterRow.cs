using NodaTime;

namespace SalesSuite.Stores.Application.Clusters;

/// <summary>One raised cluster in the list: the count when raised against its threshold, the stores, who answers for it, the tasks.</summary>
internal sealed record ClusterRow(
    Guid Id,
    string CategoryCode,
    string CategoryName,
    LocalDate WeekStart,
    int Count,
    int Threshold,
    int StoreCount,
    Guid? ResponsibleUserId,
    string ResponsibleName,
    int TasksPushed,
    int TasksDone,
    Instant RaisedAt,
    Instant? ClosedAt,
    string? ClosingNote)
{
    public LocalDate WeekEnd => WeekStart.PlusDays(6);
}

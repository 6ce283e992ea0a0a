using NodaTime;
using SalesSuite.SharedKernel.Events;

namespace SalesSuite.Stores.Contracts;

/// <summary>
/// A feedback category passed its weekly threshold (default 15) across stores: raised once per category and business
/// week, with the stores concerned, the person named responsible and the playbook pushed to those stores' managers.
/// </summary>
public sealed record IssueClusterRaised(
    Guid EventId,
    Instant OccurredAt,
    Guid? ActorUserId,
    Guid ClusterId,
    string CategoryCode,
    LocalDate WeekStart,
    int Count,
    int Threshold,
    IReadOnlyList<Guid> StoreIds,
    Guid? ResponsibleUserId,
    bool PlaybookPushed) : IIntegrationEvent;

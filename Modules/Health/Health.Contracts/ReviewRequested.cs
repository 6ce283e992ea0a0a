using NodaTime;
using SalesSuite.SharedKernel.Events;

namespace SalesSuite.Health.Contracts;

/// <summary>
/// A supervisor review of a record is requested (`UserId`: the reviewer; `SubjectUserId`: whose work, when it is a person's;
/// `Reason`: why, in the reviewer's words of the rule).
/// </summary>
public sealed record ReviewRequested(
    Guid EventId,
    Instant OccurredAt,
    Guid? ActorUserId,
    Guid UserId,
    string RecordRef,
    Instant DueBy,
    Guid? SubjectUserId = null,
    string? Reason = null) : IIntegrationEvent;

using NodaTime;
using SalesSuite.SharedKernel.Events;

namespace SalesSuite.Health.Contracts;

/// <summary>A supervisor review of a record is requested.</summary>
public sealed record ReviewRequested(
    Guid EventId,
    Instant OccurredAt,
    Guid? ActorUserId,
    Guid UserId,
    string RecordRef,
    Instant DueBy) : IIntegrationEvent;

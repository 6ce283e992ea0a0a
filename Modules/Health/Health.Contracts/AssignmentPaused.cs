using NodaTime;
using SalesSuite.SharedKernel.Events;

namespace SalesSuite.Health.Contracts;

/// <summary>A Health rule paused lead assignment for a salesperson.</summary>
public sealed record AssignmentPaused(
    Guid EventId,
    Instant OccurredAt,
    Guid? ActorUserId,
    Guid UserId,
    string Reason) : IIntegrationEvent;

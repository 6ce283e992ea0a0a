using NodaTime;
using SalesSuite.SharedKernel.Events;

namespace SalesSuite.Health.Contracts;

/// <summary>Lead assignment resumed for a salesperson.</summary>
public sealed record AssignmentResumed(
    Guid EventId,
    Instant OccurredAt,
    Guid? ActorUserId,
    Guid UserId,
    string Reason) : IIntegrationEvent;

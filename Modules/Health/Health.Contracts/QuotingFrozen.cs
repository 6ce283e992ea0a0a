using NodaTime;
using SalesSuite.SharedKernel.Events;

namespace SalesSuite.Health.Contracts;

/// <summary>A Health rule froze quoting for a salesperson.</summary>
public sealed record QuotingFrozen(
    Guid EventId,
    Instant OccurredAt,
    Guid? ActorUserId,
    Guid UserId,
    string Reason) : IIntegrationEvent;

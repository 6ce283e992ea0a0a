using NodaTime;
using SalesSuite.SharedKernel.Events;

namespace SalesSuite.Health.Contracts;

/// <summary>Quoting was unfrozen for a salesperson.</summary>
public sealed record QuotingUnfrozen(
    Guid EventId,
    Instant OccurredAt,
    Guid? ActorUserId,
    Guid UserId,
    string Reason) : IIntegrationEvent;

using NodaTime;
using SalesSuite.SharedKernel.Events;

namespace SalesSuite.Leads.Contracts;

/// <summary>A salesperson claimed a lead from the pool.</summary>
public sealed record LeadClaimed(
    Guid EventId,
    Instant OccurredAt,
    Guid? ActorUserId,
    Guid LeadId,
    Guid UserId,
    Instant ReleaseDeadline) : IIntegrationEvent;

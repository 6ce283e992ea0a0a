using NodaTime;
using SalesSuite.SharedKernel.Events;

namespace SalesSuite.Leads.Contracts;

/// <summary>A lead went back to the pool: timeout, manual release or hand-over.</summary>
public sealed record LeadReleased(
    Guid EventId,
    Instant OccurredAt,
    Guid? ActorUserId,
    Guid LeadId,
    Guid UserId,
    LeadReleaseReason Reason) : IIntegrationEvent;

using NodaTime;
using SalesSuite.SharedKernel.Events;

namespace SalesSuite.Leads.Contracts;

/// <summary>A deal was lost.</summary>
public sealed record DealClosedLost(
    Guid EventId,
    Instant OccurredAt,
    Guid? ActorUserId,
    Guid DealId,
    Guid CustomerId,
    Guid OwnerId,
    string Reason,
    Duration CycleTime,
    long Sequence = 0) : IIntegrationEvent;

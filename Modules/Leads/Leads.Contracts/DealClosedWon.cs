using NodaTime;
using SalesSuite.SharedKernel.Events;

namespace SalesSuite.Leads.Contracts;

/// <summary>A deal was won.</summary>
public sealed record DealClosedWon(
    Guid EventId,
    Instant OccurredAt,
    Guid? ActorUserId,
    Guid DealId,
    Guid CustomerId,
    Guid OwnerId,
    decimal? Amount,
    string Currency,
    Duration CycleTime,
    long Sequence = 0) : IIntegrationEvent;

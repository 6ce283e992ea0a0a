using NodaTime;
using SalesSuite.SharedKernel.Events;

namespace SalesSuite.Collections.Contracts;

/// <summary>A contract exists (from an accepted quote, or entered by Finance) with its receivable schedule.</summary>
public sealed record ContractCreated(
    Guid EventId,
    Instant OccurredAt,
    Guid? ActorUserId,
    Guid ContractId,
    string Number,
    Guid? QuoteId,
    Guid? DealId,
    Guid CustomerId,
    Guid OwnerId,
    decimal Amount,
    string Currency,
    IReadOnlyList<ScheduledMilestone> Schedule) : IIntegrationEvent;

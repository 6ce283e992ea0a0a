using NodaTime;
using SalesSuite.SharedKernel.Events;

namespace SalesSuite.Collections.Contracts;

/// <summary>A milestone is paid: all money in and every precondition (receipt, Finance confirmation) met.</summary>
public sealed record MilestonePaid(
    Guid EventId,
    Instant OccurredAt,
    Guid? ActorUserId,
    Guid ContractId,
    Guid MilestoneId,
    Guid? DealId,
    Guid CustomerId,
    Guid OwnerId,
    string Name,
    decimal Amount,
    string Currency,
    LocalDate PaidOn,
    int DaysLate) : IIntegrationEvent;

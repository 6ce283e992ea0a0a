using NodaTime;
using SalesSuite.SharedKernel.Events;

namespace SalesSuite.Collections.Contracts;

/// <summary>Money arrived (or was allocated later): bank reference, amount and the milestones it was applied to.</summary>
public sealed record PaymentRecorded(
    Guid EventId,
    Instant OccurredAt,
    Guid? ActorUserId,
    Guid PaymentId,
    Guid CustomerId,
    string BankReference,
    decimal Amount,
    string Currency,
    LocalDate PaidOn,
    IReadOnlyList<AllocatedAmount> Allocations) : IIntegrationEvent;

using NodaTime;
using SalesSuite.SharedKernel.Events;

namespace SalesSuite.Collections.Contracts;

/// <summary>A payment was reversed with a reason; its allocations are given back to their milestones.</summary>
public sealed record PaymentReversed(
    Guid EventId,
    Instant OccurredAt,
    Guid? ActorUserId,
    Guid PaymentId,
    Guid CustomerId,
    string BankReference,
    decimal Amount,
    string Currency,
    string Reason,
    IReadOnlyList<AllocatedAmount> Allocations) : IIntegrationEvent;

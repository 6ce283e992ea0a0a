using NodaTime;
using SalesSuite.SharedKernel.Events;

namespace SalesSuite.Quotes.Contracts;

/// <summary>
/// The customer accepted a quote; Collections builds receivables from the schedule. <see cref="Lines"/>: the amount per
/// product line (null in events written before it existed).
/// </summary>
public sealed record QuoteAccepted(
    Guid EventId,
    Instant OccurredAt,
    Guid? ActorUserId,
    Guid QuoteId,
    Guid DealId,
    Guid CustomerId,
    Guid OwnerId,
    string Version,
    decimal Amount,
    string Currency,
    string AcceptedByName,
    IReadOnlyList<PaymentMilestone> PaymentSchedule,
    string? PaymentTerms,
    IReadOnlyList<AcceptedLine>? Lines = null) : IIntegrationEvent;

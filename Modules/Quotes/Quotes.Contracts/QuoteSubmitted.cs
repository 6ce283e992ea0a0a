using NodaTime;
using SalesSuite.SharedKernel.Events;

namespace SalesSuite.Quotes.Contracts;

/// <summary>A quote version was submitted for approval.</summary>
public sealed record QuoteSubmitted(
    Guid EventId,
    Instant OccurredAt,
    Guid? ActorUserId,
    Guid QuoteId,
    Guid DealId,
    Guid CustomerId,
    string Version,
    decimal Amount,
    string Currency,
    decimal MarginPercent,
    Guid OwnerId) : IIntegrationEvent;

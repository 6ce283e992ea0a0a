using NodaTime;
using SalesSuite.SharedKernel.Events;

namespace SalesSuite.Quotes.Contracts;

/// <summary>The customer opened the public quote page.</summary>
public sealed record QuoteViewed(
    Guid EventId,
    Instant OccurredAt,
    Guid? ActorUserId,
    Guid QuoteId,
    Guid DealId,
    Guid CustomerId,
    string Version,
    Instant ViewedAt) : IIntegrationEvent;

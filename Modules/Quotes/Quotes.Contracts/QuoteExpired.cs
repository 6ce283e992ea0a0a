using NodaTime;
using SalesSuite.SharedKernel.Events;

namespace SalesSuite.Quotes.Contracts;

/// <summary>A quote passed its validity date without acceptance.</summary>
public sealed record QuoteExpired(
    Guid EventId,
    Instant OccurredAt,
    Guid? ActorUserId,
    Guid QuoteId,
    Guid DealId,
    string Version) : IIntegrationEvent;

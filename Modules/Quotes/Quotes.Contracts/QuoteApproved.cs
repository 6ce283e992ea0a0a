using NodaTime;
using SalesSuite.SharedKernel.Events;

namespace SalesSuite.Quotes.Contracts;

/// <summary>
/// Every approval step of a quote version said yes: the version can go to the customer (Health starts the "customer
/// feedback within 48 h" clock here).
/// </summary>
public sealed record QuoteApproved(
    Guid EventId,
    Instant OccurredAt,
    Guid? ActorUserId,
    Guid QuoteId,
    Guid DealId,
    Guid CustomerId,
    Guid OwnerId,
    string Version,
    decimal Amount,
    string Currency) : IIntegrationEvent;

using NodaTime;
using SalesSuite.SharedKernel.Events;

namespace SalesSuite.Quotes.Contracts;

/// <summary>An approval step passed its SLA.</summary>
public sealed record QuoteSlaBreached(
    Guid EventId,
    Instant OccurredAt,
    Guid? ActorUserId,
    Guid QuoteId,
    string Step,
    Guid? AssigneeId,
    Duration OverdueBy) : IIntegrationEvent;

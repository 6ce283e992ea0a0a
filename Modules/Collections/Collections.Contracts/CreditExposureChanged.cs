using NodaTime;
using SalesSuite.SharedKernel.Events;

namespace SalesSuite.Collections.Contracts;

/// <summary>
/// A customer's exposure (open receivables + accepted but unscheduled) or credit limit changed. <paramref name="Limit"/>
/// null: no limit set. Consumers keep the newest by <paramref name="OccurredAt"/>.
/// </summary>
public sealed record CreditExposureChanged(
    Guid EventId,
    Instant OccurredAt,
    Guid? ActorUserId,
    Guid CustomerId,
    decimal Exposure,
    decimal? Limit,
    string Currency) : IIntegrationEvent;

using NodaTime;
using SalesSuite.SharedKernel.Events;

namespace SalesSuite.Collections.Contracts;

/// <summary>A salesperson's monthly commission statement was approved by their manager.</summary>
public sealed record CommissionStatementApproved(
    Guid EventId,
    Instant OccurredAt,
    Guid? ActorUserId,
    Guid StatementId,
    Guid UserId,
    LocalDate PeriodStart,
    decimal Amount,
    string Currency) : IIntegrationEvent;

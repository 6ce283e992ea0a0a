using NodaTime;
using SalesSuite.SharedKernel.Events;

namespace SalesSuite.Collections.Contracts;

/// <summary>A milestone passed its due date (Asia/Shanghai business day) with money outstanding; once per overdue spell.</summary>
public sealed record ReceivableOverdue(
    Guid EventId,
    Instant OccurredAt,
    Guid? ActorUserId,
    Guid ReceivableId,
    Guid ContractId,
    Guid? DealId,
    Guid CustomerId,
    Guid OwnerId,
    decimal Outstanding,
    string Currency,
    LocalDate DueDate,
    int DaysOverdue) : IIntegrationEvent;

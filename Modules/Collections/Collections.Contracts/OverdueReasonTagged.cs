using NodaTime;
using SalesSuite.SharedKernel.Events;

namespace SalesSuite.Collections.Contracts;

/// <summary>The owner said why an overdue receivable is late; its playbook started.</summary>
public sealed record OverdueReasonTagged(
    Guid EventId,
    Instant OccurredAt,
    Guid? ActorUserId,
    Guid ReceivableId,
    Guid ContractId,
    Guid? DealId,
    Guid CustomerId,
    Guid OwnerId,
    int DaysOverdue,
    Guid ReasonId,
    string Reason,
    string? Text) : IIntegrationEvent;

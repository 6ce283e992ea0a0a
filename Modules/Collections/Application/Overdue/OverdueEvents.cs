using NodaTime;
using SalesSuite.Collections.Contracts;
using SalesSuite.Collections.Domain;

namespace SalesSuite.Collections.Application.Overdue;

/// <summary>Builds the overdue integration events from the aggregate (one place, named arguments).</summary>
internal static class OverdueEvents
{
    public static ReceivableOverdue BecameOverdue(Receivable r, LocalDate today, Instant at) => new(
        EventId: Guid.NewGuid(),
        OccurredAt: at,
        ActorUserId: null,
        ReceivableId: r.Id,
        ContractId: r.ContractId,
        DealId: r.DealId,
        CustomerId: r.CustomerId,
        OwnerId: r.OwnerId,
        Outstanding: r.Outstanding,
        Currency: r.Currency,
        DueDate: r.DueDate ?? today,
        DaysOverdue: r.DaysOverdue(today));

    public static OverdueReasonTagged Tagged(Receivable r, OverdueReason reason, Guid actor, LocalDate today, Instant at) => new(
        EventId: Guid.NewGuid(),
        OccurredAt: at,
        ActorUserId: actor,
        ReceivableId: r.Id,
        ContractId: r.ContractId,
        DealId: r.DealId,
        CustomerId: r.CustomerId,
        OwnerId: r.OwnerId,
        DaysOverdue: r.DaysOverdue(today),
        ReasonId: reason.Id,
        Reason: reason.Name,
        Text: r.OverdueReasonText);
}

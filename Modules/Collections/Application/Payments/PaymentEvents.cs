using NodaTime;
using SalesSuite.Collections.Contracts;
using SalesSuite.Collections.Domain;

namespace SalesSuite.Collections.Application.Payments;

/// <summary>Builds the integration events about payments from the aggregate (one place, named arguments).</summary>
internal static class PaymentEvents
{
    /// <summary>Money recorded, or credit allocated later: <paramref name="made"/> are the allocations of this moment only.</summary>
    public static PaymentRecorded Recorded(
        Payment payment, IEnumerable<PaymentAllocation> made, IReadOnlyDictionary<Guid, Receivable> receivables, Guid? actor, Instant at) => new(
        EventId: Guid.NewGuid(),
        OccurredAt: at,
        ActorUserId: actor,
        PaymentId: payment.Id,
        CustomerId: payment.CustomerId,
        BankReference: payment.BankReference,
        Amount: payment.Amount,
        Currency: payment.Currency,
        PaidOn: payment.PaidOn,
        Allocations: Amounts(made, receivables));

    public static PaymentReversed Reversed(
        Payment payment, IEnumerable<PaymentAllocation> reversed, IReadOnlyDictionary<Guid, Receivable> receivables, Guid actor, Instant at) => new(
        EventId: Guid.NewGuid(),
        OccurredAt: at,
        ActorUserId: actor,
        PaymentId: payment.Id,
        CustomerId: payment.CustomerId,
        BankReference: payment.BankReference,
        Amount: payment.Amount,
        Currency: payment.Currency,
        Reason: payment.ReversalReason ?? string.Empty,
        Allocations: Amounts(reversed, receivables));

    private static List<AllocatedAmount> Amounts(IEnumerable<PaymentAllocation> allocations, IReadOnlyDictionary<Guid, Receivable> receivables) =>
        [.. allocations.Select(a => new AllocatedAmount(
            ContractId: a.ContractId,
            MilestoneId: a.ReceivableId,
            DealId: receivables.TryGetValue(a.ReceivableId, out var r) ? r.DealId : null,
            OwnerId: a.OwnerId,
            Amount: a.Amount))];
}

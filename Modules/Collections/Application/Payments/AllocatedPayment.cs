using SalesSuite.Collections.Domain;

namespace SalesSuite.Collections.Application.Payments;

/// <summary>A payment with the allocations just made and the milestones they went to (tracked, not saved yet).</summary>
internal sealed record AllocatedPayment(Payment Payment, IReadOnlyList<PaymentAllocation> Made, IReadOnlyDictionary<Guid, Receivable> Receivables)
{
    public IReadOnlyList<Receivable> Touched => [.. Made.Select(a => Receivables[a.ReceivableId]).Distinct()];
}

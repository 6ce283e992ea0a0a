using NodaTime;

namespace SalesSuite.Collections.Domain;

/// <summary>Part of a payment applied to one milestone. A reversal marks it reversed; it is never deleted.</summary>
internal sealed class PaymentAllocation
{
    public PaymentAllocation(Guid id, Guid paymentId, Receivable receivable, decimal amount, Guid allocatedBy, Instant allocatedAt)
    {
        Id = id;
        PaymentId = paymentId;
        ReceivableId = receivable.Id;
        ContractId = receivable.ContractId;
        OwnerId = receivable.OwnerId;
        Amount = amount;
        AllocatedBy = allocatedBy;
        AllocatedAt = allocatedAt;
    }

    private PaymentAllocation()
    {
        // EF Core
    }

    public Guid Id { get; private set; }
    public Guid PaymentId { get; private set; }
    public Guid ReceivableId { get; private set; }
    public Guid ContractId { get; private set; }
    /// <summary>The milestone's owner when the money came in: commissions are earned by this person.</summary>
    public Guid OwnerId { get; private set; }
    public decimal Amount { get; private set; }
    public Guid AllocatedBy { get; private set; }
    public Instant AllocatedAt { get; private set; }
    public Instant? ReversedAt { get; private set; }

    public bool IsActive => ReversedAt is null;

    internal void Reverse(Instant now) => ReversedAt = now;
}

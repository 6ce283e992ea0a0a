using NodaTime;
using SalesSuite.SharedKernel.Domain;
using SalesSuite.SharedKernel.Persistence;

namespace SalesSuite.Collections.Domain;

/// <summary>
/// Money that arrived from a customer, identified by its bank reference (unique: the same reference twice is one
/// payment). It is allocated to milestones; what is not allocated is the customer's credit, applied to the next
/// milestone. A mistaken payment is reversed with a reason, never deleted.
/// </summary>
internal sealed class Payment : IAuditable, IVersioned
{
    public const int ReferenceMaxLength = 64;
    public const int PayerMaxLength = 200;
    public const int ReasonMaxLength = 500;

    private readonly List<PaymentAllocation> allocations = [];

    public Payment(
        Guid id, string bankReference, Guid customerId, LocalDate paidOn, decimal amount, string currency, string? payer,
        PaymentSource source, Guid recordedBy, Instant recordedAt)
    {
        DomainException.ThrowIf(string.IsNullOrWhiteSpace(bankReference), "Payment_Error_ReferenceRequired");
        DomainException.ThrowIf(bankReference.Trim().Length > ReferenceMaxLength, "Payment_Error_ReferenceTooLong", ReferenceMaxLength);
        DomainException.ThrowIf(!ScheduleMath.IsValidAmount(amount), "Payment_Error_Amount");
        DomainException.ThrowIf(payer?.Trim().Length > PayerMaxLength, "Payment_Error_PayerTooLong", PayerMaxLength);
        Id = id;
        BankReference = bankReference.Trim();
        ReferenceKey = NormalizeReference(bankReference);
        CustomerId = customerId;
        PaidOn = paidOn;
        Amount = amount;
        Currency = currency.ToUpperInvariant();
        Payer = string.IsNullOrWhiteSpace(payer) ? null : payer.Trim();
        Source = source;
        RecordedBy = recordedBy;
        RecordedAt = recordedAt;
    }

    private Payment()
    {
        // EF Core
    }

    public Guid Id { get; private set; }
    /// <summary>The reference as the bank printed it.</summary>
    public string BankReference { get; private set; } = string.Empty;
    /// <summary>The reference without spaces, upper case: unique index, so two people cannot record it twice.</summary>
    public string ReferenceKey { get; private set; } = string.Empty;
    public Guid CustomerId { get; private set; }
    public LocalDate PaidOn { get; private set; }
    public decimal Amount { get; private set; }
    public string Currency { get; private set; } = string.Empty;
    public string? Payer { get; private set; }
    public PaymentSource Source { get; private set; }
    public Guid? ReceiptId { get; private set; }
    public Guid RecordedBy { get; private set; }
    public Instant RecordedAt { get; private set; }
    public PaymentStatus Status { get; private set; }
    public Instant? ReversedAt { get; private set; }
    public Guid? ReversedBy { get; private set; }
    public string? ReversalReason { get; private set; }
    public int Version { get; set; }

    public IReadOnlyList<PaymentAllocation> Allocations => allocations;

    public string AuditId => BankReference;

    public bool IsActive => Status == PaymentStatus.Active;

    public decimal Allocated => allocations.Where(a => a.IsActive).Sum(a => a.Amount);

    /// <summary>What is not allocated yet: the customer's credit from this payment.</summary>
    public decimal Unallocated => IsActive ? Amount - Allocated : 0m;

    public static string NormalizeReference(string reference) =>
        new string(reference.Where(c => !char.IsWhiteSpace(c)).ToArray()).ToUpperInvariant();

    public void AttachReceipt(Guid receiptId) => ReceiptId = receiptId;

    /// <summary>Leads merged the payer into another customer: the payment (and any credit left on it) moves to the survivor.</summary>
    public void MoveToCustomer(Guid customerId) => CustomerId = customerId;

    /// <summary>Applies <paramref name="amount"/> of this payment to <paramref name="receivable"/> (same customer and currency).</summary>
    public PaymentAllocation Allocate(Receivable receivable, decimal amount, Guid userId, Instant now)
    {
        DomainException.ThrowIf(!IsActive, "Payment_Error_Reversed");
        DomainException.ThrowIf(receivable.CustomerId != CustomerId, "Payment_Error_OtherCustomer");
        DomainException.ThrowIf(receivable.Currency != Currency, "Payment_Error_Currency", Currency, receivable.Currency);
        DomainException.ThrowIf(!ScheduleMath.IsValidAmount(amount), "Payment_Error_Amount");
        DomainException.ThrowIf(amount > Unallocated, "Payment_Error_BeyondPayment", Unallocated);
        receivable.ApplyPayment(amount);
        if (ReceiptId is { } receipt && receivable.ReceiptId is null)
        {
            receivable.AttachReceipt(receipt);
        }
        var allocation = new PaymentAllocation(Guid.NewGuid(), Id, receivable, amount, userId, now);
        allocations.Add(allocation);
        return allocation;
    }

    /// <summary>Allocates oldest due first across <paramref name="open"/>; returns what was applied where.</summary>
    public IReadOnlyList<PaymentAllocation> AllocateOldestFirst(IEnumerable<Receivable> open, Guid userId, Instant now)
    {
        var made = new List<PaymentAllocation>();
        foreach (var (receivable, amount) in AllocationPlan.OldestFirst(open.Where(r => r.Currency == Currency), Unallocated))
        {
            made.Add(Allocate(receivable, amount, userId, now));
        }
        return made;
    }

    /// <summary>Reverses the payment with a reason; every active allocation is given back to its milestone.</summary>
    public IReadOnlyList<PaymentAllocation> Reverse(
        string reason, Guid userId, Instant now, IReadOnlyDictionary<Guid, Receivable> receivables)
    {
        DomainException.ThrowIf(!IsActive, "Payment_Error_Reversed");
        DomainException.ThrowIf(string.IsNullOrWhiteSpace(reason), "Payment_Error_ReasonRequired");
        DomainException.ThrowIf(reason.Trim().Length > ReasonMaxLength, "Payment_Error_ReasonTooLong", ReasonMaxLength);
        var reversed = allocations.Where(a => a.IsActive).ToList();
        foreach (var allocation in reversed)
        {
            receivables[allocation.ReceivableId].RemovePayment(allocation.Amount);
            allocation.Reverse(now);
        }
        Status = PaymentStatus.Reversed;
        ReversedAt = now;
        ReversedBy = userId;
        ReversalReason = reason.Trim();
        return reversed;
    }
}

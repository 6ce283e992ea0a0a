using Microsoft.EntityFrameworkCore;
using NodaTime;
using SalesSuite.Collections.Data;
using SalesSuite.Collections.Domain;
using SalesSuite.SharedKernel.Application;
using SalesSuite.SharedKernel.Domain;
using SalesSuite.SharedKernel.Events;
using SalesSuite.SharedKernel.Time;

namespace SalesSuite.Collections.Application.Payments;

/// <summary>
/// The steps every way of recording money shares (the form, the bank-statement import, customer credit): refuse a known
/// bank reference, allocate on the aggregate, settle the milestones and publish, and commit so that two people recording
/// the same reference at the same moment end with exactly one payment and the other sees why.
/// </summary>
internal sealed class PaymentRecordingService(
    CollectionsDbContext db, SettlementService settlement, UnitOfWork<CollectionsDbContext> unitOfWork, BusinessClock business)
{
    /// <summary>Refuses a reference that is already recorded ("银行流水号 X 已于 … 登记").</summary>
    public async Task EnsureNewReferenceAsync(string reference, CancellationToken ct)
    {
        if (await DuplicateOfAsync(Payment.NormalizeReference(reference), ct) is { } refusal)
        {
            throw refusal;
        }
    }

    /// <summary>The customer's milestones that still take money (tracked: allocating changes them).</summary>
    public Task<List<Receivable>> OpenReceivablesAsync(Guid customerId, CancellationToken ct) =>
        db.Receivables.Where(r => r.CustomerId == customerId && r.Status != ReceivableStatus.Paid).ToListAsync(ct);

    /// <summary>
    /// Makes the payment and allocates it (oldest first, or the by-hand lines, each within its milestone's outstanding);
    /// what is left is the customer's credit. Nothing is published or settled yet (a preview stops here).
    /// </summary>
    public async Task<AllocatedPayment> AllocateAsync(PaymentDraft draft, Receipt? receipt, Guid actor, CancellationToken ct)
    {
        var now = business.Now;
        var payment = new Payment(Guid.NewGuid(), draft.BankReference, draft.CustomerId, draft.PaidOn, draft.Amount, draft.Currency,
            draft.Payer, draft.Source, actor, now);
        if (receipt is not null)
        {
            db.Receipts.Add(receipt);
            payment.AttachReceipt(receipt.Id);
        }
        var open = await OpenReceivablesAsync(draft.CustomerId, ct);
        var made = draft.Mode == AllocationMode.ByHand ? ByHand(payment, draft.Lines, open, actor, now) : OldestFirst(payment, open, actor, now);
        db.Payments.Add(payment);
        return new AllocatedPayment(payment, made, open.ToDictionary(r => r.Id));
    }

    /// <summary>Milestones now fully paid (with their preconditions) turn paid; <c>PaymentRecorded</c> carries the allocations.</summary>
    public async Task FinishAsync(AllocatedPayment allocated, Guid actor, CancellationToken ct)
    {
        await settlement.SettleAsync(allocated.Touched, actor, allocated.Payment.PaidOn, ct);
        db.Publish(PaymentEvents.Recorded(allocated.Payment, allocated.Made, allocated.Receivables, actor, business.Now));
    }

    /// <summary>
    /// Commits; when the unique index on the reference (or a milestone changed by the winner) stops the save because someone
    /// recorded one of <paramref name="referenceKeys"/> at the same moment, the loser gets the same refusal as the check.
    /// </summary>
    public async Task CommitAsync(string operation, IReadOnlyCollection<string> referenceKeys, CancellationToken ct)
    {
        try
        {
            await unitOfWork.CommitAsync(operation, ct);
        }
        catch (Exception failure) when (failure is DbUpdateException or StaleEditException)
        {
            db.ChangeTracker.Clear();
            foreach (var key in referenceKeys)
            {
                if (await DuplicateOfAsync(key, ct) is { } refusal)
                {
                    throw refusal;
                }
            }
            throw;
        }
    }

    private async Task<DomainException?> DuplicateOfAsync(string key, CancellationToken ct)
    {
        var existing = await db.Payments.AsNoTracking().Where(p => p.ReferenceKey == key)
            .Select(p => new { p.BankReference, p.RecordedAt }).FirstOrDefaultAsync(ct);
        return existing is null ? null
            : new DomainException("Payment_Error_DuplicateReference", existing.BankReference, business.Format(existing.RecordedAt));
    }

    private static List<PaymentAllocation> OldestFirst(Payment payment, List<Receivable> open, Guid actor, Instant now)
    {
        // Money in one currency is not silently kept as credit when every open milestone is in another: say so.
        var other = open.FirstOrDefault(r => r.Outstanding > 0 && r.Currency != payment.Currency);
        DomainException.ThrowIf(other is not null && open.All(r => r.Currency != payment.Currency),
            "Payment_Error_Currency", payment.Currency, other?.Currency ?? string.Empty);
        return [.. payment.AllocateOldestFirst(open, actor, now)];
    }

    private static List<PaymentAllocation> ByHand(
        Payment payment, IReadOnlyList<AllocationLine> lines, List<Receivable> open, Guid actor, Instant now)
    {
        var made = new List<PaymentAllocation>();
        foreach (var line in lines)
        {
            var receivable = open.FirstOrDefault(r => r.Id == line.ReceivableId)
                ?? throw new AllocationLineRefusal(line.Index, new DomainException("Payment_Error_NotOpen"));
            try
            {
                made.Add(payment.Allocate(receivable, line.Amount, actor, now));
            }
            catch (DomainException refusal)
            {
                throw new AllocationLineRefusal(line.Index, refusal);
            }
        }
        return made;
    }
}

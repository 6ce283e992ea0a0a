using Microsoft.EntityFrameworkCore;
using SalesSuite.Collections.Data;
using SalesSuite.Collections.Domain;
using SalesSuite.SharedKernel.Application;
using SalesSuite.SharedKernel.Domain;
using SalesSuite.SharedKernel.Events;
using SalesSuite.SharedKernel.Time;

namespace SalesSuite.Collections.Application.Payments;

/// <summary>Finance's payment use cases: record (with receipt and allocation), reverse with a reason, apply credit, attach a receipt.</summary>
internal sealed class PaymentCommands(
    CollectionsDbContext db, CollectionsAccess access, PaymentRecordingService recording, CustomerCreditService credit,
    SettlementService settlement, UnitOfWork<CollectionsDbContext> unitOfWork, BusinessClock business)
{
    /// <summary>
    /// Records money that arrived and allocates it; the rest stays as the customer's credit. Not Finance → 403; a known bank
    /// reference, a bad amount, another currency or a line beyond its milestone → <see cref="DomainException"/>, nothing saved.
    /// </summary>
    public async Task<Guid> RecordAsync(PaymentInput input, ReceiptUpload? upload, CancellationToken ct)
    {
        access.EnsureFinance();
        var customerId = input.CustomerId ?? throw new DomainException("Payment_Error_CustomerRequired");
        var paidOn = input.PaidOnValue is { } d && d <= business.Today ? d : throw new DomainException("Payment_Error_PaidOn");
        var amount = input.AmountValue ?? throw new DomainException("Payment_Error_Amount");
        DomainException.ThrowIf(!await KnownCustomerAsync(customerId, ct), "Payment_Error_CustomerRequired");
        await recording.EnsureNewReferenceAsync(input.BankReference ?? string.Empty, ct);
        var lines = input.Mode == AllocationMode.ByHand
            ? input.FilledLines.Select(x => new AllocationLine(x.Index, x.Line.ReceivableId, x.Line.AmountValue
                ?? throw new AllocationLineRefusal(x.Index, new DomainException("Payment_Error_LineAmount")))).ToList()
            : [];
        var receipt = upload is null ? null : await upload.ReadAsync(access.UserId, business.Now, ct);
        var draft = new PaymentDraft(input.BankReference ?? string.Empty, customerId, paidOn, amount, input.CurrencyCode,
            input.Payer, PaymentSource.Manual, input.Mode, lines);
        var allocated = await recording.AllocateAsync(draft, receipt, access.UserId, ct);
        await recording.FinishAsync(allocated, access.UserId, ct);
        await recording.CommitAsync("Payment.Record", [allocated.Payment.ReferenceKey], ct);
        return allocated.Payment.Id;
    }

    /// <summary>Reverses the payment the form showed (<paramref name="version"/>) with a reason; its milestones are open again.</summary>
    public async Task ReverseAsync(Guid id, int version, string? reason, CancellationToken ct)
    {
        access.EnsureFinance();
        var payment = await db.Payments.Include(p => p.Allocations).FirstOrDefaultAsync(p => p.Id == id, ct)
            ?? throw new KeyNotFoundException();
        StaleEditException.ThrowIfChanged(version, payment.Version);
        var ids = payment.Allocations.Where(a => a.IsActive).Select(a => a.ReceivableId).Distinct().ToList();
        var receivables = await db.Receivables.Where(r => ids.Contains(r.Id)).ToDictionaryAsync(r => r.Id, ct);
        var reversed = payment.Reverse(reason ?? string.Empty, access.UserId, business.Now, receivables);
        db.Publish(PaymentEvents.Reversed(payment, reversed, receivables, access.UserId, business.Now));
        await unitOfWork.CommitAsync("Payment.Reverse", ct);
    }

    /// <summary>Applies the customer's credit to their open milestones; returns the amount applied.</summary>
    public async Task<decimal> ApplyCreditAsync(Guid customerId, CancellationToken ct)
    {
        access.EnsureFinance();
        var applied = await credit.ApplyAsync(customerId, access.UserId, ct);
        if (applied > 0)
        {
            await unitOfWork.CommitAsync("Payment.ApplyCredit", ct);
        }
        return applied;
    }

    /// <summary>
    /// Attaches the bank receipt to a payment recorded without one: its milestones that wait for a receipt get it and,
    /// when fully paid, turn paid.
    /// </summary>
    public async Task AttachReceiptAsync(Guid id, int version, ReceiptUpload upload, CancellationToken ct)
    {
        access.EnsureFinance();
        var payment = await db.Payments.Include(p => p.Allocations).FirstOrDefaultAsync(p => p.Id == id, ct)
            ?? throw new KeyNotFoundException();
        StaleEditException.ThrowIfChanged(version, payment.Version);
        DomainException.ThrowIf(!payment.IsActive, "Payment_Error_Reversed");
        DomainException.ThrowIf(payment.ReceiptId is not null, "Payment_Error_HasReceipt");
        var receipt = await upload.ReadAsync(access.UserId, business.Now, ct);
        db.Receipts.Add(receipt);
        payment.AttachReceipt(receipt.Id);
        var ids = payment.Allocations.Where(a => a.IsActive).Select(a => a.ReceivableId).Distinct().ToList();
        var touched = await db.Receivables.Where(r => ids.Contains(r.Id) && r.ReceiptId == null).ToListAsync(ct);
        touched.ForEach(r => r.AttachReceipt(receipt.Id));
        await settlement.SettleAsync(touched, access.UserId, payment.PaidOn, ct);
        await unitOfWork.CommitAsync("Payment.AttachReceipt", ct);
    }

    private async Task<bool> KnownCustomerAsync(Guid customerId, CancellationToken ct) =>
        await db.Customers.AnyAsync(c => c.CustomerId == customerId, ct) || await db.Receivables.AnyAsync(r => r.CustomerId == customerId, ct);
}

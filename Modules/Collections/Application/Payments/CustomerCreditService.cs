using Microsoft.EntityFrameworkCore;
using SalesSuite.Collections.Data;
using SalesSuite.Collections.Domain;
using SalesSuite.SharedKernel.Events;
using SalesSuite.SharedKernel.Time;

namespace SalesSuite.Collections.Application.Payments;

/// <summary>
/// A customer's credit (the unallocated rest of their active payments) goes to their open milestones, oldest payment
/// first and oldest milestone first. Used by Finance's button and when a new contract appears for the customer; it only
/// changes tracked entities and queues events: the caller commits (the command, or the event handler's inbox save).
/// </summary>
internal sealed class CustomerCreditService(
    CollectionsDbContext db, PaymentRecordingService recording, SettlementService settlement, BusinessClock business)
{
    /// <summary>Applies what credit there is; returns the amount applied (0 when there is no credit or nothing open).</summary>
    /// <param name="actor">Who asked; null for the system (the allocations are then attributed to whoever recorded the money).</param>
    public async Task<decimal> ApplyAsync(Guid customerId, Guid? actor, CancellationToken ct)
    {
        var payments = (await db.Payments.Include(p => p.Allocations)
                .Where(p => p.CustomerId == customerId && p.Status == PaymentStatus.Active).ToListAsync(ct))
            .Where(p => p.Unallocated > 0).OrderBy(p => p.PaidOn).ThenBy(p => p.RecordedAt).ToList();
        if (payments.Count == 0)
        {
            return 0m;
        }
        var open = await recording.OpenReceivablesAsync(customerId, ct);
        var receivables = open.ToDictionary(r => r.Id);
        var applied = 0m;
        foreach (var payment in payments)
        {
            var by = actor ?? payment.RecordedBy;
            var made = payment.AllocateOldestFirst(open, by, business.Now);
            if (made.Count == 0)
            {
                continue;
            }
            // The payment row itself changes version, so two appliers of the same credit cannot both spend it.
            db.Entry(payment).State = EntityState.Modified;
            await settlement.SettleAsync([.. made.Select(a => receivables[a.ReceivableId]).Distinct()], by, payment.PaidOn, ct);
            db.Publish(PaymentEvents.Recorded(payment, made, receivables, actor, business.Now));
            applied += made.Sum(a => a.Amount);
        }
        return applied;
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using SalesSuite.Collections.Application.Payments;
using SalesSuite.Collections.Contracts;
using SalesSuite.Collections.Data;
using SalesSuite.Collections.Domain;
using SalesSuite.Quotes.Contracts;
using SalesSuite.SharedKernel.Application;
using SalesSuite.SharedKernel.Events;
using SalesSuite.SharedKernel.Time;
using SalesSuite.Testing;

namespace SalesSuite.Collections.Tests.Integration;

/// <summary>
/// Contracts, payments and reversals for the credit and closed-loop tests. Payments are recorded here as Finance's
/// command does (receipt, oldest-first allocation, <c>PaymentRecorded</c>, settlement, one commit) until the payment
/// commands exist.
/// </summary>
internal static class CreditScenario
{
    /// <summary>A contract from an accepted quote: 30 % due 2026-12-01, 70 % without a date (accepted but unscheduled).</summary>
    public static async Task<Contract> ContractAsync(
        AppFactory app, Guid customerId, decimal amount, Guid? dealId = null, string owner = "sales01")
    {
        var deposit = Math.Round(amount * 0.3m, 2);
        var accepted = Events.QuoteAccepted(customerId: customerId, dealId: dealId ?? Guid.NewGuid(), ownerId: await app.UserIdAsync(owner),
            amount: amount, paymentSchedule:
            [
                new PaymentMilestone("首付款", 30m, deposit, new LocalDate(2026, 12, 1), null),
                new PaymentMilestone("验收款", 70m, amount - deposit, null, null),
            ]);
        await app.ConsumeAsync(accepted);
        await app.DrainOutboxesAsync();
        return await DbAsync(app, db => db.Contracts.AsNoTracking().Include(c => c.Milestones).SingleAsync(c => c.QuoteId == accepted.QuoteId));
    }

    public static async Task<Guid> PayAsync(AppFactory app, Guid customerId, decimal amount, string reference)
    {
        var finance = await app.UserIdAsync("finance");
        var id = await app.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<CollectionsDbContext>();
            var clock = sp.GetRequiredService<BusinessClock>();
            var receipt = new Receipt(Guid.NewGuid(), "回单.pdf", "%PDF-1.4 receipt"u8.ToArray(), finance, clock.Now);
            db.Receipts.Add(receipt);
            var payment = new Payment(
                Guid.NewGuid(), reference, customerId, clock.Today, amount, "CNY", "付款单位", PaymentSource.Manual, finance, clock.Now);
            payment.AttachReceipt(receipt.Id);
            db.Payments.Add(payment);
            var open = await db.Receivables.Where(r => r.CustomerId == customerId && r.Status != ReceivableStatus.Paid).ToListAsync();
            var made = payment.AllocateOldestFirst(open, finance, clock.Now);
            db.Publish(new PaymentRecorded(
                EventId: Guid.NewGuid(), OccurredAt: clock.Now, ActorUserId: finance, PaymentId: payment.Id, CustomerId: customerId,
                BankReference: payment.BankReference, Amount: amount, Currency: payment.Currency, PaidOn: payment.PaidOn,
                Allocations: made.Select(a => new AllocatedAmount(a.ContractId, a.ReceivableId, null, a.OwnerId, a.Amount)).ToList()));
            var touched = open.Where(r => made.Any(a => a.ReceivableId == r.Id)).ToList();
            await sp.GetRequiredService<SettlementService>().SettleAsync(touched, finance, clock.Today, default);
            await sp.GetRequiredService<UnitOfWork<CollectionsDbContext>>().CommitAsync("Payment.Record", default);
            return payment.Id;
        });
        await app.DrainOutboxesAsync();
        return id;
    }

    public static async Task ReverseAsync(AppFactory app, Guid paymentId, string reason)
    {
        var finance = await app.UserIdAsync("finance");
        await app.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<CollectionsDbContext>();
            var clock = sp.GetRequiredService<BusinessClock>();
            var payment = await db.Payments.Include(p => p.Allocations).SingleAsync(p => p.Id == paymentId);
            var ids = payment.Allocations.Select(a => a.ReceivableId).ToList();
            var receivables = await db.Receivables.Where(r => ids.Contains(r.Id)).ToDictionaryAsync(r => r.Id);
            var reversed = payment.Reverse(reason, finance, clock.Now, receivables);
            db.Publish(new PaymentReversed(
                EventId: Guid.NewGuid(), OccurredAt: clock.Now, ActorUserId: finance, PaymentId: payment.Id, CustomerId: payment.CustomerId,
                BankReference: payment.BankReference, Amount: payment.Amount, Currency: payment.Currency, Reason: reason,
                Allocations: reversed.Select(a => new AllocatedAmount(a.ContractId, a.ReceivableId, null, a.OwnerId, a.Amount)).ToList()));
            await sp.GetRequiredService<UnitOfWork<CollectionsDbContext>>().CommitAsync("Payment.Reverse", default);
        });
        await app.DrainOutboxesAsync();
    }

    public static Task<CustomerAccount> AccountAsync(AppFactory app, Guid customerId) =>
        DbAsync(app, db => db.Customers.AsNoTracking().SingleAsync(c => c.CustomerId == customerId));

    /// <summary>The <c>CreditExposureChanged</c> events of one customer in Collections' outbox, oldest first.</summary>
    public static Task<List<CreditExposureChanged>> ExposureEventsAsync(AppFactory app, Guid customerId) =>
        DbAsync(app, async db => (await db.Outbox.AsNoTracking().Where(m => m.Type.Contains(nameof(CreditExposureChanged))).ToListAsync())
            .Select(m => (CreditExposureChanged)EventSerializer.Deserialize(m.Type, m.Payload))
            .Where(e => e.CustomerId == customerId).OrderBy(e => e.OccurredAt).ToList());

    public static Task<T> DbAsync<T>(AppFactory app, Func<CollectionsDbContext, Task<T>> query) =>
        app.InScopeAsync(sp => query(sp.GetRequiredService<CollectionsDbContext>()));
}

using Microsoft.EntityFrameworkCore;
using SalesSuite.Collections.Data;
using SalesSuite.Collections.Domain;
using SalesSuite.SharedKernel.Identity;

namespace SalesSuite.Collections.Application.Payments;

/// <summary>
/// The read side of payments. Finance, the GM, admins and directors see every payment; anyone else only payments
/// allocated to a milestone they may see (own / team), filtered in the database; any other payment answers 404.
/// </summary>
internal sealed class PaymentQueries(CollectionsDbContext db, CollectionsAccess access)
{
    public const int PageSize = 200;
    public const int ExportLimit = 50_000;

    public async Task<PaymentList> ListAsync(PaymentFilter filter, CancellationToken ct)
    {
        var query = Filtered(await VisibleAsync(ct), filter);
        // No aggregate over a subquery (SQL Server refuses it): amounts per currency, then the active allocations joined.
        var amounts = await query.GroupBy(p => p.Currency)
            .Select(g => new { Currency = g.Key, Count = g.Count(), Amount = g.Sum(p => p.Amount),
                Active = g.Sum(p => p.Status == PaymentStatus.Active ? p.Amount : 0m) })
            .ToListAsync(ct);
        var allocated = await AllocatedByCurrencyAsync(query, ct);
        var totals = amounts.OrderBy(t => t.Currency, StringComparer.Ordinal)
            .Select(t => new PaymentTotals(t.Currency, t.Count, t.Amount, t.Active - allocated.GetValueOrDefault(t.Currency))).ToList();
        var rows = await Rows(query).Take(PageSize).ToListAsync(ct);
        return new PaymentList(rows, totals.Sum(t => t.Count), totals);
    }

    /// <summary>Every payment the filter finds (up to <see cref="ExportLimit"/>), for the CSV export.</summary>
    public async Task<IReadOnlyList<PaymentRow>> ExportAsync(PaymentFilter filter, CancellationToken ct) =>
        await Rows(Filtered(await VisibleAsync(ct), filter)).Take(ExportLimit).ToListAsync(ct);

    /// <summary>Customers that have payments the reader may see (the list's customer filter).</summary>
    public async Task<IReadOnlyList<CustomerOption>> PayingCustomersAsync(CancellationToken ct)
    {
        var ids = (await VisibleAsync(ct)).Select(p => p.CustomerId).Distinct();
        return await Options(ids, ct);
    }

    /// <summary>The payment page, or null when it does not exist or the reader may not see it (404).</summary>
    public async Task<PaymentDetail?> DetailAsync(Guid id, CancellationToken ct)
    {
        var payment = await (await VisibleAsync(ct)).Include(p => p.Allocations).FirstOrDefaultAsync(p => p.Id == id, ct);
        if (payment is null)
        {
            return null;
        }
        var visibility = await access.VisibilityAsync(ct);
        var ids = payment.Allocations.Select(a => a.ReceivableId).Distinct().ToList();
        var milestones = await db.Receivables.AsNoTracking().Where(r => ids.Contains(r.Id))
            .Join(db.Contracts, r => r.ContractId, c => c.Id, (r, c) => new { Receivable = r, c.Number })
            .ToDictionaryAsync(x => x.Receivable.Id, ct);
        var allocations = payment.Allocations.OrderBy(a => a.AllocatedAt).Select(a =>
        {
            var m = milestones[a.ReceivableId];
            return new AllocationView(a.ReceivableId, a.ContractId, m.Number, m.Receivable.Title, a.Amount, a.AllocatedAt, a.IsActive,
                m.Receivable.Status, m.Receivable.Outstanding, visibility.CanSee(m.Receivable.OwnerId));
        }).ToList();
        var receipt = payment.ReceiptId is { } receiptId
            ? await db.Receipts.AsNoTracking().Where(r => r.Id == receiptId)
                .Select(r => new ReceiptInfo(r.Id, r.FileName, r.ContentType, r.Size)).FirstOrDefaultAsync(ct)
            : null;
        var customer = (await Options(db.Payments.Where(p => p.Id == id).Select(p => p.CustomerId), ct)).Single();
        return new PaymentDetail(payment, customer, allocations, receipt, await CreditAsync(payment.CustomerId, ct),
            await db.Receivables.AnyAsync(r => r.CustomerId == payment.CustomerId && r.Status != ReceivableStatus.Paid, ct));
    }

    /// <summary>The receipt of a payment the reader may see, or null (404).</summary>
    public async Task<Receipt?> ReceiptAsync(Guid paymentId, CancellationToken ct)
    {
        var receiptId = await (await VisibleAsync(ct)).Where(p => p.Id == paymentId).Select(p => p.ReceiptId).FirstOrDefaultAsync(ct);
        return receiptId is { } id ? await db.Receipts.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, ct) : null;
    }

    /// <summary>
    /// The payment form (Finance): customers to choose (known accounts and anyone with open milestones), and for the chosen
    /// customer the open milestones oldest first and the credit already on account.
    /// </summary>
    public async Task<PaymentFormView> FormAsync(Guid? customerId, CancellationToken ct)
    {
        var withOpen = db.Receivables.Where(r => r.Status != ReceivableStatus.Paid).Select(r => r.CustomerId);
        var accounts = db.Customers.Where(c => c.MergedInto == null).Select(c => c.CustomerId);
        var customers = await Options(withOpen.Union(accounts), ct);
        if (customerId is not { } id)
        {
            return new PaymentFormView(customers, [], 0m, null);
        }
        var open = (await db.Receivables.AsNoTracking().Where(r => r.CustomerId == id && r.Status != ReceivableStatus.Paid)
                .Join(db.Contracts, r => r.ContractId, c => c.Id, (r, c) => new { r, c.Number }).ToListAsync(ct))
            .Where(x => x.r.Outstanding > 0)
            .OrderBy(x => x.r.DueDate is null).ThenBy(x => x.r.DueDate).ThenBy(x => x.r.CreatedAt)
            .ThenBy(x => x.r.ContractId).ThenBy(x => x.r.Sequence)
            .Select(x => new OpenReceivable(
                x.r.Id, x.r.CustomerId, x.Number, x.r.Title, x.r.DueDate, x.r.Amount, x.r.PaidAmount, x.r.Currency, x.r.Status))
            .ToList();
        return new PaymentFormView(customers, open, await CreditAsync(id, ct), open.FirstOrDefault()?.Currency);
    }

    /// <summary>The open milestone a "record payment" link starts from (its customer and outstanding amount), or null.</summary>
    public Task<OpenReceivable?> OpenReceivableAsync(Guid receivableId, CancellationToken ct) =>
        db.Receivables.AsNoTracking().Where(r => r.Id == receivableId && r.Status != ReceivableStatus.Paid)
            .Join(db.Contracts, r => r.ContractId, c => c.Id, (r, c) => new { r, c.Number })
            .Select(x => new OpenReceivable(
                x.r.Id, x.r.CustomerId, x.Number, x.r.Title, x.r.DueDate, x.r.Amount, x.r.PaidAmount, x.r.Currency, x.r.Status))
            .FirstOrDefaultAsync(ct);

    /// <summary>The customer's credit: what their active payments have not allocated yet.</summary>
    private async Task<decimal> CreditAsync(Guid customerId, CancellationToken ct)
    {
        var payments = db.Payments.AsNoTracking().Where(p => p.CustomerId == customerId);
        var active = await payments.Where(p => p.Status == PaymentStatus.Active).SumAsync(p => p.Amount, ct);
        return active - (await AllocatedByCurrencyAsync(payments, ct)).Values.Sum();
    }

    /// <summary>The active allocations of the active payments in <paramref name="payments"/>, summed per currency.</summary>
    private static async Task<Dictionary<string, decimal>> AllocatedByCurrencyAsync(IQueryable<Payment> payments, CancellationToken ct) =>
        await payments.Where(p => p.Status == PaymentStatus.Active)
            .SelectMany(p => p.Allocations.Where(a => a.ReversedAt == null), (p, a) => new { p.Currency, a.Amount })
            .GroupBy(x => x.Currency)
            .Select(g => new { Currency = g.Key, Amount = g.Sum(x => x.Amount) })
            .ToDictionaryAsync(x => x.Currency, x => x.Amount, ct);

    private async Task<IQueryable<Payment>> VisibleAsync(CancellationToken ct)
    {
        var visibility = await access.VisibilityAsync(ct);
        var payments = db.Payments.AsNoTracking();
        if (visibility.All)
        {
            return payments;
        }
        var mine = db.Receivables.VisibleTo(visibility, r => r.OwnerId).Select(r => r.Id);
        return payments.Where(p => p.Allocations.Any(a => mine.Contains(a.ReceivableId)));
    }

    private static IQueryable<Payment> Filtered(IQueryable<Payment> query, PaymentFilter filter)
    {
        if (filter.CustomerId is { } customerId)
        {
            query = query.Where(p => p.CustomerId == customerId);
        }
        if (filter.FromDate is { } from)
        {
            query = query.Where(p => p.PaidOn >= from);
        }
        if (filter.ToDate is { } to)
        {
            query = query.Where(p => p.PaidOn <= to);
        }
        if (filter.StatusValue is { } status)
        {
            query = query.Where(p => p.Status == status);
        }
        if (filter.Unallocated)
        {
            query = query.Where(p => p.Status == PaymentStatus.Active
                && p.Amount > p.Allocations.Where(a => a.ReversedAt == null).Sum(a => a.Amount));
        }
        return query;
    }

    private IQueryable<PaymentRow> Rows(IQueryable<Payment> query) =>
        query.OrderByDescending(p => p.PaidOn).ThenByDescending(p => p.RecordedAt)
            .Select(p => new PaymentRow(
                p.Id, p.BankReference, p.CustomerId,
                db.Customers.Where(c => c.CustomerId == p.CustomerId).Select(c => c.Name).FirstOrDefault(),
                db.Customers.Where(c => c.CustomerId == p.CustomerId).Select(c => c.Code).FirstOrDefault(),
                p.PaidOn, p.Amount, p.Currency, p.Payer, p.Status, p.Source,
                p.Allocations.Where(a => a.ReversedAt == null).Sum(a => a.Amount), p.ReversalReason));

    /// <summary>Customers by id with their names; a customer Collections has no account for is named by its first contract.</summary>
    private async Task<List<CustomerOption>> Options(IQueryable<Guid> ids, CancellationToken ct)
    {
        var list = await ids.Distinct().Select(id => new
        {
            Id = id,
            Account = db.Customers.Where(c => c.CustomerId == id).Select(c => new { c.Name, c.Code }).FirstOrDefault(),
            Contract = db.Contracts.Where(c => c.CustomerId == id).OrderBy(c => c.CreatedAt).Select(c => c.Number).FirstOrDefault(),
        }).ToListAsync(ct);
        return [.. list.Select(x => new CustomerOption(x.Id, x.Account?.Name ?? x.Contract ?? x.Id.ToString()[..8], x.Account?.Code))
            .OrderBy(o => o.Name, StringComparer.Ordinal)];
    }
}

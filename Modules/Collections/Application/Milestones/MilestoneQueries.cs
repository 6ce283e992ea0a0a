using Microsoft.EntityFrameworkCore;
using SalesSuite.Collections.Application.Contracts;
using SalesSuite.Collections.Data;
using SalesSuite.Collections.Domain;
using SalesSuite.SharedKernel.Application;
using SalesSuite.SharedKernel.Time;

namespace SalesSuite.Collections.Application.Milestones;

/// <summary>One milestone's page and its receipts, for readers who may see it (null otherwise: the page answers 404).</summary>
internal sealed class MilestoneQueries(
    CollectionsDbContext db, CollectionsAccess access, HistoryQueries history,
    ModuleSettings<CollectionsDbContext, CollectionsSettings> settings, BusinessClock clock)
{
    public async Task<MilestoneDetail?> DetailAsync(Guid id, CancellationToken ct)
    {
        var receivable = await db.Receivables.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, ct);
        if (receivable is null || !await access.CanSeeAsync(receivable.OwnerId, ct))
        {
            return null;
        }
        var number = await db.Contracts.AsNoTracking().Where(c => c.Id == receivable.ContractId).Select(c => c.Number).FirstAsync(ct);
        var customer = await db.Customers.AsNoTracking().Where(c => c.CustomerId == receivable.CustomerId).Select(c => c.Name)
            .FirstOrDefaultAsync(ct);
        var allocations = await (
                from a in db.Allocations.AsNoTracking()
                join p in db.Payments.AsNoTracking() on a.PaymentId equals p.Id
                where a.ReceivableId == id
                orderby a.AllocatedAt
                select new AllocationLine(a.ReceivableId, p.Id, p.BankReference, p.PaidOn, a.Amount, p.Currency, a.AllocatedAt, a.ReversedAt))
            .ToListAsync(ct);
        var escalations = await db.Escalations.AsNoTracking().Where(e => e.ReceivableId == id).OrderBy(e => e.At).ToListAsync(ct);
        var receipts = new[] { receivable.ReceiptId, receivable.ReportReceiptId }.OfType<Guid>().ToList();
        var names = await db.Receipts.AsNoTracking().Where(r => receipts.Contains(r.Id)).Select(r => new { r.Id, r.FileName })
            .ToDictionaryAsync(r => r.Id, r => r.FileName, ct);
        var rules = await settings.ReadAsync(ct);
        return new MilestoneDetail(receivable, number, customer ?? receivable.CustomerId.ToString(),
            rules.RequiresReceipt(receivable.MilestoneType), allocations, escalations, names, await history.ForMilestoneAsync(id, ct),
            clock.Today);
    }

    /// <summary>
    /// A receipt, when the reader may see a milestone that uses it (as its bank receipt or its report's receipt) or a payment
    /// that carries it (a payment is seen through the milestones it was allocated to; Finance and the GM see every one).
    /// </summary>
    public async Task<Receipt?> ReceiptAsync(Guid id, CancellationToken ct)
    {
        var visibility = await access.VisibilityAsync(ct);
        var owners = await db.Receivables.AsNoTracking().Where(r => r.ReceiptId == id || r.ReportReceiptId == id).Select(r => r.OwnerId)
            .ToListAsync(ct);
        var payments = db.Payments.AsNoTracking().Where(p => p.ReceiptId == id);
        owners.AddRange(await payments.SelectMany(p => p.Allocations).Select(a => a.OwnerId).ToListAsync(ct));
        var visible = owners.Any(visibility.CanSee) || (visibility.All && await payments.AnyAsync(ct));
        return visible ? await db.Receipts.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, ct) : null;
    }
}

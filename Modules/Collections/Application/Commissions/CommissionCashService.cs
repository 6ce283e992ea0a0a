using Microsoft.EntityFrameworkCore;
using NodaTime;
using SalesSuite.Collections.Data;
using SalesSuite.Collections.Domain.Commissions;
using SalesSuite.SharedKernel.Time;

namespace SalesSuite.Collections.Application.Commissions;

/// <summary>What a month's statements are built from: the cash collected in it, and the clawbacks that fall due in it.</summary>
internal sealed class CommissionCashService(CollectionsDbContext db, BusinessClock business)
{
    /// <summary>
    /// Active allocations of payments dated in [<paramref name="start"/>, <paramref name="end"/>] (the payment's PaidOn), in
    /// <paramref name="currency"/>, per milestone owner at the time, each split over its contract's product lines, in the
    /// order the money came in (date, then when it was recorded and allocated).
    /// </summary>
    public async Task<IReadOnlyList<(Guid OwnerId, CollectedCash Cash)>> CollectedAsync(
        LocalDate start, LocalDate end, string currency, CancellationToken ct)
    {
        var rows = await (
                from a in db.Allocations.AsNoTracking()
                join p in db.Payments.AsNoTracking() on a.PaymentId equals p.Id
                join r in db.Receivables.AsNoTracking() on a.ReceivableId equals r.Id
                join c in db.Contracts.AsNoTracking() on a.ContractId equals c.Id
                where p.PaidOn >= start && p.PaidOn <= end && a.ReversedAt == null && p.Currency == currency
                select new
                {
                    a.Id, a.PaymentId, a.ContractId, a.ReceivableId, a.OwnerId, a.Amount, a.AllocatedAt,
                    p.BankReference, p.PaidOn, p.RecordedAt, p.CustomerId, Contract = c.Number, Milestone = r.Title,
                })
            .ToListAsync(ct);
        var contractIds = rows.Select(r => r.ContractId).Distinct().ToList();
        var customerIds = rows.Select(r => r.CustomerId).Distinct().ToList();
        var lines = (await db.ContractLines.AsNoTracking().Where(l => contractIds.Contains(l.ContractId)).ToListAsync(ct))
            .ToLookup(l => l.ContractId);
        var customers = await db.Customers.AsNoTracking().Where(c => customerIds.Contains(c.CustomerId))
            .ToDictionaryAsync(c => c.CustomerId, ct);
        return rows.OrderBy(r => r.PaidOn).ThenBy(r => r.RecordedAt).ThenBy(r => r.AllocatedAt).ThenBy(r => r.Id)
            .SelectMany(r => ProductLineSplit.Of(r.Amount, lines[r.ContractId].ToList()).Select(part => (r.OwnerId, new CollectedCash(
                PaymentId: r.PaymentId,
                AllocationId: r.Id,
                ContractId: r.ContractId,
                ReceivableId: r.ReceivableId,
                ContractNumber: r.Contract,
                Milestone: r.Milestone,
                BankReference: r.BankReference,
                CustomerId: r.CustomerId,
                CustomerName: customers.GetValueOrDefault(r.CustomerId)?.Name,
                CustomerType: customers.GetValueOrDefault(r.CustomerId)?.CustomerType,
                ProductLine: part.ProductLine,
                PaidOn: r.PaidOn,
                Amount: part.Amount))))
            .ToList();
    }

    /// <summary>
    /// Earned lines of approved statements of earlier months whose allocation was reversed before the end of
    /// <paramref name="end"/>'s day and that no other month's statement takes back yet: each becomes a clawback (negative
    /// line) for its salesperson, dated the business day of the reversal. Usually that is the reversal's month; when that
    /// month was approved already, the next month generated takes it.
    /// </summary>
    public async Task<IReadOnlyList<(Guid UserId, CommissionLine Clawback)>> ClawbacksAsync(LocalDate start, LocalDate end, CancellationToken ct)
    {
        var before = business.StartOfDay(end.PlusDays(1));
        var rows = await (
                from l in db.CommissionLines.AsNoTracking()
                join s in db.CommissionStatements.AsNoTracking() on l.StatementId equals s.Id
                join a in db.Allocations.AsNoTracking() on l.AllocationId equals a.Id
                where s.Status == CommissionStatementStatus.Approved && l.Kind == CommissionLineKind.Earned && s.PeriodStart < start
                    && a.ReversedAt != null && a.ReversedAt < before
                    && !db.CommissionLines.Any(x => x.ClawbackOfLineId == l.Id
                        && db.CommissionStatements.Any(o => o.Id == x.StatementId && o.PeriodStart != start))
                select new { Line = l, s.UserId, s.PeriodStart, ReversedAt = a.ReversedAt!.Value })
            .ToListAsync(ct);
        return rows.OrderBy(r => r.ReversedAt).ThenBy(r => r.PeriodStart).ThenBy(r => r.Line.Order)
            .Select(r => (r.UserId, r.Line.Clawback(business.InZone(r.ReversedAt).Date)))
            .ToList();
    }
}

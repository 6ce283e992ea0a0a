using Microsoft.EntityFrameworkCore;
using NodaTime;
using SalesSuite.Collections.Data;
using SalesSuite.SharedKernel.Identity;

namespace SalesSuite.Collections.Application.Reports;

/// <summary>Money received: active allocations with their payment's date, visible by the milestone's owner.</summary>
internal sealed class ReceivedQueries(CollectionsDbContext db, ReportScopeService scopes)
{
    public const int PageSize = 50;
    public const int MaxPage = 200;

    /// <summary>Active allocations joined to their payment and milestone, limited to milestones the reader may see.</summary>
    public static IQueryable<ReceivedItem> Allocations(CollectionsDbContext db, ReportScope scope) =>
        from a in db.Allocations.AsNoTracking()
        where a.ReversedAt == null
        join p in db.Payments.AsNoTracking() on a.PaymentId equals p.Id
        join r in db.Receivables.AsNoTracking().VisibleTo(scope.Visibility, r => r.OwnerId) on a.ReceivableId equals r.Id
        select new ReceivedItem
        {
            AllocationId = a.Id,
            PaymentId = p.Id,
            BankReference = p.BankReference,
            PaidOn = p.PaidOn,
            ReceivableId = r.Id,
            ContractId = r.ContractId,
            CustomerId = r.CustomerId,
            Title = r.Title,
            OwnerId = r.OwnerId,
            DueDate = r.DueDate,
            Amount = a.Amount,
            AmountFen = (long)Math.Round((double)a.Amount * 100),
            Currency = r.Currency,
        };

    public async Task<ReceivedList> ListAsync(ReceivedFilter filter, CancellationToken ct)
    {
        var scope = await scopes.CurrentAsync(ct);
        var page = Math.Clamp(filter.PageNo, 1, MaxPage);
        filter.PageNo = page;
        var matching = Matching(filter, scope);
        var totals = (await matching.GroupBy(x => 1).Select(g => new { Count = g.Count(), Fen = g.Sum(x => x.AmountFen) }).ToListAsync(ct))
            .SingleOrDefault();
        var rows = await Rows(matching).Skip((page - 1) * PageSize).Take(PageSize + 1).ToListAsync(ct);
        return new ReceivedList(
            rows.Take(PageSize).ToList(), totals?.Count ?? 0, Fen.ToYuan(totals?.Fen ?? 0), ((page - 1) * PageSize) + 1,
            rows.Count > PageSize && page < MaxPage, scope);
    }

    public async Task<(IReadOnlyList<ReceivedRow> Rows, ReportScope Scope)> ExportAsync(ReceivedFilter filter, CancellationToken ct)
    {
        var scope = await scopes.CurrentAsync(ct);
        return (await Rows(Matching(filter, scope)).Take(ReceivableBoardQueries.MaxExportRows + 1).ToListAsync(ct), scope);
    }

    private IQueryable<ReceivedItem> Matching(ReceivedFilter filter, ReportScope scope)
    {
        var query = Allocations(db, scope);
        if (filter.Owner is { } owner)
        {
            query = query.Where(x => x.OwnerId == owner);
        }
        query = query.InTeam(filter.Team, scope.People, x => x.OwnerId);
        if (filter.PaidFrom is { } fromDate)
        {
            var from = LocalDate.FromDateOnly(fromDate);
            query = query.Where(x => x.PaidOn >= from);
        }
        if (filter.PaidTo is { } toDate)
        {
            var to = LocalDate.FromDateOnly(toDate);
            query = query.Where(x => x.PaidOn <= to);
        }
        if (filter.DueTo is { } dueDate)
        {
            var due = LocalDate.FromDateOnly(dueDate);
            query = query.Where(x => x.DueDate <= due);
        }
        return query;
    }

    private IQueryable<ReceivedRow> Rows(IQueryable<ReceivedItem> matching) =>
        from x in matching.OrderByDescending(x => x.PaidOn).ThenBy(x => x.AllocationId)
        join c in db.Contracts.AsNoTracking() on x.ContractId equals c.Id
        join a in db.Customers.AsNoTracking() on x.CustomerId equals a.CustomerId into accounts
        from a in accounts.DefaultIfEmpty()
        select new ReceivedRow(
            x.PaidOn, x.BankReference, x.ReceivableId, x.Title, x.ContractId, c.Number, a == null ? null : a.Code, a == null ? null : a.Name,
            x.OwnerId, x.Amount, x.Currency);
}

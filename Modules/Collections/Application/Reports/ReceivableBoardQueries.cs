using Microsoft.EntityFrameworkCore;
using SalesSuite.Collections.Data;

namespace SalesSuite.Collections.Application.Reports;

/// <summary>
/// The receivables board: a page of rows sorted by due date and the totals per age bucket, both filtered and
/// aggregated in the database (visibility included), so it stays fast with hundreds of thousands of milestones.
/// </summary>
internal sealed class ReceivableBoardQueries(CollectionsDbContext db, ReportScopeService scopes)
{
    public const int PageSize = 50;
    /// <summary>Offset paging stops here (10,000 rows); narrower filters or the CSV go further.</summary>
    public const int MaxPage = 200;
    public const int MaxExportRows = 50_000;

    public async Task<ReceivableBoard> BoardAsync(BoardFilter filter, CancellationToken ct)
    {
        var scope = await scopes.CurrentAsync(ct);
        var page = Math.Clamp(filter.PageNo, 1, MaxPage);
        filter.PageNo = page;
        var rows = await Rows(filter, scope).Skip((page - 1) * PageSize).Take(PageSize + 1).ToListAsync(ct);
        var buckets = await BucketsAsync(filter, scope, ct);
        return new ReceivableBoard(
            scope, rows.Take(PageSize).ToList(), buckets, ((page - 1) * PageSize) + 1, rows.Count > PageSize && page < MaxPage,
            await ReasonNamesAsync(ct));
    }

    /// <summary>Every matching row for the CSV, at most <see cref="MaxExportRows"/> (+1 to tell that there were more).</summary>
    public async Task<(IReadOnlyList<BoardRow> Rows, ReportScope Scope, IReadOnlyDictionary<Guid, string> Reasons)> ExportAsync(
        BoardFilter filter, CancellationToken ct)
    {
        var scope = await scopes.CurrentAsync(ct);
        var rows = await Rows(filter, scope).Take(MaxExportRows + 1).ToListAsync(ct);
        return (rows, scope, await ReasonNamesAsync(ct));
    }

    /// <summary>Outstanding and count per age bucket of the unpaid rows matching every filter but the bucket.</summary>
    public async Task<IReadOnlyList<BucketTotal>> BucketsAsync(BoardFilter filter, ReportScope scope, CancellationToken ct)
    {
        var totals = await DueDay.PerOwnerAndDay(db.Receivables.AsNoTracking().Filtered(filter, scope, db.Customers).Unpaid(), scope.Today)
            .GroupBy(d => d.Bucket)
            .Select(g => new { Bucket = g.Key, Count = g.Sum(d => d.Count), Fen = g.Sum(d => d.Fen) })
            .ToListAsync(ct);
        return BucketTotal.Complete(totals.Select(t => new BucketTotal(t.Bucket, t.Count, Fen.ToYuan(t.Fen))));
    }

    public async Task<IReadOnlyDictionary<Guid, string>> ReasonNamesAsync(CancellationToken ct) =>
        await db.OverdueReasons.AsNoTracking().Select(r => new { r.Id, r.Name }).ToDictionaryAsync(r => r.Id, r => r.Name, ct);

    private IQueryable<BoardRow> Rows(BoardFilter filter, ReportScope scope)
    {
        var matching = db.Receivables.AsNoTracking().Matching(filter, scope, db.Customers);
        var ordered = filter.Desc
            ? matching.OrderByDescending(r => r.DueDate).ThenByDescending(r => r.Id)
            : matching.OrderBy(r => r.DueDate).ThenBy(r => r.Id);
        return from r in ordered
               join c in db.Contracts on r.ContractId equals c.Id
               join a in db.Customers on r.CustomerId equals a.CustomerId into accounts
               from a in accounts.DefaultIfEmpty()
               select new BoardRow(
                   r.Id, r.ContractId, c.Number, r.CustomerId, a == null ? null : a.Code, a == null ? null : a.Name, r.Title, r.OwnerId,
                   r.DueDate, r.Amount, r.PaidAmount, r.Currency, r.Status, r.OverdueReasonId, r.OverdueReasonText);
    }
}

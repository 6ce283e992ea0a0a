using Microsoft.EntityFrameworkCore;
using SalesSuite.Collections.Data;
using SalesSuite.SharedKernel.Identity;

namespace SalesSuite.Collections.Application.Reports;

/// <summary>The overdue board: overdue outstanding by reason ("untagged" its own line) and the top customers with their reasons.</summary>
internal sealed class OverdueQueries(CollectionsDbContext db, ReportScopeService scopes)
{
    public const int TopCustomers = 20;

    public async Task<OverdueReport> OverdueAsync(CancellationToken ct)
    {
        var scope = await scopes.CurrentAsync(ct);
        var overdue = db.Receivables.AsNoTracking().VisibleTo(scope.Visibility, r => r.OwnerId).Overdue(scope.Today)
            .Select(OutstandingRow.From());
        var reasons = await db.OverdueReasons.AsNoTracking().OrderBy(r => r.SortOrder).Select(r => new { r.Id, r.Name }).ToListAsync(ct);
        var names = reasons.ToDictionary(r => r.Id, r => r.Name);
        var order = reasons.Select((r, i) => (r.Id, i)).ToDictionary(x => x.Id, x => x.i);
        var byReason = (await overdue.GroupBy(a => a.ReasonId)
                .Select(g => new { g.Key, Count = g.Count(), Fen = g.Sum(a => a.OutstandingFen) })
                .ToListAsync(ct))
            .Select(g => new ReasonLine(g.Key, Name(g.Key, names), g.Count, Fen.ToYuan(g.Fen)))
            .OrderBy(l => l.ReasonId is { } id && order.TryGetValue(id, out var i) ? i : int.MaxValue)
            .ToList();
        return new OverdueReport(byReason, await TopAsync(overdue, names, ct), scope);
    }

    private async Task<IReadOnlyList<CustomerLine>> TopAsync(
        IQueryable<OutstandingRow> overdue, IReadOnlyDictionary<Guid, string> names, CancellationToken ct)
    {
        var top = await overdue.GroupBy(a => a.CustomerId)
            .Select(g => new { CustomerId = g.Key, Count = g.Count(), Fen = g.Sum(a => a.OutstandingFen) })
            .OrderByDescending(g => g.Fen).ThenBy(g => g.CustomerId)
            .Take(TopCustomers)
            .ToListAsync(ct);
        var ids = top.Select(t => t.CustomerId).ToList();
        var split = (await overdue.Where(a => ids.Contains(a.CustomerId))
                .GroupBy(a => new { a.CustomerId, a.ReasonId })
                .Select(g => new { g.Key.CustomerId, g.Key.ReasonId, Count = g.Count(), Fen = g.Sum(a => a.OutstandingFen) })
                .ToListAsync(ct))
            .ToLookup(s => s.CustomerId);
        var accounts = await db.Customers.AsNoTracking().Where(c => ids.Contains(c.CustomerId))
            .ToDictionaryAsync(c => c.CustomerId, c => new { c.Code, c.Name }, ct);
        return top.Select(t => new CustomerLine(
                t.CustomerId, accounts.GetValueOrDefault(t.CustomerId)?.Code, accounts.GetValueOrDefault(t.CustomerId)?.Name, t.Count,
                Fen.ToYuan(t.Fen),
                split[t.CustomerId].Select(s => new ReasonLine(s.ReasonId, Name(s.ReasonId, names), s.Count, Fen.ToYuan(s.Fen)))
                    .OrderByDescending(r => r.Outstanding).ToList()))
            .ToList();
    }

    private static string? Name(Guid? reasonId, IReadOnlyDictionary<Guid, string> names) =>
        reasonId is { } id && names.TryGetValue(id, out var name) ? name : null;
}

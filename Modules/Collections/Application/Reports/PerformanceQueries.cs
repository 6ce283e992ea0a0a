using Microsoft.EntityFrameworkCore;
using NodaTime;
using SalesSuite.Collections.Data;
using SalesSuite.SharedKernel.Identity;

namespace SalesSuite.Collections.Application.Reports;

/// <summary>DSO and collection rate per team or person over a period: two grouped sums per owner in the database.</summary>
internal sealed class PerformanceQueries(CollectionsDbContext db, ReportScopeService scopes)
{
    public const int DefaultDays = 90;
    public const int MaxDays = 366;

    public async Task<ReportScope> ScopeAsync(CancellationToken ct) => await scopes.CurrentAsync(ct);

    public async Task<PerformanceReport> PerformanceAsync(ReportGrouping by, LocalDate from, LocalDate to, CancellationToken ct)
    {
        var scope = await scopes.CurrentAsync(ct);
        // Today's state of every milestone due by the end (index-only), plus money that came in since the start: what was
        // paid before the start = paid today − paid since the start, so the allocation history before the period is never read.
        var due = await db.Receivables.AsNoTracking().VisibleTo(scope.Visibility, r => r.OwnerId)
            .Where(r => r.DueDate <= to)
            .GroupBy(r => r.OwnerId)
            .Select(g => new
            {
                OwnerId = g.Key,
                OldOutstanding = g.Sum(r => r.DueDate < from
                    ? (long)Math.Round((double)r.Amount * 100) - (long)Math.Round((double)r.PaidAmount * 100) : 0L),
                Billed = g.Sum(r => r.DueDate >= from ? (long)Math.Round((double)r.Amount * 100) : 0L),
                BilledPaid = g.Sum(r => r.DueDate >= from ? (long)Math.Round((double)r.PaidAmount * 100) : 0L),
            })
            .ToListAsync(ct);
        var since = await ReceivedQueries.Allocations(db, scope)
            .Where(x => x.PaidOn >= from && x.DueDate <= to)
            .GroupBy(x => x.OwnerId)
            .Select(g => new
            {
                OwnerId = g.Key,
                OnOld = g.Sum(x => x.DueDate < from ? x.AmountFen : 0L),
                OnBilled = g.Sum(x => x.DueDate >= from ? x.AmountFen : 0L),
                Collected = g.Sum(x => x.PaidOn <= to ? x.AmountFen : 0L),
            })
            .ToListAsync(ct);
        var sinceBy = since.ToDictionary(p => p.OwnerId);
        var perOwner = due.Select(d =>
        {
            var p = sinceBy.GetValueOrDefault(d.OwnerId);
            return (d.OwnerId, Line: new PerformanceLine(
                ReportLine.For(d.OwnerId, by, scope.People), Fen.ToYuan(d.OldOutstanding + (p?.OnOld ?? 0)), Fen.ToYuan(d.Billed),
                Fen.ToYuan(d.BilledPaid - (p?.OnBilled ?? 0)), Fen.ToYuan(p?.Collected ?? 0)));
        }).ToList();
        var lines = perOwner.GroupBy(o => o.Line.Who).Select(g => PerformanceLine.Sum(g.Key, g.Select(o => o.Line)))
            .Where(l => l.Collectable != 0m || l.Collected != 0m || l.Billed != 0m)
            .OrderByDescending(l => l.Collectable).ThenBy(l => l.Who.Label, StringComparer.Ordinal).ToList();
        return new PerformanceReport(by, from, to, lines, PerformanceLine.Sum(new ReportLine(null, null, null), lines), scope);
    }
}

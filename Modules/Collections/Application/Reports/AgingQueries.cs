using Microsoft.EntityFrameworkCore;
using SalesSuite.Collections.Data;
using SalesSuite.SharedKernel.Identity;

namespace SalesSuite.Collections.Application.Reports;

/// <summary>Aging: unpaid receivables per owner and bucket, grouped in the database; owners folded into teams in memory.</summary>
internal sealed class AgingQueries(CollectionsDbContext db, ReportScopeService scopes)
{
    public async Task<AgingReport> AgingAsync(ReportGrouping by, CancellationToken ct)
    {
        var scope = await scopes.CurrentAsync(ct);
        var cells = await DueDay.PerOwnerAndDay(db.Receivables.AsNoTracking().VisibleTo(scope.Visibility, r => r.OwnerId).Unpaid(), scope.Today)
            .GroupBy(d => new { d.OwnerId, d.Bucket })
            .Select(g => new { g.Key.OwnerId, g.Key.Bucket, Count = g.Sum(d => d.Count), Fen = g.Sum(d => d.Fen) })
            .ToListAsync(ct);
        var lines = cells
            .GroupBy(c => ReportLine.For(c.OwnerId, by, scope.People))
            .Select(g => new AgingLine(g.Key, BucketTotal.Complete(g.Select(c => new BucketTotal(c.Bucket, c.Count, Fen.ToYuan(c.Fen))))))
            .OrderByDescending(l => l.Outstanding).ThenBy(l => l.Who.Label, StringComparer.Ordinal)
            .ToList();
        var totals = BucketTotal.Complete(cells.Select(c => new BucketTotal(c.Bucket, c.Count, Fen.ToYuan(c.Fen))));
        return new AgingReport(by, lines, totals, scope);
    }
}

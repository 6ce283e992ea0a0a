using System.Globalization;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using SalesSuite.Collections.Data;
using SalesSuite.SharedKernel.Caching;
using SalesSuite.SharedKernel.Persistence;

namespace SalesSuite.Collections.Application.Reports;

/// <summary>
/// Aging: unpaid receivables per owner and bucket, grouped in the database; owners folded into teams in memory.
/// The grouping reads every unpaid receivable, so its result (one small cell per owner and bucket, for every owner) is
/// computed once per change stamp of the receivables and business date (<see cref="ReceivableChanges"/>) and shared:
/// each request reads the stamp (one primary-key row), keeps the cells of the owners the reader may see
/// (<c>Visibility.CanSee</c>, the rule <c>VisibleTo</c> applies in SQL) and folds them with today's directory.
/// </summary>
internal sealed class AgingQueries(CollectionsDbContext db, ReportScopeService scopes, StampedCache<CollectionsModule> cache)
{
    public async Task<AgingReport> AgingAsync(ReportGrouping by, CancellationToken ct)
    {
        var scope = await scopes.CurrentAsync(ct);
        var stamp = await ChangeStamps.ValueAsync(db, ReceivableChanges.Receivables, ct);
        var token = $"{stamp:N}.{scope.Today.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture)}";
        var everyone = await cache.GetAsync("Aging", token, "cells", () => CellsAsync(scope.Today, CancellationToken.None));
        var cells = everyone.Where(c => scope.Visibility.CanSee(c.OwnerId)).ToList();
        var lines = cells
            .GroupBy(c => ReportLine.For(c.OwnerId, by, scope.People))
            .Select(g => new AgingLine(g.Key, BucketTotal.Complete(g.Select(c => new BucketTotal(c.Bucket, c.Count, Fen.ToYuan(c.Fen))))))
            .OrderByDescending(l => l.Outstanding).ThenBy(l => l.Who.Label, StringComparer.Ordinal)
            .ToList();
        var totals = BucketTotal.Complete(cells.Select(c => new BucketTotal(c.Bucket, c.Count, Fen.ToYuan(c.Fen))));
        return new AgingReport(by, lines, totals, scope);
    }

    /// <summary>Every owner's unpaid receivables per age bucket on <paramref name="today"/> (the database groups).</summary>
    internal async Task<IReadOnlyList<AgingCell>> CellsAsync(LocalDate today, CancellationToken ct) =>
        await DueDay.PerOwnerAndDay(db.Receivables.AsNoTracking().Unpaid(), today)
            .GroupBy(d => new { d.OwnerId, d.Bucket })
            .Select(g => new AgingCell(g.Key.OwnerId, g.Key.Bucket, g.Sum(d => d.Count), g.Sum(d => d.Fen)))
            .ToListAsync(ct);
}

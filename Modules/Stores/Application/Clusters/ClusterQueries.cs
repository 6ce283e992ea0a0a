using Microsoft.EntityFrameworkCore;
using SalesSuite.Stores.Data;
using SalesSuite.Stores.Domain;

namespace SalesSuite.Stores.Application.Clusters;

/// <summary>Raised clusters (newest week first) and one cluster's detail, through <see cref="ClusterAccess"/>.</summary>
internal sealed class ClusterQueries(StoresDbContext db, ClusterAccess access)
{
    public const int PageSize = 200;
    public const int MaxFeedbackLines = 500;

    public async Task<IReadOnlyList<ClusterRow>> ListAsync(bool openOnly, int limit, CancellationToken ct)
    {
        var query = await access.VisibleAsync(ct);
        if (openOnly)
        {
            query = query.Where(c => c.ClosedAt == null);
        }
        var clusters = await query.OrderByDescending(c => c.WeekStart).ThenBy(c => c.CategoryCode).Take(limit).ToListAsync(ct);
        return await RowsAsync(clusters, ct);
    }

    public async Task<ClusterDetail?> DetailAsync(Guid id, CancellationToken ct)
    {
        var cluster = await (await access.VisibleAsync(ct)).FirstOrDefaultAsync(c => c.Id == id, ct);
        if (cluster is null)
        {
            return null;
        }
        var row = (await RowsAsync([cluster], ct))[0];
        var category = await db.FeedbackCategories.AsNoTracking().FirstOrDefaultAsync(c => c.Code == cluster.CategoryCode, ct);
        var scope = await access.Stores.ScopeAsync(ct);
        var (from, to, code) = (cluster.WeekStart, row.WeekEnd, cluster.CategoryCode);
        var storeIds = cluster.StoreIds;
        var stores = await scope.Apply(db.Stores.AsNoTracking().Where(s => storeIds.Contains(s.Id)), s => s.Id)
            .Select(s => new { s.Id, s.Code, s.Name, s.Region }).ToDictionaryAsync(s => s.Id, ct);
        var visibleIds = stores.Keys.ToList();
        var feedback = await db.Feedback.AsNoTracking()
            .Where(f => f.CategoryCode == code && f.Day >= from && f.Day <= to && visibleIds.Contains(f.StoreId))
            .OrderBy(f => f.Day).ThenBy(f => f.StoreId).Take(MaxFeedbackLines)
            .ToListAsync(ct);
        var done = await db.Tasks.AsNoTracking().Where(t => t.SourceId == id && t.DoneAt != null).Select(t => t.StoreId).ToListAsync(ct);
        var lines = feedback.Select(f => new ClusterFeedbackLine(f.Id, f.ReportId, f.StoreId, stores[f.StoreId].Code, stores[f.StoreId].Name, f.Day,
            category?.Options.FirstOrDefault(o => o.Code == f.OptionCode)?.Name ?? f.OptionCode, f.Question, f.Duplicate)).ToList();
        var storeLines = stores.Values.OrderBy(s => s.Code, StringComparer.Ordinal)
            .Select(s => new ClusterStoreLine(s.Id, s.Code, s.Name, s.Region, lines.Count(l => l.StoreId == s.Id), done.Contains(s.Id)))
            .ToList();
        return new ClusterDetail(row, category?.PlaybookTitle, category?.PlaybookText, storeLines, lines,
            cluster.IsOpen && access.CanClose(cluster));
    }

    private async Task<IReadOnlyList<ClusterRow>> RowsAsync(IReadOnlyList<IssueCluster> clusters, CancellationToken ct)
    {
        var ids = clusters.Select(c => c.Id).ToList();
        var tasks = await db.Tasks.AsNoTracking()
            .Where(t => t.SourceId != null && ids.Contains(t.SourceId.Value))
            .GroupBy(t => t.SourceId)
            .Select(g => new { Id = g.Key!.Value, Total = g.Count(), Done = g.Count(t => t.DoneAt != null) })
            .ToDictionaryAsync(g => g.Id, ct);
        var names = await db.FeedbackCategories.AsNoTracking().ToDictionaryAsync(c => c.Code, c => c.Name, ct);
        var people = await access.Stores.Records.NamesAsync(ct);
        return clusters.Select(c => new ClusterRow(
            c.Id, c.CategoryCode, names.GetValueOrDefault(c.CategoryCode) ?? c.CategoryCode, c.WeekStart, c.Count, c.Threshold, c.StoreIds.Count,
            c.ResponsibleUserId, c.ResponsibleUserId is { } r ? people.GetValueOrDefault(r) ?? string.Empty : string.Empty,
            tasks.GetValueOrDefault(c.Id)?.Total ?? 0, tasks.GetValueOrDefault(c.Id)?.Done ?? 0, c.RaisedAt, c.ClosedAt, c.ClosingNote)).ToList();
    }
}

using System.Globalization;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using SalesSuite.SharedKernel.Application;
using SalesSuite.SharedKernel.Events;
using SalesSuite.SharedKernel.Identity;
using SalesSuite.SharedKernel.Time;
using SalesSuite.Stores.Contracts;
using SalesSuite.Stores.Data;
using SalesSuite.Stores.Domain;

namespace SalesSuite.Stores.Application.Clusters;

/// <summary>
/// Issue clustering (<see cref="ClusterRule"/>): counts each feedback category across all stores in the business week
/// of a day; a category that passes its threshold raises one <see cref="IssueCluster"/> per week, pushes its playbook as
/// a task to every store concerned, tells those stores' managers and the person responsible, and publishes
/// <see cref="IssueClusterRaised"/>. Stores that report the category later in the week join the open cluster (tasks and
/// notifications, no second event). Running it again changes nothing; a concurrent raise loses on the unique index.
/// </summary>
internal sealed class ClusterService(
    StoresDbContext db,
    UnitOfWork<StoresDbContext> unitOfWork,
    ModuleSettings<StoresDbContext, StoresSettings> settings,
    Notifier<StoresDbContext> notifier,
    BusinessClock business)
{
    public async Task<ClusterEvaluation> EvaluateAsync(LocalDate day, CancellationToken ct)
    {
        var setting = (await settings.ReadAsync(ct)).ClusterThreshold;
        var weekStart = ClusterRule.WeekStart(day);
        var weekEnd = ClusterRule.WeekEnd(weekStart);
        var counts = await db.Feedback.AsNoTracking()
            .Where(f => f.Day >= weekStart && f.Day <= weekEnd)
            .GroupBy(f => new { f.CategoryCode, f.StoreId })
            .Select(g => new { g.Key.CategoryCode, g.Key.StoreId, Count = g.Count() })
            .ToListAsync(ct);
        var categories = await db.FeedbackCategories.AsNoTracking().ToDictionaryAsync(c => c.Code, ct);
        var (raised, added) = (0, 0);
        foreach (var group in counts.GroupBy(c => c.CategoryCode).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var category = categories.GetValueOrDefault(group.Key);
            var threshold = ClusterRule.Threshold(category?.ClusterThreshold, setting);
            var count = group.Sum(g => g.Count);
            if (!ClusterRule.Passes(count, threshold))
            {
                continue;
            }
            var storeIds = group.OrderByDescending(g => g.Count).Select(g => g.StoreId).ToList();
            var existing = await db.Clusters.FirstOrDefaultAsync(c => c.CategoryCode == group.Key && c.WeekStart == weekStart, ct);
            if (existing is null)
            {
                raised += await RaiseAsync(group.Key, category, weekStart, count, threshold, storeIds, ct) ? 1 : 0;
            }
            else if (existing.IsOpen)
            {
                added += await AddStoresAsync(existing, category, storeIds, ct);
            }
        }
        return new ClusterEvaluation(raised, added);
    }

    private async Task<bool> RaiseAsync(
        string code, FeedbackCategory? category, LocalDate weekStart, int count, int threshold, List<Guid> storeIds, CancellationToken ct)
    {
        var now = business.Now;
        var cluster = new IssueCluster(Guid.NewGuid(), code, weekStart, count, threshold, storeIds, category?.ResponsibleUserId, now);
        db.Clusters.Add(cluster);
        var pushed = await PushPlaybookAsync(cluster, category, storeIds, ct);
        var week = Week(weekStart);
        var name = category?.Name ?? code;
        string[] args = [name, Number(count), Number(threshold), week, Number(storeIds.Count)];
        if (cluster.ResponsibleUserId is { } responsible)
        {
            notifier.ToUser(responsible, "Cluster_Notify_Raised", StoresLinks.Cluster(cluster.Id), null, args);
        }
        else
        {
            notifier.ToRole(Roles.SalesDirector, "Cluster_Notify_Raised", StoresLinks.Cluster(cluster.Id), null, args);
        }
        db.Publish(new IssueClusterRaised(
            EventId: Guid.NewGuid(),
            OccurredAt: now,
            ActorUserId: null,
            ClusterId: cluster.Id,
            CategoryCode: code,
            WeekStart: weekStart,
            Count: count,
            Threshold: threshold,
            StoreIds: storeIds,
            ResponsibleUserId: cluster.ResponsibleUserId,
            PlaybookPushed: pushed));
        return await CommitOrLoseAsync("IssueCluster.Raise",
            c => db.Clusters.AnyAsync(x => x.CategoryCode == code && x.WeekStart == weekStart, c), ct);
    }

    private async Task<int> AddStoresAsync(IssueCluster cluster, FeedbackCategory? category, List<Guid> storeIds, CancellationToken ct)
    {
        var added = cluster.AddStores(storeIds);
        if (added.Count == 0)
        {
            return 0;
        }
        await PushPlaybookAsync(cluster, category, added, ct);
        var id = cluster.Id;
        return await CommitOrLoseAsync("IssueCluster.AddStores",
            c => db.Tasks.AnyAsync(t => t.SourceId == id && added.Contains(t.StoreId), c), ct) ? added.Count : 0;
    }

    /// <summary>One playbook task per store (never a second for the same cluster and store) and a bell for its managers.</summary>
    private async Task<bool> PushPlaybookAsync(IssueCluster cluster, FeedbackCategory? category, IReadOnlyList<Guid> storeIds, CancellationToken ct)
    {
        var now = business.Now;
        var title = Clip(category?.PlaybookTitle ?? category?.Name ?? cluster.CategoryCode, StoreTask.TitleMaxLength);
        var already = await db.Tasks.AsNoTracking().Where(t => t.SourceId == cluster.Id).Select(t => t.StoreId).ToListAsync(ct);
        var stores = await db.Stores.AsNoTracking().Where(s => storeIds.Contains(s.Id)).ToListAsync(ct);
        var managers = new HashSet<Guid>();
        foreach (var store in stores.Where(s => !already.Contains(s.Id)))
        {
            db.Tasks.Add(new StoreTask(Guid.NewGuid(), store.Id, StoreTaskKind.Playbook, title, category?.PlaybookText, category?.PlaybookLink,
                cluster.Id, now, null));
            managers.UnionWith(store.Managers.Select(m => m.UserId));
        }
        foreach (var manager in managers)
        {
            notifier.ToUser(manager, "Cluster_Notify_Task", StoresLinks.Day, null, category?.Name ?? cluster.CategoryCode, title);
        }
        return category?.PlaybookTitle is not null || category?.PlaybookText is not null;
    }

    /// <summary>
    /// Saves. A conflict on a unique index because another evaluation saved the same thing first (<paramref name="otherWon"/>)
    /// is not an error: this one lost, nothing of it is kept. Any other failure is thrown.
    /// </summary>
    private async Task<bool> CommitOrLoseAsync(string operation, Func<CancellationToken, Task<bool>> otherWon, CancellationToken ct)
    {
        try
        {
            await unitOfWork.CommitAsync(operation, ct);
            return true;
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            if (!await otherWon(ct))
            {
                throw;
            }
            return false;
        }
    }

    private static string Week(LocalDate weekStart) => weekStart.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Clip(string text, int max) => text.Length <= max ? text : text[..max];
}

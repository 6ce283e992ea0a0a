using Microsoft.EntityFrameworkCore;
using SalesSuite.Stores.Data;
using SalesSuite.Stores.Domain;

namespace SalesSuite.Stores.Application.Clusters;

/// <summary>
/// Who sees a cluster: headquarters all; the person named responsible theirs; anyone else the clusters that pushed a
/// playbook to a store in their scope (supervisors, store managers). Closing is for headquarters and the responsible person.
/// </summary>
internal sealed class ClusterAccess(StoresAccess stores, StoresDbContext db)
{
    public StoresAccess Stores => stores;

    public async Task<IQueryable<IssueCluster>> VisibleAsync(CancellationToken ct)
    {
        var scope = await stores.ScopeAsync(ct);
        var clusters = db.Clusters.AsNoTracking();
        if (scope.All)
        {
            return clusters;
        }
        var me = stores.UserId;
        var sources = scope.Apply(db.Tasks.Where(t => t.Kind == StoreTaskKind.Playbook && t.SourceId != null), t => t.StoreId)
            .Select(t => t.SourceId!.Value);
        return clusters.Where(c => c.ResponsibleUserId == me || sources.Contains(c.Id));
    }

    /// <summary>404 for a cluster the reader may not see.</summary>
    public async Task EnsureVisibleAsync(IssueCluster cluster, CancellationToken ct)
    {
        var id = cluster.Id;
        if (!await (await VisibleAsync(ct)).AnyAsync(c => c.Id == id, ct))
        {
            throw new KeyNotFoundException();
        }
    }

    public bool CanClose(IssueCluster cluster) => stores.IsHeadquarters || cluster.ResponsibleUserId == stores.UserId;
}

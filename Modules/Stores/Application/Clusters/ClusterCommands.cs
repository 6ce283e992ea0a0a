using Microsoft.EntityFrameworkCore;
using SalesSuite.SharedKernel.Application;
using SalesSuite.SharedKernel.Time;
using SalesSuite.Stores.Data;

namespace SalesSuite.Stores.Application.Clusters;

/// <summary>Closing a raised cluster with what was done: headquarters or the person named responsible.</summary>
internal sealed class ClusterCommands(
    StoresDbContext db, UnitOfWork<StoresDbContext> unitOfWork, ClusterAccess access, BusinessClock business)
{
    public async Task CloseAsync(Guid clusterId, string? note, CancellationToken ct)
    {
        var cluster = await db.Clusters.FirstOrDefaultAsync(c => c.Id == clusterId, ct) ?? throw new KeyNotFoundException();
        await access.EnsureVisibleAsync(cluster, ct);
        if (!access.CanClose(cluster))
        {
            throw new UnauthorizedAccessException();
        }
        cluster.Close(note, business.Now);
        await unitOfWork.CommitAsync("IssueCluster.Close", ct);
    }
}

using SalesSuite.Collections.Data;
using SalesSuite.SharedKernel.Application;
using SalesSuite.SharedKernel.Domain;

namespace SalesSuite.Collections.Application.Receivables;

/// <summary>One public method per use case: load (visibility checked), change the aggregate, publish, commit.</summary>
internal sealed class ReceivableCommands(
    CollectionsDbContext db, UnitOfWork<CollectionsDbContext> unitOfWork, RecordAccess access)
{
    /// <summary>Renames what the person saw: <paramref name="version"/> is the version on their screen.</summary>
    public async Task RenameAsync(Guid id, int version, string title, CancellationToken ct)
    {
        var entity = await db.Receivables.FindAsync([id], ct);
        if (entity is null || !await access.CanSeeAsync(entity.OwnerId, ct))
        {
            throw new KeyNotFoundException();
        }
        StaleEditException.ThrowIfChanged(version, entity.Version);
        entity.Rename(title);
        await unitOfWork.CommitAsync("Receivable.Rename", ct);
    }
}

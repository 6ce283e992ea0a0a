using NodaTime;
using SalesSuite.Collections.Data;
using SalesSuite.Collections.Domain;
using SalesSuite.SharedKernel.Application;
using SalesSuite.SharedKernel.Domain;
using SalesSuite.SharedKernel.Identity;
using SalesSuite.SharedKernel.Money;

namespace SalesSuite.Collections.Application.Receivables;

/// <summary>One public method per use case: load (visibility checked), change the aggregate, publish, commit.</summary>
internal sealed class ReceivableCommands(
    CollectionsDbContext db, UnitOfWork<CollectionsDbContext> unitOfWork, RecordAccess access, IClock clock)
{
    /// <summary>Who may enter a receivable by hand (a deal closed outside Quotes).</summary>
    public static readonly IReadOnlyList<string> EntryRoles = [Roles.Finance, Roles.Admin];

    public async Task<Guid> CreateAsync(ReceivableInput input, CancellationToken ct)
    {
        if (!access.IsInAnyRole(EntryRoles))
        {
            throw new UnauthorizedAccessException();
        }
        var entity = new Receivable(Guid.NewGuid(), access.UserId, input.Title, input.Amount, Money.DefaultCurrency,
            clock.GetCurrentInstant());
        db.Receivables.Add(entity);
        await unitOfWork.CommitAsync("Receivable.Create", ct);
        return entity.Id;
    }

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

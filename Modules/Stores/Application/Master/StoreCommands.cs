using Microsoft.EntityFrameworkCore;
using SalesSuite.SharedKernel.Application;
using SalesSuite.SharedKernel.Domain;
using SalesSuite.Stores.Data;

namespace SalesSuite.Stores.Application.Master;

/// <summary>
/// The store master data (headquarters configuration: admin, sales director, marketing; 403 for others). Every change goes
/// to the operation log through the unit of work (Store is auditable).
/// </summary>
internal sealed class StoreCommands(StoresDbContext db, UnitOfWork<StoresDbContext> unitOfWork, StoresAccess access, StoreEditService edit)
{
    public async Task<Guid> CreateAsync(StoreInput input, CancellationToken ct)
    {
        access.EnsureCanConfigure();
        var draft = StoreDraft.From(input);
        await edit.EnsureCodeFreeAsync(draft.Code, ct);
        await edit.EnsurePeopleAsync(draft, ct);
        var store = edit.Create(draft, "Store.Create");
        await CommitAsync("Store.Create", draft.Code, ct);
        return store.Id;
    }

    /// <summary>Edits everything but the code (the store's key in imports and the log); a form of an older version gets 409.</summary>
    public async Task UpdateAsync(Guid id, StoreInput input, CancellationToken ct)
    {
        access.EnsureCanConfigure();
        var store = await db.Stores.FirstOrDefaultAsync(s => s.Id == id, ct) ?? throw new KeyNotFoundException();
        StaleEditException.ThrowIfChanged(input.Version, store.Version);
        var draft = StoreDraft.From(input) with { Code = store.Code };
        await edit.EnsurePeopleAsync(draft, ct);
        edit.Apply(store, draft, "Store.Update");
        await CommitAsync("Store.Update", store.Code, ct);
    }

    /// <summary>Two creates of one code at the same moment: the unique index decides, the loser gets the duplicate message.</summary>
    private async Task CommitAsync(string operation, string code, CancellationToken ct)
    {
        try
        {
            await unitOfWork.CommitAsync(operation, ct);
        }
        catch (DbUpdateException) when (db.ChangeTracker.Entries<Domain.Store>().Any(e => e.State == EntityState.Added))
        {
            db.ChangeTracker.Clear();
            throw new DomainException("Master_Error_DuplicateCode", code);
        }
    }
}

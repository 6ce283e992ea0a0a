using Microsoft.EntityFrameworkCore;
using SalesSuite.Goals.Application.Evidence;
using SalesSuite.Goals.Data;
using SalesSuite.Goals.Domain;
using SalesSuite.SharedKernel.Application;
using SalesSuite.SharedKernel.Domain;

namespace SalesSuite.Goals.Application.ActionTypes;

/// <summary>
/// Admin and the sales director keep the evidence standards. A changed standard re-derives its matches from the stored
/// facts and re-checks the open contracts that owe it, in one transaction with the change (nothing half-saved).
/// </summary>
internal sealed class ActionTypeCommands(GoalsDbContext db, UnitOfWork<GoalsDbContext> unitOfWork, GoalsAccess access, EvidenceService evidence)
{
    public async Task<Guid> AddAsync(ActionTypeInput input, CancellationToken ct)
    {
        access.EnsureCanConfigure();
        var rule = input.Rule().Validated();
        var type = new KeyActionType(Guid.NewGuid(), input.Code ?? string.Empty, input.NameZh ?? "", input.NameEn ?? "", rule);
        DomainException.ThrowIf(await db.ActionTypes.AnyAsync(t => t.Code == type.Code, ct), "ActionTypes_Error_CodeTaken", type.Code);
        Change(type, input);
        db.ActionTypes.Add(type);
        await CommitWithMatchesAsync(type, "ActionType.Add", ct);
        return type.Id;
    }

    /// <summary>Changes the standard as the form showed it (<see cref="ActionTypeInput.Version"/>; the code stays).</summary>
    public async Task SaveAsync(Guid id, ActionTypeInput input, CancellationToken ct)
    {
        access.EnsureCanConfigure();
        var type = await db.ActionTypes.FirstOrDefaultAsync(t => t.Id == id, ct) ?? throw new KeyNotFoundException();
        StaleEditException.ThrowIfChanged(input.Version, type.Version);
        db.Entry(type).Property(t => t.Version).OriginalValue = input.Version;
        Change(type, input);
        // The rule is an owned value replaced whole: mark the type changed so its version moves with it.
        db.Entry(type).State = EntityState.Modified;
        await CommitWithMatchesAsync(type, "ActionType.Change", ct);
    }

    public async Task SetActiveAsync(Guid id, bool active, int version, CancellationToken ct)
    {
        access.EnsureCanConfigure();
        var type = await db.ActionTypes.FirstOrDefaultAsync(t => t.Id == id, ct) ?? throw new KeyNotFoundException();
        StaleEditException.ThrowIfChanged(version, type.Version);
        db.Entry(type).Property(t => t.Version).OriginalValue = version;
        type.SetActive(active);
        await CommitWithMatchesAsync(type, "ActionType.SetActive", ct);
    }

    private static void Change(KeyActionType type, ActionTypeInput input)
    {
        type.Change(input.NameZh ?? "", input.NameEn ?? "", input.Description, input.Rule(), input.Metric, input.HowToUrl,
            input.HowToSeconds, input.ForManagers);
        type.SetActive(input.Active);
    }

    private async Task CommitWithMatchesAsync(KeyActionType type, string operation, CancellationToken ct)
    {
        // RematchAsync deletes the old matches at once; the transaction keeps that and the save one change.
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await evidence.RematchAsync(type, ct);
        await evidence.RecheckContractsAsync(type.Id, ct);
        await unitOfWork.CommitAsync(operation, ct);
        await tx.CommitAsync(ct);
    }
}

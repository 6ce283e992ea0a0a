using Microsoft.EntityFrameworkCore;
using NodaTime;
using SalesSuite.Health.Data;
using SalesSuite.Health.Domain;
using SalesSuite.SharedKernel.Application;
using SalesSuite.SharedKernel.Domain;

namespace SalesSuite.Health.Application.Actions;

/// <summary>
/// A manager who can see the person reverses an action with a reason (its effect is lifted by event, the operation is
/// logged); whoever must act on a review or support-pack task, or a manager who sees the person, marks it done.
/// </summary>
internal sealed class ActionCommands(HealthDbContext db, HealthAccess access, ActionService actions, IClock clock,
    UnitOfWork<HealthDbContext> unitOfWork)
{
    public async Task ReverseAsync(Guid id, int version, string? reason, CancellationToken ct)
    {
        access.EnsureManager();
        var action = await LoadAsync(id, version, ct);
        action.Reverse(access.UserId, reason ?? "", clock.GetCurrentInstant());
        actions.Lift(action, action.EndReason!);
        await unitOfWork.CommitAsync("Action.Reverse", ct);
    }

    public async Task DoneAsync(Guid id, int version, string? note, CancellationToken ct)
    {
        var action = await LoadAsync(id, version, ct, allowAssignee: true);
        DomainException.ThrowIf(action.Kind is not (ActionKind.SupervisorReview or ActionKind.CustomerReview or ActionKind.SupportPack),
            "Action_NotATask");
        DomainException.ThrowIf((note?.Trim().Length ?? 0) > HealthAction.MaxReason, "Action_ReasonTooLong", HealthAction.MaxReason);
        action.End(clock.GetCurrentInstant(), access.UserId, note);
        await unitOfWork.CommitAsync("Action.Done", ct);
    }

    private async Task<HealthAction> LoadAsync(Guid id, int version, CancellationToken ct, bool allowAssignee = false)
    {
        var action = await db.Actions.SingleOrDefaultAsync(a => a.Id == id, ct) ?? throw new KeyNotFoundException();
        if (!(allowAssignee && action.UserId == access.UserId))
        {
            access.EnsureManager();
            await access.EnsureVisibleAsync(ActionService.PersonOf(action), ct);
        }
        StaleEditException.ThrowIfChanged(version, action.Version);
        db.Entry(action).Property(x => x.Version).OriginalValue = version;
        return action;
    }
}

using Microsoft.EntityFrameworkCore;
using NodaTime;
using SalesSuite.Leads.Application.Visits;
using SalesSuite.Leads.Contracts;
using SalesSuite.Leads.Data;
using SalesSuite.Leads.Domain;
using SalesSuite.SharedKernel.Application;
using SalesSuite.SharedKernel.Domain;
using SalesSuite.SharedKernel.Events;
using SalesSuite.SharedKernel.Identity;

namespace SalesSuite.Leads.Application.Corrections;

/// <summary>
/// Corrections of history: a logged follow-up is corrected by its owner or a manager; the old values are kept and
/// <see cref="RecordCorrected"/> is published. While the owner (or the person correcting) is in trace mode (Health's
/// TraceModeChanged) a reason is required and that person's supervisor is notified.
/// </summary>
internal sealed class CorrectionCommands(
    LeadsDbContext db, RecordAccess access, IOrganisation organisation, Notifier<LeadsDbContext> notifier,
    UnitOfWork<LeadsDbContext> uow, IClock clock, RiskCardService risks)
{
    public const string RecordType = "FollowUp";

    /// <summary>
    /// Corrects the follow-up; returns the customer it belongs to. Not visible → <see cref="KeyNotFoundException"/>;
    /// neither owner nor manager → <see cref="UnauthorizedAccessException"/>; stale form → <see cref="StaleEditException"/>;
    /// no reason in trace mode, nothing changed, bad values → <see cref="DomainException"/>.
    /// </summary>
    public async Task<Guid> CorrectAsync(Guid followUpId, CorrectionInput input, CancellationToken ct)
    {
        var followUp = await db.FollowUps.FirstOrDefaultAsync(f => f.Id == followUpId, ct);
        if (followUp is null || !await access.CanSeeAsync(followUp.OwnerId, ct))
        {
            throw new KeyNotFoundException();
        }
        var actor = access.UserId;
        if (followUp.OwnerId != actor && !access.IsManager)
        {
            throw new UnauthorizedAccessException();
        }
        StaleEditException.ThrowIfChanged(input.Version, followUp.Version);
        db.Entry(followUp).Property(f => f.Version).OriginalValue = input.Version;
        var objective = input.ObjectiveValue ?? throw new DomainException("FollowUp_ObjectiveRequired");
        var traced = await TracedAsync([followUp.OwnerId, actor], ct);
        DomainException.ThrowIf(traced.Count > 0 && string.IsNullOrWhiteSpace(input.Reason), "Correction_ReasonRequired");
        var tags = await db.TagOptions.Where(t => t.Category == TagCategory.Obstacle).Select(t => t.Value).ToListAsync(ct);
        tags.Add(FollowUpTags.NoObstacle);
        var obstacles = input.Obstacles.Where(tags.Contains).Distinct().ToList();
        var now = clock.GetCurrentInstant();
        var correction = followUp.Correct(objective, input.Summary ?? "", obstacles, input.Warning, input.Reason, actor, now);
        db.FollowUpCorrections.Add(correction);
        db.Publish(new RecordCorrected(
            EventId: Guid.NewGuid(), OccurredAt: now, ActorUserId: actor, RecordType: RecordType, RecordId: followUp.Id,
            OwnerId: followUp.OwnerId, CustomerId: followUp.CustomerId, Fields: correction.FieldList, Reason: correction.Reason));
        await NotifySupervisorsAsync(traced, followUp, correction, actor, ct);
        await RaiseRiskIfFlaggedAsync(followUp, correction, actor, ct);
        await uow.CommitAsync("FollowUp.Correct", ct);
        return followUp.CustomerId;
    }

    /// <summary>
    /// A correction that sets the warning flag raises the risk card a new warning follow-up would (with the corrected
    /// tags and summary), once per follow-up: clearing and setting the flag again, or a card already raised, adds none.
    /// </summary>
    private async Task RaiseRiskIfFlaggedAsync(FollowUp followUp, FollowUpCorrection correction, Guid actor, CancellationToken ct)
    {
        if (correction.OldWarning || !followUp.Warning || await db.RiskCards.AnyAsync(c => c.FollowUpId == followUp.Id, ct))
        {
            return;
        }
        var manager = (await organisation.ManagerOfAsync(followUp.OwnerId, ct))?.Id;
        var name = (await db.Customers.FindAsync([followUp.CustomerId], ct))?.Name ?? "";
        await risks.RaiseAsync(followUp, manager, name, actor, ct);
    }

    /// <summary>Whether corrections of this person's records need a reason (they are in trace mode).</summary>
    private async Task<IReadOnlyList<Guid>> TracedAsync(IReadOnlyList<Guid> people, CancellationToken ct)
    {
        var ids = people.Distinct().ToList();
        return await db.TraceModes.Where(t => t.On && ids.Contains(t.UserId)).Select(t => t.UserId).ToListAsync(ct);
    }

    /// <summary>Each traced person's supervisor learns of the correction (not when the supervisor made it).</summary>
    private async Task NotifySupervisorsAsync(
        IReadOnlyList<Guid> traced, FollowUp followUp, FollowUpCorrection correction, Guid actor, CancellationToken ct)
    {
        var notified = new HashSet<Guid>();
        foreach (var person in traced)
        {
            if (await organisation.ManagerOfAsync(person, ct) is not { } manager || manager.Id == actor || !notified.Add(manager.Id))
            {
                continue;
            }
            var name = (await organisation.FindUserAsync(person, ct))?.DisplayName ?? "—";
            notifier.ToUser(manager.Id, "Notify_TracedCorrection", Links.FollowUpCorrection(followUp.Id), actor,
                name, correction.Reason ?? "");
        }
    }
}

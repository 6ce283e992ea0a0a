using Microsoft.EntityFrameworkCore;
using NodaTime;
using SalesSuite.Leads.Data;
using SalesSuite.Leads.Domain;
using SalesSuite.SharedKernel.Application;
using SalesSuite.SharedKernel.Domain;
using SalesSuite.SharedKernel.Events;
using SalesSuite.SharedKernel.Identity;

namespace SalesSuite.Leads.Application.Visits;

/// <summary>
/// Visit supervision: a manager above the owner confirms a visit; unconfirmed visits go one level up the owner's reporting
/// line every <see cref="VisitSettings.ConfirmHours"/> (background work); managers acknowledge and close risk cards;
/// the director sets the visit rules.
/// </summary>
internal sealed class VisitCommands(
    LeadsDbContext db,
    RecordAccess access,
    UnitOfWork<LeadsDbContext> uow,
    ModuleSettings<LeadsDbContext, VisitSettings> settings,
    Notifier<LeadsDbContext> notifier,
    IOrganisation organisation,
    IClock clock)
{
    /// <summary>Levels walked up the line at most (a loop in the organisation must not hang the work).</summary>
    public const int MaxLevels = 10;

    /// <summary>
    /// Confirms a visit. Not visible → 404; the owner or a non-manager → 403; confirmed already or changed since the list
    /// showed <paramref name="version"/> → 409.
    /// </summary>
    public async Task ConfirmAsync(Guid id, int version, CancellationToken ct)
    {
        var followUp = await db.FollowUps.FirstOrDefaultAsync(f => f.Id == id, ct);
        if (followUp is null || !await access.CanSeeAsync(followUp.OwnerId, ct))
        {
            throw new KeyNotFoundException();
        }
        Supervises(followUp.OwnerId);
        ConflictRefusal.ThrowIfAlready(followUp.ConfirmedAt is not null, "Visit_AlreadyConfirmed");
        StaleEditException.ThrowIfChanged(version, followUp.Version);
        db.Entry(followUp).Property(f => f.Version).OriginalValue = version;
        followUp.Confirm(access.UserId, clock.GetCurrentInstant());
        await uow.CommitAsync("FollowUp.Confirm", ct);
    }

    /// <summary>Moves every visit left unconfirmed too long one level up its owner's line; returns how many moved.</summary>
    public async Task<int> EscalateUnconfirmedAsync(CancellationToken ct)
    {
        var after = (await settings.ReadAsync(ct)).ConfirmWithin;
        var now = clock.GetCurrentInstant();
        var oldest = now - after;
        var waiting = await db.FollowUps.Where(f => f.AwaitsConfirmation && f.ConfirmedAt == null && f.At <= oldest).ToListAsync(ct);
        var moved = 0;
        foreach (var followUp in waiting.Where(f => ConfirmationLadder.EscalationDue(f.At, f.ConfirmLevel, now, after)))
        {
            var line = await LineAsync(followUp.OwnerId, followUp.ConfirmLevel + 2, ct);
            if (ConfirmationLadder.NextUp(line, followUp.ConfirmLevel) is not { } next)
            {
                continue;
            }
            followUp.EscalateConfirmation(next);
            moved++;
            var owner = (await organisation.FindUserAsync(followUp.OwnerId, ct))?.DisplayName ?? "—";
            var customer = await db.Customers.Where(c => c.Id == followUp.CustomerId).Select(c => c.Name).FirstOrDefaultAsync(ct) ?? "—";
            notifier.ToUser(next, "Notify_VisitEscalated", Links.Visits, null, owner, customer,
                ((int)after.TotalHours * followUp.ConfirmLevel).ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
        if (moved > 0)
        {
            await uow.CommitAsync("FollowUp.ConfirmationEscalated", ct);
        }
        return moved;
    }

    public async Task AcknowledgeRiskAsync(Guid id, int version, string? note, CancellationToken ct)
    {
        var card = await VisibleCardAsync(id, version, ct);
        card.Acknowledge(access.UserId, clock.GetCurrentInstant(), note);
        await uow.CommitAsync("RiskCard.Acknowledge", ct);
    }

    public async Task CloseRiskAsync(Guid id, int version, string? note, CancellationToken ct)
    {
        var card = await VisibleCardAsync(id, version, ct);
        var now = clock.GetCurrentInstant();
        card.Close(access.UserId, now, note);
        db.AddTimeline(card.CustomerId, "Timeline_RiskClosed", access.UserId, now, card.Note ?? "");
        await uow.CommitAsync("RiskCard.Close", ct);
    }

    /// <summary>The director's visit rules (stale form → 409; out of range → 422).</summary>
    public async Task SaveSettingsAsync(int version, int confirmHours, bool notifyDeliveryManager, CancellationToken ct)
    {
        var row = await settings.ForChangeAsync(ct);
        StaleEditException.ThrowIfChanged(version, row.Version);
        row.Change(confirmHours, notifyDeliveryManager);
        await uow.CommitAsync("VisitSettings.Change", ct);
    }

    private async Task<RiskCard> VisibleCardAsync(Guid id, int version, CancellationToken ct)
    {
        var card = await db.RiskCards.FirstOrDefaultAsync(c => c.Id == id, ct);
        if (card is null || !await access.CanSeeAsync(card.OwnerId, ct))
        {
            throw new KeyNotFoundException();
        }
        Supervises(card.OwnerId);
        ConflictRefusal.ThrowIfAlready(!card.IsOpen, "Risk_AlreadyHandled");
        StaleEditException.ThrowIfChanged(version, card.Version);
        db.Entry(card).Property(c => c.Version).OriginalValue = version;
        return card;
    }

    /// <summary>Only a manager who sees the owner, and never the owner: a salesperson does not confirm their own visit.</summary>
    private void Supervises(Guid ownerId)
    {
        if (!access.IsManager || ownerId == access.UserId)
        {
            throw new UnauthorizedAccessException();
        }
    }

    /// <summary>The owner's line upwards: [0] the manager, [1] the manager's manager ... (at most <paramref name="levels"/>).</summary>
    private async Task<IReadOnlyList<Guid>> LineAsync(Guid ownerId, int levels, CancellationToken ct) =>
        (await organisation.AboveAsync(ownerId, Math.Min(levels, MaxLevels), ct)).Select(u => u.Id).ToList();
}

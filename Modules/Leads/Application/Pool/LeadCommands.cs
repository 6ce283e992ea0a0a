using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using SalesSuite.Leads.Contracts;
using SalesSuite.Leads.Data;
using SalesSuite.Leads.Domain;
using SalesSuite.Leads.Domain.Specifications;
using SalesSuite.SharedKernel.Application;
using SalesSuite.SharedKernel.Events;
using SalesSuite.SharedKernel.OperationLog;
using SalesSuite.SharedKernel.Specification;

namespace SalesSuite.Leads.Application.Pool;

/// <summary>
/// A lead's way through the pool: claim, release by hand, release when the claim window passed. Releasing is one
/// rule (<see cref="Lead.ReleaseToPool"/>) and one path (<see cref="Release"/>) for the page and the background work;
/// after each release's commit this host's <see cref="ClaimFlights"/> forgets the lead, so it can be claimed at once.
/// </summary>
internal sealed class LeadCommands(
    LeadsDbContext db,
    UnitOfWork<LeadsDbContext> uow,
    ModuleSettings<LeadsDbContext, LeadsSettings> settings,
    Notifier<LeadsDbContext> notifier,
    RecordAccess access,
    ClaimFlights flights,
    IClock clock)
{
    /// <summary>
    /// A conditional UPDATE ... WHERE Status = Pool with the values of <see cref="ClaimTerms"/>: of any number of
    /// simultaneous claims exactly one changes a row, on any number of hosts; the event and the log entry commit in the
    /// same transaction. A lead already taken is refused by one read, without a write transaction. The pool page claims
    /// through <see cref="ClaimFlights"/>, so simultaneous claims of one lead on a host reach this once.
    /// </summary>
    public async Task<ClaimOutcome> ClaimAsync(Guid leadId, Guid userId, CancellationToken ct) =>
        await InPoolAsync(leadId, ct) ? await ClaimInPoolAsync(leadId, userId, ct) : ClaimOutcome.AlreadyTaken;

    private Task<bool> InPoolAsync(Guid leadId, CancellationToken ct) =>
        db.Leads.AsNoTracking().AnyAsync(l => l.Id == leadId && l.Status == LeadStatus.Pool, ct);

    private async Task<ClaimOutcome> ClaimInPoolAsync(Guid leadId, Guid userId, CancellationToken ct)
    {
        // The limit is counted inside the write transaction, so two simultaneous claims by one person cannot both pass it.
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var rules = await settings.ReadAsync(ct);
        if (!rules.AllowsAnotherClaim(await db.Leads.WithSpecification(new OpenClaimsOfSpec(userId)).CountAsync(ct)))
        {
            return ClaimOutcome.LimitReached;
        }
        var terms = ClaimTerms.For(userId, clock.GetCurrentInstant(), rules.ClaimWindow);
        var changed = await db.Leads
            .Where(l => l.Id == leadId && l.Status == LeadStatus.Pool)
            .ExecuteUpdateAsync(s => s
                .SetProperty(l => l.Status, terms.Status)
                .SetProperty(l => l.OwnerId, terms.OwnerId)
                .SetProperty(l => l.ClaimedAt, terms.ClaimedAt)
                .SetProperty(l => l.ReleaseDeadline, terms.ReleaseDeadline)
                .SetProperty(l => l.QualifiedAt, (Instant?)null)
                .SetProperty(l => l.Version, l => l.Version + 1), ct);
        if (changed == 0)
        {
            return ClaimOutcome.AlreadyTaken;
        }
        // ExecuteUpdate bypasses the change tracker, so the operation-log row is written here.
        FieldChange[] changes =
        [
            new(nameof(Lead.Status), nameof(LeadStatus.Pool), terms.Status.ToString()),
            new(nameof(Lead.OwnerId), null, userId.ToString()),
        ];
        db.OperationLog.Add(new OperationLogEntry(
            Guid.NewGuid(), userId, "Lead.Claim", nameof(Lead), leadId.ToString(), terms.ClaimedAt, JsonSerializer.Serialize(changes)));
        db.Publish(new LeadClaimed(
            EventId: Guid.NewGuid(), OccurredAt: terms.ClaimedAt, ActorUserId: userId, LeadId: leadId, UserId: userId,
            ReleaseDeadline: terms.ReleaseDeadline));
        var linked = await db.Leads.Where(l => l.Id == leadId).Select(l => new { l.CustomerId, l.Company }).SingleAsync(ct);
        if (linked.CustomerId is { } customerId)
        {
            db.AddTimeline(customerId, "Timeline_LeadClaimed", userId, terms.ClaimedAt, linked.Company);
        }
        // Nor does the change tracker see the claimed lead: the pool's live stamp is touched here, in the same transaction.
        BoardChanges.Touch(db, BoardStamp.Pool);
        await uow.CommitAsync("Lead.Claim", ct);
        await tx.CommitAsync(ct);
        return ClaimOutcome.Claimed;
    }

    /// <summary>
    /// The owner (or a manager who sees it) hands a claimed lead back to the pool. Returns its company. Already back in
    /// the pool (the auto-release tick came first) → <see cref="ConflictRefusal"/>, not a 404.
    /// </summary>
    public async Task<string> ReleaseAsync(Guid leadId, CancellationToken ct)
    {
        var lead = await db.Leads.FirstOrDefaultAsync(l => l.Id == leadId, ct) ?? throw new KeyNotFoundException();
        ConflictRefusal.ThrowIfAlready(lead.Status == LeadStatus.Pool, "Lead_AlreadyReleased", lead.Company);
        if (!await access.CanSeeAsync(lead.OwnerId, ct))
        {
            throw new KeyNotFoundException();
        }
        Release(lead, LeadReleaseReason.Manual, access.UserId, clock.GetCurrentInstant());
        await uow.CommitAsync("Lead.Release", ct);
        flights.Forget(leadId);
        return lead.Company;
    }

    /// <summary>Auto-release works through expired claims this many at a time, one transaction each.</summary>
    public const int ReleaseBatch = 500;

    /// <summary>
    /// Background: every claim whose window passed without a follow-up goes back to the pool, in batches of
    /// <see cref="ReleaseBatch"/> (a backlog after downtime is not one transaction holding every lead, event and row in memory).
    /// </summary>
    public async Task<int> ReleaseExpiredAsync(CancellationToken ct)
    {
        var now = clock.GetCurrentInstant();
        var released = 0;
        while (true)
        {
            var due = await db.Leads.WithSpecification(new ReleaseDueSpec(now)).Take(ReleaseBatch).ToListAsync(ct);
            if (due.Count == 0)
            {
                return released;
            }
            foreach (var lead in due)
            {
                Release(lead, LeadReleaseReason.Timeout, actor: null, now);
            }
            await uow.CommitAsync("Lead.AutoRelease", ct);
            // After the commit: a claim in between reads the lead still claimed and settles it again.
            due.ForEach(lead => flights.Forget(lead.Id));
            db.ChangeTracker.Clear();
            released += due.Count;
            if (due.Count < ReleaseBatch)
            {
                return released;
            }
        }
    }

    private void Release(Lead lead, LeadReleaseReason reason, Guid? actor, Instant now)
    {
        var owner = lead.ReleaseToPool();
        db.Publish(new LeadReleased(
            EventId: Guid.NewGuid(), OccurredAt: now, ActorUserId: actor, LeadId: lead.Id, UserId: owner, Reason: reason));
        var timeline = reason == LeadReleaseReason.Manual ? "Timeline_LeadReleasedManually" : "Timeline_LeadReleased";
        if (lead.CustomerId is { } customerId)
        {
            db.AddTimeline(customerId, timeline, actor, now, lead.Company);
        }
        if (reason == LeadReleaseReason.Timeout)
        {
            notifier.ToUser(owner, "Notify_LeadReleased", Links.Pool, actor, lead.Company);
        }
    }
}

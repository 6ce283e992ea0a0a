using Microsoft.EntityFrameworkCore;
using NodaTime;
using SalesSuite.Leads.Contracts;
using SalesSuite.Leads.Data;
using SalesSuite.Leads.Domain;
using SalesSuite.Leads.Domain.Specifications;
using SalesSuite.SharedKernel.Application;
using SalesSuite.SharedKernel.Domain;
using SalesSuite.SharedKernel.Events;
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
    /// The claim: the lead is read once, outside the write transaction (a lead already taken is refused without one); then
    /// <see cref="ClaimReadAsync"/> claims it. The pool page claims through <see cref="ClaimFlights"/>, so simultaneous
    /// claims of one lead on a host reach this once.
    /// </summary>
    public async Task<ClaimOutcome> ClaimAsync(Guid leadId, Guid userId, CancellationToken ct) =>
        await LeadById(db, leadId, ct) is { Status: LeadStatus.Pool } lead
            ? await ClaimReadAsync(lead, userId, ct)
            : ClaimOutcome.AlreadyTaken;

    /// <summary>The lead, tracked (a compiled query: the claim is the pool's hottest write).</summary>
    private static readonly Func<LeadsDbContext, Guid, CancellationToken, Task<Lead?>> LeadById = EF.CompileAsyncQuery(
        (LeadsDbContext db, Guid id, CancellationToken ct) => db.Leads.FirstOrDefault(l => l.Id == id));

    /// <summary>
    /// Claims a pool lead read by this context: in one transaction, counts the claimant's open claims against the limit
    /// and saves <see cref="Lead.ClaimBy"/> with its event, log entry (the audit interceptor) and timeline entry. The
    /// save's UPDATE carries the version read (a concurrency token): of any number of simultaneous claims, on any number
    /// of hosts, exactly one changes the row. The others find the version moved on and are refused as taken, as is a lead
    /// edited since the read (the refusal refreshes the board, which shows the lead as it is now).
    /// </summary>
    internal async Task<ClaimOutcome> ClaimReadAsync(Lead lead, Guid userId, CancellationToken ct)
    {
        // The limit is counted inside the write transaction, so two simultaneous claims by one person cannot both pass it.
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var rules = await settings.ReadAsync(ct);
        if (!rules.AllowsAnotherClaim(await db.Leads.WithSpecification(new OpenClaimsOfSpec(userId)).CountAsync(ct)))
        {
            return ClaimOutcome.LimitReached;
        }
        var now = clock.GetCurrentInstant();
        lead.ClaimBy(userId, now, rules.ClaimWindow);
        db.Publish(new LeadClaimed(
            EventId: Guid.NewGuid(), OccurredAt: now, ActorUserId: userId, LeadId: lead.Id, UserId: userId,
            ReleaseDeadline: lead.ReleaseDeadline!.Value));
        if (lead.CustomerId is { } customerId)
        {
            db.AddTimeline(customerId, "Timeline_LeadClaimed", userId, now, lead.Company);
        }
        try
        {
            await uow.CommitAsync("Lead.Claim", ct);
        }
        catch (StaleEditException)
        {
            return ClaimOutcome.AlreadyTaken;
        }
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

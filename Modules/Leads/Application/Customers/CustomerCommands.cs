using Microsoft.EntityFrameworkCore;
using NodaTime;
using SalesSuite.Leads.Contracts;
using SalesSuite.Leads.Data;
using SalesSuite.SharedKernel.Application;
using SalesSuite.SharedKernel.Domain;
using SalesSuite.SharedKernel.Events;

namespace SalesSuite.Leads.Application.Customers;

/// <summary>Customer use cases of managers: merge a duplicate into the customer that stays.</summary>
internal sealed class CustomerCommands(LeadsDbContext db, RecordAccess access, UnitOfWork<LeadsDbContext> uow, IClock clock)
{
    /// <summary>
    /// Moves everything of the customer with <paramref name="mergeCode"/> to <paramref name="survivorId"/>; the merged
    /// row stays, pointing at the survivor. Managers only; both customers must be visible.
    /// </summary>
    public async Task<CustomerMerged> MergeAsync(Guid survivorId, string? mergeCode, CancellationToken ct)
    {
        if (!access.IsManager)
        {
            throw new UnauthorizedAccessException();
        }
        var code = (mergeCode ?? "").Trim();
        var survivor = await db.Customers.FirstOrDefaultAsync(c => c.Id == survivorId && c.MergedIntoId == null, ct);
        if (survivor is null || !await access.CanSeeAsync(survivor.OwnerId, ct))
        {
            throw new KeyNotFoundException();
        }
        var merged = await db.Customers.FirstOrDefaultAsync(c => c.Code == code && c.MergedIntoId == null && c.Id != survivorId, ct);
        if (merged is null || !await access.CanSeeAsync(merged.OwnerId, ct))
        {
            throw new DomainException("Merge_NotFound", mergeCode ?? "");
        }
        merged.MergeInto(survivor);
        await MoveHistoryAsync(merged.Id, survivor.Id, ct);
        var now = clock.GetCurrentInstant();
        var actor = access.UserId;
        db.AddTimeline(survivor.Id, "Timeline_CustomersMerged", actor, now, merged.Code, survivor.Code);
        db.Publish(new CustomersMerged(
            EventId: Guid.NewGuid(), OccurredAt: now, ActorUserId: actor, SurvivorCustomerId: survivor.Id,
            MergedCustomerId: merged.Id, SurvivorCode: survivor.Code, MergedCode: merged.Code));
        await uow.CommitAsync("Customer.Merge", ct);
        return new CustomerMerged(merged.Code, survivor.Code);
    }

    /// <summary>Deals, follow-ups, actions, leads, timeline, stage history and stage tasks of the duplicate now belong to the survivor.</summary>
    private async Task MoveHistoryAsync(Guid from, Guid to, CancellationToken ct)
    {
        foreach (var deal in await db.Deals.Where(d => d.CustomerId == from).ToListAsync(ct))
        {
            db.Entry(deal).Property(d => d.CustomerId).CurrentValue = to;
        }
        foreach (var f in await db.FollowUps.Where(d => d.CustomerId == from).ToListAsync(ct))
        {
            db.Entry(f).Property(d => d.CustomerId).CurrentValue = to;
        }
        foreach (var a in await db.NextActions.Where(d => d.CustomerId == from).ToListAsync(ct))
        {
            db.Entry(a).Property(d => d.CustomerId).CurrentValue = to;
        }
        foreach (var l in await db.Leads.Where(d => d.CustomerId == from).ToListAsync(ct))
        {
            l.LinkCustomer(to);
        }
        foreach (var t in await db.Timeline.Where(d => d.CustomerId == from).ToListAsync(ct))
        {
            t.MoveTo(to);
        }
        foreach (var s in await db.DealStageChanges.Where(d => d.CustomerId == from).ToListAsync(ct))
        {
            db.Entry(s).Property(d => d.CustomerId).CurrentValue = to;
        }
        foreach (var task in await db.StageTasks.Where(d => d.CustomerId == from).ToListAsync(ct))
        {
            db.Entry(task).Property(d => d.CustomerId).CurrentValue = to;
        }
    }
}

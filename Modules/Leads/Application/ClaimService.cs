using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using SalesSuite.Leads.Contracts;
using SalesSuite.Leads.Data;
using SalesSuite.Leads.Domain;
using SalesSuite.SharedKernel.Events;
using SalesSuite.SharedKernel.OperationLog;

namespace SalesSuite.Leads.Application;

/// <summary>
/// Claiming is a conditional UPDATE ... WHERE Status = Pool: of any number of simultaneous claims exactly one
/// changes a row; the event and the log entry commit in the same transaction as that update.
/// </summary>
internal sealed class ClaimService(LeadsDbContext db, IClock clock)
{
    public async Task<ClaimOutcome> ClaimAsync(Guid leadId, Guid userId, CancellationToken ct)
    {
        // The limit is counted inside the write transaction, so two simultaneous claims by one person cannot both pass it.
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var settings = await db.SettingsAsync(ct);
        var open = await db.Leads.CountAsync(l => l.OwnerId == userId && l.Status == LeadStatus.Claimed, ct);
        if (open >= settings.MaxOpenClaims)
        {
            return ClaimOutcome.LimitReached;
        }
        var now = clock.GetCurrentInstant();
        var deadline = Lead.DeadlineFor(now, settings.ClaimWindow);
        var changed = await db.Leads
            .Where(l => l.Id == leadId && l.Status == LeadStatus.Pool)
            .ExecuteUpdateAsync(s => s
                .SetProperty(l => l.Status, LeadStatus.Claimed)
                .SetProperty(l => l.OwnerId, userId)
                .SetProperty(l => l.ClaimedAt, now)
                .SetProperty(l => l.ReleaseDeadline, deadline)
                .SetProperty(l => l.QualifiedAt, (Instant?)null)
                .SetProperty(l => l.Version, l => l.Version + 1), ct);
        if (changed == 0)
        {
            return ClaimOutcome.AlreadyTaken;
        }
        // ExecuteUpdate bypasses the change tracker, so the operation-log row is written here.
        db.OperationLog.Add(new OperationLogEntry(Guid.NewGuid(), userId, "Lead.Claim", nameof(Lead), leadId.ToString(), now,
            JsonSerializer.Serialize(new[] { new FieldChange(nameof(Lead.Status), nameof(LeadStatus.Pool), nameof(LeadStatus.Claimed)), new FieldChange(nameof(Lead.OwnerId), null, userId.ToString()) })));
        db.Publish(new LeadClaimed(Guid.NewGuid(), now, userId, leadId, userId, deadline));
        var linked = await db.Leads.Where(l => l.Id == leadId).Select(l => new { l.CustomerId, l.Company }).SingleAsync(ct);
        if (linked.CustomerId is { } customerId)
        {
            db.AddTimeline(customerId, "Timeline_LeadClaimed", userId, now, linked.Company);
        }
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return ClaimOutcome.Claimed;
    }
}

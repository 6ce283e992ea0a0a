using Microsoft.EntityFrameworkCore;
using SalesSuite.Collections.Data;
using SalesSuite.Collections.Domain;
using SalesSuite.SharedKernel.OperationLog;

namespace SalesSuite.Collections.Application.Contracts;

/// <summary>
/// A contract's or a milestone's history from the kernel operation log, newest first. The callers have checked that the
/// reader may see the record; ids and creation stamps are left out (they repeat the row itself).
/// </summary>
internal sealed class HistoryQueries(CollectionsDbContext db)
{
    public const int MaxEntries = 200;

    private static readonly HashSet<string> Hidden =
        ["Id", nameof(Receivable.ContractId), nameof(Receivable.CustomerId), nameof(Receivable.DealId), nameof(Contract.QuoteId),
         nameof(Receivable.CreatedAt), nameof(ScheduleChange.ChangedAt), nameof(ScheduleChange.ChangedBy)];

    /// <summary>The contract itself (by number), its milestones and its schedule changes.</summary>
    public async Task<IReadOnlyList<HistoryEntry>> ForContractAsync(Contract contract, CancellationToken ct)
    {
        var milestones = contract.Milestones.Select(m => m.Id.ToString()).ToList();
        var key = contract.Id.ToString();
        return Shown(await db.OperationLog.AsNoTracking()
            .Where(x => (x.EntityType == nameof(Contract) && x.EntityId == contract.Number)
                || (x.EntityType == nameof(Receivable) && milestones.Contains(x.EntityId))
                || (x.EntityType == nameof(ScheduleChange) && x.EntityId == key))
            .OrderByDescending(x => x.At).Take(MaxEntries).ToListAsync(ct));
    }

    public async Task<IReadOnlyList<HistoryEntry>> ForMilestoneAsync(Guid id, CancellationToken ct)
    {
        var key = id.ToString();
        return Shown(await db.OperationLog.AsNoTracking()
            .Where(x => x.EntityType == nameof(Receivable) && x.EntityId == key)
            .OrderByDescending(x => x.At).Take(MaxEntries).ToListAsync(ct));
    }

    private static List<HistoryEntry> Shown(IEnumerable<OperationLogEntry> entries) =>
        entries.Select(e => new HistoryEntry(
            e.At, e.ActorUserId, e.Operation, e.EntityType, e.ReadChanges().Where(c => !Hidden.Contains(c.Field)).ToList())).ToList();
}

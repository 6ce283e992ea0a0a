using Microsoft.EntityFrameworkCore;
using NodaTime;
using SalesSuite.Leads.Contracts;
using SalesSuite.Quotes.Data;
using SalesSuite.SharedKernel.Events;
using SalesSuite.SharedKernel.Persistence;

namespace SalesSuite.Quotes.IntegrationEventHandlers;

/// <summary>Handed-over deals move to their new owner, and so do those deals' quotes.</summary>
internal sealed class OwnershipHandedOverHandler(QuotesDbContext db, IClock clock)
    : IdempotentHandler<OwnershipHandedOver, QuotesDbContext>(db, clock)
{
    protected override async Task ApplyAsync(OwnershipHandedOver e, CancellationToken ct)
    {
        foreach (var transfer in e.Transfers.Where(t => t.RecordType == "Deal"))
        {
            var ids = transfer.RecordIds.ToList();
            var deals = await Db.Deals.Where(d => ids.Contains(d.DealId)).ToListAsync(ct);
            // A deal that has since changed hands again (a newer event already applied) keeps its newer owner.
            var moved = deals.Where(d => d.Accepts(transfer.SequenceOf(d.DealId))).ToList();
            moved.ForEach(d => d.OwnerId = transfer.ToUserId);
            var skipped = deals.Except(moved).Select(d => d.DealId).ToList();
            // The version moves too: open edit forms become stale and cached customer pages show the new salesperson.
            await Db.Quotes.Where(q => ids.Contains(q.DealId) && !skipped.Contains(q.DealId))
                .ExecuteUpdateAsync(s => s.SetProperty(q => q.OwnerId, transfer.ToUserId).SetProperty(q => q.Version, q => q.Version + 1), ct);
        }
        // The bulk update bypasses the change tracker: stamp the quotes ourselves (saved with the inbox record).
        ChangeStamps.Touch(Db, QuoteChanges.Quotes);
    }
}

using Microsoft.EntityFrameworkCore;
using NodaTime;
using SalesSuite.Leads.Contracts;
using SalesSuite.Quotes.Data;
using SalesSuite.SharedKernel.Events;

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
            foreach (var deal in await Db.Deals.Where(d => ids.Contains(d.DealId)).ToListAsync(ct))
            {
                deal.OwnerId = transfer.ToUserId;
            }
            await Db.Quotes.Where(q => ids.Contains(q.DealId)).ExecuteUpdateAsync(s => s.SetProperty(q => q.OwnerId, transfer.ToUserId), ct);
        }
    }
}

using Microsoft.EntityFrameworkCore;
using NodaTime;
using SalesSuite.Leads.Contracts;
using SalesSuite.Quotes.Data;
using SalesSuite.SharedKernel.Events;

namespace SalesSuite.Quotes.IntegrationEventHandlers;

internal sealed class DealStageChangedHandler(QuotesDbContext db, IClock clock) : IdempotentHandler<DealStageChanged, QuotesDbContext>(db, clock)
{
    protected override async Task ApplyAsync(DealStageChanged e, CancellationToken ct)
    {
        if (await Db.Deals.FirstOrDefaultAsync(d => d.DealId == e.DealId, ct) is { } deal && deal.Accepts(e.Sequence))
        {
            deal.Stage = e.ToStage;
            deal.OwnerId = e.OwnerId;
        }
    }
}

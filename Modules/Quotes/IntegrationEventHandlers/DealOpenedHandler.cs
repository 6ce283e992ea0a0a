using Microsoft.EntityFrameworkCore;
using NodaTime;
using SalesSuite.Leads.Contracts;
using SalesSuite.Quotes.Data;
using SalesSuite.Quotes.Domain;
using SalesSuite.SharedKernel.Events;

namespace SalesSuite.Quotes.IntegrationEventHandlers;

internal sealed class DealOpenedHandler(QuotesDbContext db, IClock clock) : IdempotentHandler<DealOpened, QuotesDbContext>(db, clock)
{
    protected override async Task ApplyAsync(DealOpened e, CancellationToken ct)
    {
        if (await Db.Deals.AnyAsync(d => d.DealId == e.DealId, ct))
        {
            return;
        }
        var customerType = await Db.Customers.Where(c => c.CustomerId == e.CustomerId).Select(c => c.CustomerType).FirstOrDefaultAsync(ct);
        var deal = new QuotableDeal(e.DealId, e.CustomerId, e.CustomerCode, e.CustomerName, e.OwnerId, e.Title, e.CanQuote, null)
        {
            Stage = e.StageCode,
            CustomerType = customerType,
        };
        deal.Accepts(e.Sequence);
        Db.Deals.Add(deal);
    }
}

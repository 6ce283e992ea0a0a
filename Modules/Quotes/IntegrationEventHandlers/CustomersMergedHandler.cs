using Microsoft.EntityFrameworkCore;
using NodaTime;
using SalesSuite.Leads.Contracts;
using SalesSuite.Quotes.Data;
using SalesSuite.SharedKernel.Events;

namespace SalesSuite.Quotes.IntegrationEventHandlers;

/// <summary>Deals of the merged customer now belong to the survivor (quotes keep their printed customer).</summary>
internal sealed class CustomersMergedHandler(QuotesDbContext db, IClock clock) : IdempotentHandler<CustomersMerged, QuotesDbContext>(db, clock)
{
    protected override async Task ApplyAsync(CustomersMerged e, CancellationToken ct)
    {
        var survivor = await Db.Customers.FirstOrDefaultAsync(c => c.CustomerId == e.SurvivorCustomerId, ct);
        if (await Db.Customers.FirstOrDefaultAsync(c => c.CustomerId == e.MergedCustomerId, ct) is { } merged)
        {
            merged.MergedInto = e.SurvivorCustomerId;
        }
        foreach (var deal in await Db.Deals.Where(d => d.CustomerId == e.MergedCustomerId).ToListAsync(ct))
        {
            deal.CustomerId = e.SurvivorCustomerId;
            deal.CustomerCode = e.SurvivorCode;
            deal.CustomerName = survivor?.Name ?? deal.CustomerName;
        }
    }
}

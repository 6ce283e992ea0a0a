using Microsoft.EntityFrameworkCore;
using NodaTime;
using SalesSuite.Leads.Contracts;
using SalesSuite.Quotes.Data;
using SalesSuite.Quotes.Domain;
using SalesSuite.SharedKernel.Events;

namespace SalesSuite.Quotes.IntegrationEventHandlers;

internal sealed class CustomerRegisteredHandler(QuotesDbContext db, IClock clock) : IdempotentHandler<CustomerRegistered, QuotesDbContext>(db, clock)
{
    protected override async Task ApplyAsync(CustomerRegistered e, CancellationToken ct)
    {
        var customer = await Db.Customers.FirstOrDefaultAsync(c => c.CustomerId == e.CustomerId, ct);
        if (customer is null)
        {
            Db.Customers.Add(new QuoteCustomer(e.CustomerId, e.Code, e.Name, e.CustomerType));
        }
        else
        {
            customer.Code = e.Code;
            customer.Name = e.Name;
            customer.CustomerType = e.CustomerType;
        }
        foreach (var deal in await Db.Deals.Where(d => d.CustomerId == e.CustomerId).ToListAsync(ct))
        {
            deal.CustomerCode = e.Code;
            deal.CustomerName = e.Name;
            deal.CustomerType = e.CustomerType;
        }
    }
}

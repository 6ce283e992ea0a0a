using Microsoft.EntityFrameworkCore;
using NodaTime;
using SalesSuite.Leads.Contracts;
using SalesSuite.Quotes.Data;
using SalesSuite.Quotes.Domain;
using SalesSuite.SharedKernel.Events;

namespace SalesSuite.Quotes.IntegrationEventHandlers;

/// <summary>
/// A customer's type changed in Leads (the director's configurable list): the read model and the customer's deals take
/// it, so a quote drafted afterwards carries it and its clause suggestion (<see cref="ClauseTemplates"/>) follows.
/// Quotes already drafted keep the type they were made with.
/// </summary>
internal sealed class CustomerProfileChangedHandler(QuotesDbContext db, IClock clock)
    : IdempotentHandler<CustomerProfileChanged, QuotesDbContext>(db, clock)
{
    protected override async Task ApplyAsync(CustomerProfileChanged e, CancellationToken ct)
    {
        var customer = await Db.Customers.FirstOrDefaultAsync(c => c.CustomerId == e.CustomerId, ct);
        if (customer is null)
        {
            // Registered later (the events may arrive in any order): CustomerRegistered carries the same type.
            Db.Customers.Add(new QuoteCustomer(e.CustomerId, "", "", e.CustomerType));
        }
        else
        {
            customer.CustomerType = e.CustomerType;
        }
        foreach (var deal in await Db.Deals.Where(d => d.CustomerId == e.CustomerId).ToListAsync(ct))
        {
            deal.CustomerType = e.CustomerType;
        }
    }
}

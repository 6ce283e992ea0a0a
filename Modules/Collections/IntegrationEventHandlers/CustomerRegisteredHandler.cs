using NodaTime;
using SalesSuite.Collections.Data;
using SalesSuite.Collections.Domain;
using SalesSuite.Leads.Contracts;
using SalesSuite.SharedKernel.Events;

namespace SalesSuite.Collections.IntegrationEventHandlers;

/// <summary>Keeps Collections' customer accounts (code, name, type, owner) in step with Leads.</summary>
internal sealed class CustomerRegisteredHandler(CollectionsDbContext db, IClock clock)
    : IdempotentHandler<CustomerRegistered, CollectionsDbContext>(db, clock)
{
    protected override async Task ApplyAsync(CustomerRegistered e, CancellationToken ct)
    {
        var account = await Db.Customers.FindAsync([e.CustomerId], ct);
        if (account is null)
        {
            Db.Customers.Add(new CustomerAccount(e.CustomerId, e.Code, e.Name, e.CustomerType, e.OwnerId));
        }
        else
        {
            account.Refresh(e.Code, e.Name, e.CustomerType, e.OwnerId);
        }
    }
}

using Microsoft.EntityFrameworkCore;
using NodaTime;
using SalesSuite.Collections.Application.Credit;
using SalesSuite.Collections.Data;
using SalesSuite.Leads.Contracts;
using SalesSuite.SharedKernel.Events;

namespace SalesSuite.Collections.IntegrationEventHandlers;

/// <summary>
/// Leads merged a duplicate customer into a survivor: the duplicate's account is marked merged and its contracts (with
/// their milestones) and payments move to the survivor, whose exposure now includes them.
/// </summary>
internal sealed class CustomersMergedHandler(CollectionsDbContext db, IClock clock, CreditExposureService exposure)
    : IdempotentHandler<CustomersMerged, CollectionsDbContext>(db, clock)
{
    protected override async Task ApplyAsync(CustomersMerged e, CancellationToken ct)
    {
        var ids = new[] { e.SurvivorCustomerId, e.MergedCustomerId };
        var contracts = await Db.Contracts.Include(c => c.Milestones).Where(c => ids.Contains(c.CustomerId)).ToListAsync(ct);
        contracts.Where(c => c.CustomerId == e.MergedCustomerId).ToList().ForEach(c => c.MoveToCustomer(e.SurvivorCustomerId));
        var payments = await Db.Payments.Where(p => p.CustomerId == e.MergedCustomerId).ToListAsync(ct);
        payments.ForEach(p => p.MoveToCustomer(e.SurvivorCustomerId));

        var survivor = await exposure.AccountAsync(e.SurvivorCustomerId, ct);
        if (survivor.Code.Length == 0)
        {
            survivor.Refresh(e.SurvivorCode, survivor.Name, survivor.CustomerType, survivor.OwnerId);
        }
        exposure.Apply(survivor, contracts, e.ActorUserId);
        if (await Db.Customers.FindAsync([e.MergedCustomerId], ct) is { } merged)
        {
            merged.MergeInto(e.SurvivorCustomerId);
            exposure.Apply(merged, [], e.ActorUserId);
        }
    }
}

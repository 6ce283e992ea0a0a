using Microsoft.EntityFrameworkCore;
using NodaTime;
using SalesSuite.Collections.Contracts;
using SalesSuite.Collections.Data;
using SalesSuite.Collections.Domain;
using SalesSuite.SharedKernel.Events;
using SalesSuite.SharedKernel.Money;

namespace SalesSuite.Collections.Application.Credit;

/// <summary>
/// Recomputes a customer's exposure (<see cref="CreditExposure"/>), keeps it on the customer account and publishes
/// <c>CreditExposureChanged</c> when the exposure or the limit changed. Called by the handlers of Collections' own
/// events and by the limit command, inside their unit of work: it only changes tracked entities and queues the event.
/// </summary>
internal sealed class CreditExposureService(CollectionsDbContext db, IClock clock)
{
    /// <summary>From the stored contracts of <paramref name="customerId"/>.</summary>
    public async Task RefreshAsync(Guid customerId, Guid? actor, bool limitChanged, CancellationToken ct)
    {
        var account = await AccountAsync(customerId, ct);
        var contracts = await db.Contracts.AsNoTracking().Include(c => c.Milestones)
            .Where(c => c.CustomerId == customerId).ToListAsync(ct);
        Apply(account, contracts, actor, limitChanged);
    }

    /// <summary>From <paramref name="contracts"/> as they are in memory (e.g. just moved to this customer, not saved yet).</summary>
    public void Apply(CustomerAccount account, IEnumerable<Contract> contracts, Guid? actor, bool limitChanged = false)
    {
        var now = clock.GetCurrentInstant();
        var exposureChanged = account.UpdateExposure(CreditExposure.Of(contracts, Money.DefaultCurrency), now);
        if (exposureChanged || limitChanged)
        {
            db.Publish(new CreditExposureChanged(
                EventId: Guid.NewGuid(),
                OccurredAt: now,
                ActorUserId: actor,
                CustomerId: account.CustomerId,
                Exposure: account.Exposure,
                Limit: account.CreditLimit,
                Currency: Money.DefaultCurrency));
        }
    }

    /// <summary>The customer's account; a placeholder (filled in by <c>CustomerRegistered</c>) when Leads' event has not arrived yet.</summary>
    public async Task<CustomerAccount> AccountAsync(Guid customerId, CancellationToken ct)
    {
        var account = await db.Customers.FindAsync([customerId], ct);
        if (account is null)
        {
            account = new CustomerAccount(customerId, string.Empty, string.Empty, null, null);
            db.Customers.Add(account);
        }
        return account;
    }
}

using Microsoft.EntityFrameworkCore;
using NodaTime;
using SalesSuite.Leads.Contracts;
using SalesSuite.Leads.Data;
using SalesSuite.Leads.Domain;
using SalesSuite.SharedKernel.Events;

namespace SalesSuite.Leads.Application;

/// <summary>Registers customers with unique codes, finds likely duplicates, merges duplicates keeping history.</summary>
internal sealed class CustomerRegistry(LeadsDbContext db, IClock clock)
{
    public async Task<IReadOnlyList<Customer>> FindDuplicatesAsync(LeadDetails details, CancellationToken ct)
    {
        var phone = DuplicateKeys.Phone(details.Phone);
        var name = DuplicateKeys.CompanyName(details.Company);
        var credit = string.IsNullOrWhiteSpace(details.CreditCode) ? null : DuplicateKeys.CreditCode(details.CreditCode);
        return await db.Customers
            .Where(c => c.MergedIntoId == null)
            .Where(c => (phone != "" && c.NormalizedPhone == phone) || (name != "" && c.NormalizedName == name) || (credit != null && c.CreditCode == credit))
            .OrderBy(c => c.Code)
            .Take(10)
            .ToListAsync(ct);
    }

    public async Task<Customer> RegisterAsync(LeadDetails details, Guid? ownerId, Guid? actor, CancellationToken ct)
    {
        var baseCode = CustomerCodes.Base(details.Phone, details.Source);
        var taken = await db.Customers.Where(c => c.Code.StartsWith(baseCode)).Select(c => c.Code).ToListAsync(ct);
        // Codes staged in this unit of work (e.g. a CSV import) are taken, too.
        taken.AddRange(db.ChangeTracker.Entries<Customer>().Select(e => e.Entity.Code));
        var now = clock.GetCurrentInstant();
        var customer = new Customer(Guid.NewGuid(), CustomerCodes.MakeUnique(baseCode, taken), details, ownerId, now);
        db.Customers.Add(customer);
        db.Publish(new CustomerRegistered(Guid.NewGuid(), now, actor, customer.Id, customer.Code, customer.Name, ownerId, customer.Industry, null));
        db.AddTimeline(customer.Id, "Timeline_CustomerRegistered", actor, now, customer.Code);
        return customer;
    }

    /// <summary>Moves everything of <paramref name="merged"/> to <paramref name="survivor"/>; the merged row stays, pointing at the survivor.</summary>
    public async Task MergeAsync(Customer survivor, Customer merged, Guid? actor, CancellationToken ct)
    {
        var now = clock.GetCurrentInstant();
        foreach (var deal in await db.Deals.Where(d => d.CustomerId == merged.Id).ToListAsync(ct))
        {
            db.Entry(deal).Property(d => d.CustomerId).CurrentValue = survivor.Id;
        }
        foreach (var f in await db.FollowUps.Where(d => d.CustomerId == merged.Id).ToListAsync(ct))
        {
            db.Entry(f).Property(d => d.CustomerId).CurrentValue = survivor.Id;
        }
        foreach (var a in await db.NextActions.Where(d => d.CustomerId == merged.Id).ToListAsync(ct))
        {
            db.Entry(a).Property(d => d.CustomerId).CurrentValue = survivor.Id;
        }
        foreach (var l in await db.Leads.Where(d => d.CustomerId == merged.Id).ToListAsync(ct))
        {
            l.LinkCustomer(survivor.Id);
        }
        foreach (var t in await db.Timeline.Where(d => d.CustomerId == merged.Id).ToListAsync(ct))
        {
            t.MoveTo(survivor.Id);
        }
        foreach (var s in await db.DealStageChanges.Where(d => d.CustomerId == merged.Id).ToListAsync(ct))
        {
            db.Entry(s).Property(d => d.CustomerId).CurrentValue = survivor.Id;
        }
        merged.MergeInto(survivor.Id);
        db.AddTimeline(survivor.Id, "Timeline_CustomersMerged", actor, now, merged.Code, survivor.Code);
        db.Publish(new CustomersMerged(Guid.NewGuid(), now, actor, survivor.Id, merged.Id, survivor.Code, merged.Code));
    }
}

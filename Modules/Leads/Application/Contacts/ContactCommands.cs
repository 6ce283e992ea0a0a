using Microsoft.EntityFrameworkCore;
using NodaTime;
using SalesSuite.Leads.Data;
using SalesSuite.Leads.Domain;
using SalesSuite.SharedKernel.Application;
using SalesSuite.SharedKernel.Domain;

namespace SalesSuite.Leads.Application.Contacts;

/// <summary>
/// Adds, changes and removes a customer's contacts: the owner or a manager who sees the customer (not visible → 404,
/// visible but not allowed → 403). Each change is in the operation log and adds a timeline line; making a contact the
/// primary one clears the flag on the others.
/// </summary>
internal sealed class ContactCommands(LeadsDbContext db, RecordAccess access, UnitOfWork<LeadsDbContext> uow, IClock clock)
{
    public async Task<Guid> AddAsync(Guid customerId, ContactInput input, CancellationToken ct)
    {
        var customer = await EditableAsync(customerId, ct);
        var now = clock.GetCurrentInstant();
        var contact = new CustomerContact(Guid.NewGuid(), customer.Id, input.Values, now);
        var others = await db.CustomerContacts.Where(c => c.CustomerId == customer.Id).ToListAsync(ct);
        // The first contact of a customer is its primary one.
        if (others.Count == 0 && !contact.IsPrimary)
        {
            contact.Change(input.Values with { IsPrimary = true });
        }
        Primary(contact, others);
        db.CustomerContacts.Add(contact);
        db.AddTimeline(customer.Id, "Cust_Timeline_ContactAdded", access.UserId, now, TimelineText.Argument(contact.Name));
        await uow.CommitAsync("Customer.AddContact", ct);
        return contact.Id;
    }

    public async Task EditAsync(Guid customerId, Guid contactId, ContactInput input, CancellationToken ct)
    {
        var (customer, contact, others) = await LoadAsync(customerId, contactId, input.Version, ct);
        contact.Change(input.Values);
        Primary(contact, others);
        db.AddTimeline(customer.Id, "Cust_Timeline_ContactChanged", access.UserId, clock.GetCurrentInstant(), TimelineText.Argument(contact.Name));
        await uow.CommitAsync("Customer.EditContact", ct);
    }

    public async Task RemoveAsync(Guid customerId, Guid contactId, int version, CancellationToken ct)
    {
        var (customer, contact, _) = await LoadAsync(customerId, contactId, version, ct);
        db.CustomerContacts.Remove(contact);
        db.AddTimeline(customer.Id, "Cust_Timeline_ContactRemoved", access.UserId, clock.GetCurrentInstant(), TimelineText.Argument(contact.Name));
        await uow.CommitAsync("Customer.RemoveContact", ct);
    }

    private static void Primary(CustomerContact contact, IEnumerable<CustomerContact> others)
    {
        if (!contact.IsPrimary)
        {
            return;
        }
        foreach (var other in others.Where(o => o.Id != contact.Id && o.IsPrimary))
        {
            other.NotPrimary();
        }
    }

    private async Task<(Customer, CustomerContact, List<CustomerContact>)> LoadAsync(
        Guid customerId, Guid contactId, int version, CancellationToken ct)
    {
        var customer = await EditableAsync(customerId, ct);
        var contacts = await db.CustomerContacts.Where(c => c.CustomerId == customer.Id).ToListAsync(ct);
        var contact = contacts.FirstOrDefault(c => c.Id == contactId) ?? throw new KeyNotFoundException();
        StaleEditException.ThrowIfChanged(version, contact.Version);
        db.Entry(contact).Property(c => c.Version).OriginalValue = version;
        return (customer, contact, contacts);
    }

    private async Task<Customer> EditableAsync(Guid customerId, CancellationToken ct)
    {
        var customer = await db.Customers.AsNoTracking().FirstOrDefaultAsync(c => c.Id == customerId && c.MergedIntoId == null, ct);
        if (customer is null || !await access.CanSeeAsync(customer.OwnerId, ct))
        {
            throw new KeyNotFoundException();
        }
        if (customer.OwnerId != access.UserId && !access.IsManager)
        {
            throw new UnauthorizedAccessException();
        }
        return customer;
    }
}

using Microsoft.EntityFrameworkCore;
using SalesSuite.Leads.Data;
using SalesSuite.SharedKernel.Application;

namespace SalesSuite.Leads.Application.Contacts;

/// <summary>The contacts of a customer the user may see.</summary>
internal sealed class ContactQueries(LeadsDbContext db, RecordAccess access)
{
    /// <summary>Null when the customer does not exist, was merged or is not visible (404).</summary>
    public async Task<ContactList?> ListAsync(Guid customerId, CancellationToken ct)
    {
        var customer = await db.Customers.AsNoTracking().FirstOrDefaultAsync(c => c.Id == customerId && c.MergedIntoId == null, ct);
        if (customer is null || !await access.CanSeeAsync(customer.OwnerId, ct))
        {
            return null;
        }
        var contacts = await db.CustomerContacts.AsNoTracking().Where(c => c.CustomerId == customerId).ToListAsync(ct);
        return new ContactList(
            customer, [.. contacts.OrderByDescending(c => c.IsPrimary).ThenBy(c => c.Role).ThenBy(c => c.Name, StringComparer.Ordinal)],
            customer.OwnerId == access.UserId || access.IsManager);
    }
}

using Microsoft.EntityFrameworkCore;
using SalesSuite.Leads.Data;
using SalesSuite.Leads.Domain;
using SalesSuite.SharedKernel.Application;
using SalesSuite.SharedKernel.Identity;

namespace SalesSuite.Leads.Application.Customers;

/// <summary>
/// Customers the user may see (filtered in the database), where a merged customer went, and a customer's files; the
/// customer page itself is <see cref="CustomerPageQueries"/>.
/// </summary>
internal sealed class CustomerQueries(LeadsDbContext db, RecordAccess access, CustomerProfileService profiles)
{
    /// <summary>Visible customers (not merged) with their grade, searchable by code, name or phone, filtered by grade.</summary>
    public async Task<IReadOnlyList<CustomerRow>> ListAsync(string? search, string? grade, int take, CancellationToken ct)
    {
        var customers = await VisibleAsync(search, grade, take, ct);
        var ids = customers.Select(c => c.Id).ToList();
        var grades = await db.CustomerGrades.AsNoTracking().Where(g => ids.Contains(g.CustomerId))
            .ToDictionaryAsync(g => g.CustomerId, g => g.Grade, ct);
        var completeness = await profiles.CompletenessAsync(customers, ct);
        return [.. customers.Select(c => new CustomerRow(c, grades.GetValueOrDefault(c.Id), completeness[c.Id]))];
    }

    private async Task<List<Customer>> VisibleAsync(string? search, string? grade, int take, CancellationToken ct)
    {
        var visibility = await access.VisibilityAsync(ct);
        var query = db.Customers.AsNoTracking().Where(c => c.MergedIntoId == null).VisibleTo(visibility, c => c.OwnerId);
        if (!string.IsNullOrWhiteSpace(search))
        {
            var q = search.Trim();
            var phone = DuplicateKeys.Phone(q);
            query = query.Where(c => c.Code.Contains(q) || c.Name.Contains(q) || (phone.Length >= 4 && c.NormalizedPhone.Contains(phone)));
        }
        if (grade == CustomerRow.Ungraded)
        {
            query = query.Where(c => !db.CustomerGrades.Any(g => g.CustomerId == c.Id));
        }
        else if (!string.IsNullOrWhiteSpace(grade))
        {
            query = query.Where(c => db.CustomerGrades.Any(g => g.CustomerId == c.Id && g.Grade == grade));
        }
        return await query.OrderBy(c => c.Name).Take(take).ToListAsync(ct);
    }

    /// <summary>The customer a merged (visible) customer now lives in: its old page redirects there; otherwise null.</summary>
    public async Task<Guid?> MergedIntoAsync(Guid id, CancellationToken ct)
    {
        var customer = await db.Customers.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id && c.MergedIntoId != null, ct);
        if (customer is null || !await access.CanSeeAsync(customer.OwnerId, ct))
        {
            return null;
        }
        var survivor = customer.MergedIntoId;
        for (var hops = 0; hops < 10 && await db.Customers.AsNoTracking().Where(c => c.Id == survivor).Select(c => c.MergedIntoId)
            .FirstOrDefaultAsync(ct) is { } next; hops++)
        {
            survivor = next;
        }
        return survivor;
    }

    /// <summary>A follow-up or deal-field attachment of a customer the user may see; otherwise null.</summary>
    public async Task<Attachment?> AttachmentAsync(Guid customerId, Guid attachmentId, CancellationToken ct)
    {
        var customer = await db.Customers.AsNoTracking().FirstOrDefaultAsync(c => c.Id == customerId, ct);
        if (customer is null || !await access.CanSeeAsync(customer.OwnerId, ct))
        {
            return null;
        }
        return await db.Attachments.AsNoTracking()
            .Where(a => a.Id == attachmentId
                && ((a.FollowUpId != null && db.FollowUps.Any(f => f.Id == a.FollowUpId && f.CustomerId == customerId))
                    || (a.DealId != null && db.Deals.Any(d => d.Id == a.DealId && d.CustomerId == customerId))))
            .FirstOrDefaultAsync(ct);
    }
}

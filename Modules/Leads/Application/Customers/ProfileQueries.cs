using Microsoft.EntityFrameworkCore;
using SalesSuite.Leads.Data;
using SalesSuite.Leads.Domain;
using SalesSuite.SharedKernel.Application;

namespace SalesSuite.Leads.Application.Customers;

/// <summary>A customer's profile form, for people who may see the customer.</summary>
internal sealed class ProfileQueries(LeadsDbContext db, RecordAccess access, TagQueries tags, CustomerProfileService profiles)
{
    /// <summary>Null when the customer does not exist, was merged or is not visible (the page answers 404).</summary>
    public async Task<ProfileFormView?> FormAsync(Guid customerId, CancellationToken ct)
    {
        var customer = await db.Customers.AsNoTracking().FirstOrDefaultAsync(c => c.Id == customerId && c.MergedIntoId == null, ct);
        if (customer is null || !await access.CanSeeAsync(customer.OwnerId, ct))
        {
            return null;
        }
        var options = await tags.ByCategoryAsync(ct);
        var fields = await profiles.ActiveFieldsAsync(ct);
        var values = await profiles.ValuesAsync(customer.Id, ct);
        var types = (await profiles.TypesAsync(ct)).Where(t => t.Active || t.Code == customer.CustomerType).ToList();
        return new ProfileFormView(
            customer, CustomerProfile.Completeness(customer, fields, values), customer.OwnerId == access.UserId || access.IsManager,
            WithCurrent(options[TagCategory.Industry], customer.Industry), WithCurrent(options[TagCategory.Budget], customer.BudgetBand))
        {
            Types = types, Fields = fields, Values = values,
        };
    }

    /// <summary>The configured values plus the customer's own (a value entered before the tag set changed stays selectable).</summary>
    internal static IReadOnlyList<string> WithCurrent(IEnumerable<string> configured, string? current)
    {
        var values = configured.ToList();
        return current is null || values.Contains(current) ? values : [current, .. values];
    }
}

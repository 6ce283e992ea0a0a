using Microsoft.EntityFrameworkCore;
using SalesSuite.Leads.Data;
using SalesSuite.Leads.Domain;

namespace SalesSuite.Leads.Application.Customers;

/// <summary>
/// What a profile is made of at the moment: the configured customer types (the built-in ones until the director changes
/// the list) and the director-defined fields, and a customer's completeness over both.
/// </summary>
internal sealed class CustomerProfileService(LeadsDbContext db)
{
    /// <summary>The configured types in order (active and not), or the built-in ones (not stored) when none are configured.</summary>
    public async Task<IReadOnlyList<CustomerTypeOption>> TypesAsync(CancellationToken ct)
    {
        var rows = await db.CustomerTypeOptions.AsNoTracking().OrderBy(t => t.Position).ToListAsync(ct);
        return rows.Count > 0 ? rows : Defaults();
    }

    /// <summary>The type codes a customer may be given now (the active ones).</summary>
    public async Task<IReadOnlyList<string>> ActiveTypeCodesAsync(CancellationToken ct) =>
        [.. (await TypesAsync(ct)).Where(t => t.Active).Select(t => t.Code)];

    public static IReadOnlyList<CustomerTypeOption> Defaults() =>
        [.. CustomerTypes.Types.Select((code, i) => new CustomerTypeOption(Guid.Empty, code, null, i + 1))];

    /// <summary>The active director-defined fields in their order.</summary>
    public async Task<IReadOnlyList<ProfileField>> ActiveFieldsAsync(CancellationToken ct) =>
        await db.ProfileFields.AsNoTracking().Where(f => f.Active).OrderBy(f => f.Position).ToListAsync(ct);

    public async Task<IReadOnlyDictionary<Guid, string>> ValuesAsync(Guid customerId, CancellationToken ct) =>
        await db.CustomerFieldValues.AsNoTracking().Where(v => v.CustomerId == customerId).ToDictionaryAsync(v => v.FieldId, v => v.Value, ct);

    public async Task<ProfileCompleteness> CompletenessAsync(Customer customer, CancellationToken ct) =>
        CustomerProfile.Completeness(customer, await ActiveFieldsAsync(ct), await ValuesAsync(customer.Id, ct));

    /// <summary>Completeness of many customers at once (one query for the values), by customer id.</summary>
    public async Task<IReadOnlyDictionary<Guid, ProfileCompleteness>> CompletenessAsync(IReadOnlyList<Customer> customers, CancellationToken ct)
    {
        var fields = (await ActiveFieldsAsync(ct)).Where(f => f.IsKey).ToList();
        var ids = customers.Select(c => c.Id).ToList();
        var fieldIds = fields.Select(f => f.Id).ToList();
        var values = fields.Count == 0 ? [] : await db.CustomerFieldValues.AsNoTracking()
            .Where(v => ids.Contains(v.CustomerId) && fieldIds.Contains(v.FieldId)).ToListAsync(ct);
        var byCustomer = values.ToLookup(v => v.CustomerId);
        return customers.ToDictionary(c => c.Id, c => CustomerProfile.Completeness(
            c, fields, byCustomer[c.Id].ToDictionary(v => v.FieldId, v => v.Value)));
    }
}

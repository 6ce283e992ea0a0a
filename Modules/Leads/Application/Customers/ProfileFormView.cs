using SalesSuite.Leads.Domain;

namespace SalesSuite.Leads.Application.Customers;

/// <summary>
/// The profile form: the customer, its completeness, who may edit, the configured industries and budget bands, the
/// customer types offered (active ones plus the customer's own), and the director's fields with the customer's values.
/// </summary>
internal sealed record ProfileFormView(
    Customer Customer, ProfileCompleteness Completeness, bool CanEdit, IReadOnlyList<string> Industries, IReadOnlyList<string> Budgets)
{
    public IReadOnlyList<CustomerTypeOption> Types { get; init; } = [];
    public IReadOnlyList<ProfileField> Fields { get; init; } = [];
    public IReadOnlyDictionary<Guid, string> Values { get; init; } = new Dictionary<Guid, string>();
}

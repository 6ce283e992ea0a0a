using SalesSuite.Leads.Domain;

namespace SalesSuite.Leads.Application.Contacts;

/// <summary>A customer's contacts (primary first, then by role and name) and whether the user may change them.</summary>
internal sealed record ContactList(Customer Customer, IReadOnlyList<CustomerContact> Contacts, bool CanEdit);

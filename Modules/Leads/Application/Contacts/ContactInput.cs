using SalesSuite.Leads.Domain;

namespace SalesSuite.Leads.Application.Contacts;

/// <summary>A contact as posted (checked by <see cref="ContactInputValidator"/>); Version is the one the edit form showed.</summary>
public sealed class ContactInput
{
    public int Version { get; set; }
    public string? Name { get; set; }
    public string? Role { get; set; }
    public string? Phone { get; set; }
    public string? Email { get; set; }
    public string? Title { get; set; }
    public bool IsPrimary { get; set; }

    internal ContactRole? ParsedRole => Enum.TryParse<ContactRole>(Role, out var role) && Enum.IsDefined(role) ? role : null;

    internal ContactValues Values => new(Name ?? "", ParsedRole ?? (ContactRole)(-1), Phone, Email, Title, IsPrimary);
}

using NodaTime;
using SalesSuite.SharedKernel.Domain;
using SalesSuite.SharedKernel.Persistence;

namespace SalesSuite.Leads.Domain;

/// <summary>One of a customer's contacts with its role; at most one contact of a customer is the primary one.</summary>
internal sealed class CustomerContact : IAuditable, IVersioned
{
    public const int MaxName = 100;
    public const int MaxPhone = 30;
    public const int MaxEmail = 200;
    public const int MaxTitle = 100;

    private CustomerContact() { }

    public CustomerContact(Guid id, Guid customerId, ContactValues values, Instant createdAt)
    {
        Id = id;
        CustomerId = customerId;
        CreatedAt = createdAt;
        Change(values);
    }

    public Guid Id { get; private set; }
    public Guid CustomerId { get; private set; }
    public string Name { get; private set; } = "";
    public ContactRole Role { get; private set; }
    public string? Phone { get; private set; }
    public string? Email { get; private set; }
    public string? Title { get; private set; }
    public bool IsPrimary { get; private set; }
    public Instant CreatedAt { get; private set; }
    public int Version { get; set; }

    public string AuditId => Id.ToString();

    /// <summary>Replaces the contact's values: a name is required; a phone has 7–12 digits; an email has an @.</summary>
    public void Change(ContactValues v)
    {
        DomainException.ThrowIf(string.IsNullOrWhiteSpace(v.Name), "Cust_Contact_NameRequired");
        DomainException.ThrowIf(!Enum.IsDefined(v.Role), "Cust_Contact_RoleUnknown");
        DomainException.ThrowIf(
            Blank(v.Phone) is { } phone && DuplicateKeys.Phone(phone).Length is < 7 or > 12, "Cust_Contact_PhoneInvalid");
        DomainException.ThrowIf(Blank(v.Email) is { } email && !IsEmail(email), "Cust_Contact_EmailInvalid");
        Name = v.Name.Trim();
        Role = v.Role;
        Phone = Blank(v.Phone);
        Email = Blank(v.Email);
        Title = Blank(v.Title);
        IsPrimary = v.IsPrimary;
    }

    /// <summary>Another contact became the primary one.</summary>
    public void NotPrimary() => IsPrimary = false;

    private static bool IsEmail(string email)
    {
        var at = email.IndexOf('@', StringComparison.Ordinal);
        return at > 0 && at < email.Length - 1 && !email.Contains(' ', StringComparison.Ordinal);
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

using NodaTime;
using SalesSuite.SharedKernel.Domain;
using SalesSuite.SharedKernel.Persistence;

namespace SalesSuite.Leads.Domain;

/// <summary>A customer with a unique human-readable code and normalised keys for duplicate detection.</summary>
internal sealed class Customer : IVersioned, IAuditable
{
    private Customer() { }

    public Customer(Guid id, string code, LeadDetails details, Guid? ownerId, Instant createdAt)
    {
        Id = id;
        Code = code;
        Name = details.Company.Trim();
        ContactName = details.ContactName.Trim();
        Phone = details.Phone.Trim();
        Source = details.Source;
        Industry = details.Industry;
        CreditCode = string.IsNullOrWhiteSpace(details.CreditCode) ? null : DuplicateKeys.CreditCode(details.CreditCode);
        OwnerId = ownerId;
        CreatedAt = createdAt;
        NormalizedPhone = DuplicateKeys.Phone(Phone);
        NormalizedName = DuplicateKeys.CompanyName(Name);
    }

    public Guid Id { get; private set; }
    public string Code { get; private set; } = "";
    public string Name { get; private set; } = "";
    public string ContactName { get; private set; } = "";
    public string Phone { get; private set; } = "";
    public string Source { get; private set; } = "";
    public string? Industry { get; private set; }
    public string? CreditCode { get; private set; }
    public string NormalizedPhone { get; private set; } = "";
    public string NormalizedName { get; private set; } = "";
    public Guid? OwnerId { get; private set; }
    public Guid? MergedIntoId { get; private set; }
    public Instant CreatedAt { get; private set; }
    public int Version { get; set; }

    public string AuditId => Id.ToString();

    public void HandTo(Guid ownerId) => OwnerId = ownerId;

    /// <summary>This duplicate's history now belongs to <paramref name="survivor"/>; the row stays, pointing at it.</summary>
    public void MergeInto(Customer survivor)
    {
        DomainException.ThrowIf(
            survivor.Id == Id || MergedIntoId is not null || survivor.MergedIntoId is not null, "Merge_NotPossible", Code, survivor.Code);
        MergedIntoId = survivor.Id;
    }
}

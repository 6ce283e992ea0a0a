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
        BudgetBand = Blank(details.BudgetBand);
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
    /// <summary>客户类型, one of <see cref="CustomerTypes.Types"/>.</summary>
    public string? CustomerType { get; private set; }
    /// <summary>客户层级, one of <see cref="CustomerTypes.Tiers"/>.</summary>
    public string? Tier { get; private set; }
    public string? Address { get; private set; }
    public string? DecisionMaker { get; private set; }
    /// <summary>Annual purchase volume / budget band (a configured budget tag, e.g. "50–200万").</summary>
    public string? BudgetBand { get; private set; }
    public string? MainCompetitor { get; private set; }
    public string NormalizedPhone { get; private set; } = "";
    public string NormalizedName { get; private set; } = "";
    public Guid? OwnerId { get; private set; }
    public Guid? MergedIntoId { get; private set; }
    public Instant CreatedAt { get; private set; }
    public int Version { get; set; }

    public string AuditId => Id.ToString();

    public void HandTo(Guid ownerId) => OwnerId = ownerId;

    /// <summary>
    /// Replaces the profile's key fields; returns the codes (<see cref="CustomerProfile"/>) of those that changed.
    /// The company name, contact and phone stay required; type and tier must be known codes (the type: one of
    /// <paramref name="types"/>, by default the built-in ones, or the one it already has). Duplicate keys follow.
    /// </summary>
    public IReadOnlyList<string> EditProfile(ProfileValues v, IReadOnlyCollection<string>? types = null)
    {
        DomainException.ThrowIf(MergedIntoId is not null, "Profile_Merged");
        DomainException.ThrowIf(string.IsNullOrWhiteSpace(v.Name), "Profile_NameRequired");
        DomainException.ThrowIf(string.IsNullOrWhiteSpace(v.ContactName), "Profile_ContactRequired");
        DomainException.ThrowIf(DuplicateKeys.Phone(v.Phone).Length < 7, "Profile_PhoneInvalid");
        DomainException.ThrowIf(
            Blank(v.CustomerType) is { } type && type != CustomerType && !(types ?? CustomerTypes.Types).Contains(type), "Profile_TypeUnknown");
        DomainException.ThrowIf(Blank(v.Tier) is { } tier && !CustomerTypes.Tiers.Contains(tier), "Profile_TierUnknown");
        var before = CustomerProfile.KeyFields.ToDictionary(f => f, f => CustomerProfile.ValueOf(this, f));
        Name = v.Name.Trim();
        ContactName = v.ContactName.Trim();
        Phone = v.Phone.Trim();
        Industry = Blank(v.Industry);
        CreditCode = Blank(v.CreditCode) is { } credit ? DuplicateKeys.CreditCode(credit) : null;
        CustomerType = Blank(v.CustomerType);
        Tier = Blank(v.Tier);
        Address = Blank(v.Address);
        DecisionMaker = Blank(v.DecisionMaker);
        BudgetBand = Blank(v.BudgetBand);
        MainCompetitor = Blank(v.MainCompetitor);
        NormalizedPhone = DuplicateKeys.Phone(Phone);
        NormalizedName = DuplicateKeys.CompanyName(Name);
        return [.. CustomerProfile.KeyFields.Where(f => before[f] != CustomerProfile.ValueOf(this, f))];
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    /// <summary>This duplicate's history now belongs to <paramref name="survivor"/>; the row stays, pointing at it.</summary>
    public void MergeInto(Customer survivor)
    {
        DomainException.ThrowIf(
            survivor.Id == Id || MergedIntoId is not null || survivor.MergedIntoId is not null, "Merge_NotPossible", Code, survivor.Code);
        MergedIntoId = survivor.Id;
    }
}

using SalesSuite.SharedKernel.Domain;
using SalesSuite.SharedKernel.Persistence;

namespace SalesSuite.Leads.Domain;

/// <summary>A configurable tag value (source, industry, budget band, need type, obstacle).</summary>
internal sealed class TagOption : IAuditable
{
    private TagOption() { }

    public const int MaxLength = 50;

    /// <summary>A tag value has 1–50 characters (uniqueness within its category is checked against the others).</summary>
    public TagOption(Guid id, TagCategory category, string value, int position)
    {
        DomainException.ThrowIf(string.IsNullOrWhiteSpace(value) || value.Trim().Length > MaxLength, "Config_TagInvalid");
        Id = id;
        Category = category;
        Value = value.Trim();
        Position = position;
    }

    public Guid Id { get; private set; }
    public TagCategory Category { get; private set; }
    public string Value { get; private set; } = "";
    public int Position { get; private set; }

    public string AuditId => Id.ToString();
}

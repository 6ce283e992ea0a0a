using SalesSuite.SharedKernel.Persistence;

namespace SalesSuite.Leads.Domain;

/// <summary>A configurable tag value (source, industry, budget band, need type, obstacle).</summary>
internal sealed class TagOption : IAuditable
{
    private TagOption() { }

    public TagOption(Guid id, TagCategory category, string value, int position)
    {
        Id = id;
        Category = category;
        Value = value;
        Position = position;
    }

    public Guid Id { get; private set; }
    public TagCategory Category { get; private set; }
    public string Value { get; private set; } = "";
    public int Position { get; private set; }

    public string AuditId => Id.ToString();
}

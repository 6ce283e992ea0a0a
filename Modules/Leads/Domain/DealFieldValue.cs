using SalesSuite.SharedKernel.Persistence;

namespace SalesSuite.Leads.Domain;

/// <summary>The value a deal carries for one stage field (kept as text; validated by <see cref="FieldValues"/>).</summary>
internal sealed class DealFieldValue : IAuditable
{
    private DealFieldValue() { }

    public DealFieldValue(Guid id, Guid dealId, Guid fieldId, string value)
    {
        Id = id;
        DealId = dealId;
        FieldId = fieldId;
        Value = value;
    }

    public Guid Id { get; private set; }
    public Guid DealId { get; private set; }
    public Guid FieldId { get; private set; }
    public string Value { get; set; } = "";

    public string AuditId => DealId.ToString();
}

using SalesSuite.SharedKernel.Persistence;

namespace SalesSuite.Leads.Domain;

/// <summary>A customer's value of a director-defined <see cref="ProfileField"/>.</summary>
internal sealed class CustomerFieldValue : IAuditable
{
    public const int MaxValue = 500;

    private CustomerFieldValue() { }

    public CustomerFieldValue(Guid customerId, Guid fieldId, string value)
    {
        CustomerId = customerId;
        FieldId = fieldId;
        Value = value;
    }

    public Guid CustomerId { get; private set; }
    public Guid FieldId { get; private set; }
    public string Value { get; set; } = "";

    public string AuditId => $"{CustomerId}/{FieldId}";
}

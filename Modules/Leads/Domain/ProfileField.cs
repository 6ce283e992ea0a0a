using SalesSuite.SharedKernel.Domain;
using SalesSuite.SharedKernel.Persistence;

namespace SalesSuite.Leads.Domain;

/// <summary>
/// A director-defined customer profile field, typed like a stage field (no files); a key field counts in the profile's
/// completeness. Its code in CustomerProfileChanged.MissingFields is "f-" + the first 8 hex digits of its id.
/// Deactivated: no longer on the form nor counted; stored values stay.
/// </summary>
internal sealed class ProfileField : IAuditable, IVersioned
{
    private ProfileField() { }

    public ProfileField(Guid id, string label, FieldType type, string? options, bool isKey, int position)
    {
        DomainException.ThrowIf(string.IsNullOrWhiteSpace(label) || label.Trim().Length > StageField.MaxLabel, "Cust_Field_LabelInvalid");
        DomainException.ThrowIf(type == FieldType.File || !Enum.IsDefined(type), "Cust_Field_TypeInvalid");
        DomainException.ThrowIf(type == FieldType.Choice && string.IsNullOrWhiteSpace(options), "Cust_Field_ChoicesRequired");
        Id = id;
        Label = label.Trim();
        Type = type;
        Options = type == FieldType.Choice ? options!.Trim() : null;
        IsKey = isKey;
        Position = position;
        Active = true;
    }

    public Guid Id { get; private set; }
    public string Label { get; private set; } = "";
    public FieldType Type { get; private set; }
    public string? Options { get; private set; }
    public bool IsKey { get; private set; }
    public bool Active { get; private set; }
    public int Position { get; private set; }
    public int Version { get; set; }

    public string AuditId => Id.ToString();

    public string Code => "f-" + Id.ToString("N")[..8];

    public IReadOnlyList<string> Choices =>
        (Options ?? "").Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>The problem of a value for this field (a resource key), or null; blank is always allowed.</summary>
    public string? Problem(string? value) => FieldValues.Problem(Type, required: false, Choices, value);

    public void SetActive(bool active) => Active = active;

    public void MoveTo(int position) => Position = position;
}

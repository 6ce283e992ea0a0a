using SalesSuite.Leads.Domain;

namespace SalesSuite.Leads.Application.Config;

/// <summary>A new director-defined profile field: label, type (a <see cref="FieldType"/> name, no File), "|"-separated choices, key field.</summary>
public sealed class ProfileFieldInput
{
    public string? Label { get; set; }
    public string? Type { get; set; }
    public string? Options { get; set; }
    public bool IsKey { get; set; }

    internal FieldType? FieldType =>
        Enum.TryParse<FieldType>(Type, out var type) && Enum.IsDefined(type) && type != Domain.FieldType.File ? type : null;
}

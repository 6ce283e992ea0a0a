using SalesSuite.Leads.Domain;

namespace SalesSuite.Leads.Application.Config;

/// <summary>A new required field of a stage: label, type (a <see cref="FieldType"/> name), "|"-separated choices.</summary>
public sealed class FieldInput
{
    public string? Label { get; set; }
    public string? Type { get; set; }
    public bool Required { get; set; }
    public string? Options { get; set; }

    internal FieldType? FieldType => Enum.TryParse<FieldType>(Type, out var type) && Enum.IsDefined(type) ? type : null;
}

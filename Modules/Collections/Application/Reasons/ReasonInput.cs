namespace SalesSuite.Collections.Application.Reasons;

/// <summary>One overdue reason as Finance or the sales director edits it (form names are the property names).</summary>
public sealed class ReasonInput
{
    public int Version { get; set; }
    public string? Name { get; set; }
    public bool RequiresText { get; set; }
    public int SortOrder { get; set; }
    public bool Active { get; set; } = true;
}

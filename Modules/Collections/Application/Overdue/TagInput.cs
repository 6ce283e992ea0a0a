namespace SalesSuite.Collections.Application.Overdue;

/// <summary>The owner's overdue reason as posted from the panel (form names are the property names).</summary>
public sealed class TagInput
{
    public int Version { get; set; }
    public Guid? ReasonId { get; set; }
    public string? Text { get; set; }
}

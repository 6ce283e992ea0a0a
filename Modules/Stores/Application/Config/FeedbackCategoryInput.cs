namespace SalesSuite.Stores.Application.Config;

/// <summary>One category as headquarters edits it: name, order, active, threshold, responsible, playbook and options.</summary>
public sealed class FeedbackCategoryInput
{
    public int Version { get; set; }
    public string? Name { get; set; }
    public int SortOrder { get; set; }
    public bool Active { get; set; } = true;
    /// <summary>Weekly threshold for this category; empty: the module setting.</summary>
    public int? ClusterThreshold { get; set; }
    /// <summary>Named responsible when the category clusters; empty: the sales director role.</summary>
    public Guid? ResponsibleUserId { get; set; }
    public string? PlaybookTitle { get; set; }
    public string? PlaybookText { get; set; }
    public string? PlaybookLink { get; set; }
    public List<FeedbackOptionInput> Options { get; set; } = [];
}

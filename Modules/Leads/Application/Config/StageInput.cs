namespace SalesSuite.Leads.Application.Config;

/// <summary>One stage as the director edits it on the pipeline page (form names are the property names).</summary>
public sealed class StageInput
{
    public int Version { get; set; }
    public string? Name { get; set; }
    public bool Skippable { get; set; }
    public bool UnlocksQuoting { get; set; }
    public Guid? RequiresStageId { get; set; }
    public bool NotifyDirectorCycle { get; set; }
    /// <summary>Whole days in the stage from which a deal is amber; empty: none.</summary>
    public int? AmberDays { get; set; }
    /// <summary>Whole days in the stage from which a deal is red; empty: none.</summary>
    public int? RedDays { get; set; }
}

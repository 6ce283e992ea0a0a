namespace SalesSuite.Leads.Application.Assignment;

/// <summary>A source's assignment rule as the director edits it (weights in percent, win-rate window in days).</summary>
public sealed class AssignmentRuleInput
{
    public int Version { get; set; }
    public bool AutoAssign { get; set; }
    public int Industry { get; set; }
    public int WinRate { get; set; }
    public int Load { get; set; }
    public int Days { get; set; }
}

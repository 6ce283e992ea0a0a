using SalesSuite.SharedKernel.Persistence;

namespace SalesSuite.Leads.Domain;

/// <summary>Per lead source: whether new leads are auto-assigned, and the scoring weights (default 40/30/30).</summary>
internal sealed class AssignmentRule : IVersioned, IAuditable
{
    private AssignmentRule() { }

    public AssignmentRule(Guid id, string source)
    {
        Id = id;
        Source = source;
    }

    public Guid Id { get; private set; }
    public string Source { get; private set; } = "";
    public bool AutoAssign { get; set; } = true;
    public int IndustryWeight { get; set; } = 40;
    public int WinRateWeight { get; set; } = 30;
    public int LoadWeight { get; set; } = 30;
    public int WinRateDays { get; set; } = 90;
    public int Version { get; set; }

    public string AuditId => Id.ToString();

    public ScoringWeights Weights => new(IndustryWeight, WinRateWeight, LoadWeight);
}

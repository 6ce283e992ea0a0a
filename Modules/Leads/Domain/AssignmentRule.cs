using SalesSuite.SharedKernel.Domain;
using SalesSuite.SharedKernel.Persistence;

namespace SalesSuite.Leads.Domain;

/// <summary>Per lead source: whether new leads are auto-assigned, and the scoring weights (default 40/30/30).</summary>
internal sealed class AssignmentRule : IVersioned, IAuditable
{
    public const int MinWinRateDays = 7;
    public const int MaxWinRateDays = 365;

    private AssignmentRule() { }

    public AssignmentRule(Guid id, string source, bool autoAssign = true)
    {
        Id = id;
        Source = source;
        AutoAssign = autoAssign;
    }

    public Guid Id { get; private set; }
    public string Source { get; private set; } = "";
    public bool AutoAssign { get; private set; } = true;
    public int IndustryWeight { get; private set; } = 40;
    public int WinRateWeight { get; private set; } = 30;
    public int LoadWeight { get; private set; } = 30;
    public int WinRateDays { get; private set; } = 90;
    public int Version { get; set; }

    public string AuditId => Id.ToString();

    public ScoringWeights Weights => new(IndustryWeight, WinRateWeight, LoadWeight);

    /// <summary>Weights 0–100 adding up to 100 and a win-rate window of 7–365 days, or nothing changes.</summary>
    public void Change(bool autoAssign, ScoringWeights weights, int winRateDays)
    {
        DomainException.ThrowIf(
            !weights.IsValid || winRateDays is < MinWinRateDays or > MaxWinRateDays, "Assignment_WeightsInvalid");
        AutoAssign = autoAssign;
        (IndustryWeight, WinRateWeight, LoadWeight) = (weights.Industry, weights.WinRate, weights.Load);
        WinRateDays = winRateDays;
    }
}

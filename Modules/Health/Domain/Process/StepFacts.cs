namespace SalesSuite.Health.Domain.Process;

/// <summary>
/// One process step over a period, summed over every column the reader sees: the input of the suggestion rules.
/// MedianHours is known for stages (stays only) and stage tasks; RedDays and Skippable for pipeline stages; TargetHours
/// is the step's target (a stage task's response target).
/// </summary>
internal sealed record StepFacts(StepCell Totals, double? MedianHours = null, int? RedDays = null, bool? Skippable = null,
    double? TargetHours = null)
{
    public StepKind Kind => Totals.Kind;

    public string Step => Totals.Step;
}

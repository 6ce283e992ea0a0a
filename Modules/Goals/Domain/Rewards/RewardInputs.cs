namespace SalesSuite.Goals.Domain;

/// <summary>The numbers a reward statement is calculated from (the people come separately).</summary>
internal sealed record RewardInputs(decimal Target, decimal Actual, decimal SharePercent, decimal TopPercent)
{
    public RewardOutcome Split(IReadOnlyList<RewardPerson> people) => RewardSplit.Calculate(Target, Actual, SharePercent, TopPercent, people);
}

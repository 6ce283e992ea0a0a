using NodaTime;
using SalesSuite.Goals.Domain;

namespace SalesSuite.Goals.Application.Rewards;

/// <summary>
/// A statement as one reader may see it: the pool arithmetic always; the lines of the people the reader can see
/// (<see cref="HiddenLines"/> others are counted, not shown). <see cref="Changed"/>: the stored (open) statement no longer
/// matches a fresh calculation.
/// </summary>
internal sealed record RewardStatementView(
    Target Target, RewardInputs Inputs, RewardOutcome Outcome, IReadOnlyList<RewardLine> Lines, int HiddenLines, RewardState State,
    int Version, Instant? CalculatedAt, Instant? ClosedAt, string? ClosedBy, bool Changed, bool CanManage)
{
    public GoalPeriod Period => Target.Period;
}

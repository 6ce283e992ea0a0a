namespace SalesSuite.Goals.Application.Rewards;

/// <summary>Where a target's reward statement stands: only a live preview, calculated (can be recalculated), or closed.</summary>
internal enum RewardState
{
    Preview,
    Calculated,
    Closed,
}

using SalesSuite.Goals.Domain;

namespace SalesSuite.Goals.Application.Rewards;

/// <summary>One company or team target of a period on the reward overview (closed: the frozen numbers; else live).</summary>
internal sealed record RewardRow(
    Guid TargetId, TargetScope Scope, string ScopeName, ResultMetric Metric, decimal Target, decimal Actual, decimal Above,
    decimal Pool, int Winners, PoolStatus Status, RewardState State);

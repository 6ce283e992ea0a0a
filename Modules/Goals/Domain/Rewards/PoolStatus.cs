namespace SalesSuite.Goals.Domain;

/// <summary>What became of a reward pool (rendered as Rewards_Pool_* with the arithmetic).</summary>
internal enum PoolStatus
{
    /// <summary>The pool is split among the winners; the lines add up to it exactly.</summary>
    Assigned,
    /// <summary>The actual did not exceed the target: no pool.</summary>
    NotExceeded,
    /// <summary>The target was exceeded, but the share of the excess rounds down to ¥0.00 (a share of 0 %, or a tiny excess).</summary>
    Empty,
    /// <summary>There is a pool, but nobody in scope completed their action contract: it stays unassigned.</summary>
    Unassigned,
}

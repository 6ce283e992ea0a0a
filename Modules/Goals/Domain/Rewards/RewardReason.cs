namespace SalesSuite.Goals.Domain;

/// <summary>Why a statement line earns what it earns (rendered as Rewards_Reason_* in the reader's language).</summary>
internal enum RewardReason
{
    /// <summary>Among the first N to complete the action contract (or tied with the N-th): pool ÷ winners.</summary>
    Winner,
    /// <summary>Completed the action contract, but after the first N.</summary>
    OutsideTop,
    /// <summary>Has an action contract for the period that is not complete.</summary>
    NotCompleted,
    /// <summary>Has no action contract for the period.</summary>
    NoContract,
    /// <summary>Completed the action contract, but there is no pool to share this period (target not exceeded, or ¥0.00).</summary>
    NoPool,
}

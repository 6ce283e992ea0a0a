namespace SalesSuite.Goals.Domain;

/// <summary>
/// The result of <see cref="RewardSplit.Calculate"/>: the excess, the pool, how many people the top share means
/// (<see cref="TopCount"/>), how many actually win (more when people tied at the cutoff), each winner's base amount and
/// the lines (winners first, then the others, each with its reason).
/// </summary>
internal sealed record RewardOutcome(
    decimal AboveTarget, decimal Pool, PoolStatus Status, int Headcount, int TopCount, int Winners, decimal Each,
    IReadOnlyList<RewardLine> Lines)
{
    /// <summary>The fen left after every winner got <see cref="Each"/>, handed out one each to the earliest completers.</summary>
    public int RemainderFen => Winners == 0 ? 0 : (int)((Pool - Each * Winners) / RewardSplit.Fen);

    /// <summary>What the lines pay out (equals <see cref="Pool"/> when assigned, 0 otherwise).</summary>
    public decimal Paid => Lines.Sum(l => l.Amount);
}

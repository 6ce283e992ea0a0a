using NodaTime;

namespace SalesSuite.Goals.Domain;

/// <summary>
/// One person's line of a reward statement: the name as it was when calculated, the completion rank (competition
/// ranking: people who completed at the same instant share a rank), the amount and why. <see cref="ExtraFen"/>: this
/// winner got one of the remainder fen.
/// </summary>
internal sealed record RewardLine(
    Guid UserId, string Name, int? Rank, Instant? CompletedAt, decimal Amount, RewardReason Reason, bool ExtraFen = false);

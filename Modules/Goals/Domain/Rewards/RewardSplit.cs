using SalesSuite.SharedKernel.Domain;

namespace SalesSuite.Goals.Domain;

/// <summary>
/// The reward pool of a target and who shares it (issue #11 item 5). Pure arithmetic on decimals, to the fen:
/// <list type="bullet">
/// <item>Pool = share % × (actual − target) when the actual exceeds the target, rounded DOWN to the fen; else 0.</item>
/// <item>N = ⌈top % × headcount⌉, at least 1 (top 10 % of 9 people is 1 person, of 39 is 4).</item>
/// <item>Winners = the first N people to complete their action contract, by <c>CompletedAt</c>. Ties: everyone who
/// completed at the same instant as the N-th is a winner too (nobody loses on a tie the clock cannot break), so there can
/// be more than N winners.</item>
/// <item>Each winner gets pool ÷ winners rounded down to the fen; the remaining fen (fewer than the winners) go one each
/// to the earliest completers in display order (CompletedAt, then name), so the lines add up to the pool exactly.</item>
/// <item>No completer: the pool stays unassigned (every line says why).</item>
/// </list>
/// </summary>
internal static class RewardSplit
{
    public const decimal Fen = 0.01m;
    public const decimal DefaultSharePercent = 5m;
    public const decimal DefaultTopPercent = 10m;

    public static RewardOutcome Calculate(
        decimal target, decimal actual, decimal sharePercent, decimal topPercent, IReadOnlyList<RewardPerson> people)
    {
        DomainException.ThrowIf(sharePercent is < 0 or > 100, "Settings_Error_Share");
        DomainException.ThrowIf(topPercent is <= 0 or > 100, "Settings_Error_Top");
        var above = Math.Max(0, actual - target);
        var pool = FloorFen(above * sharePercent / 100m);
        var headcount = people.Count;
        var topCount = headcount == 0 ? 0 : Math.Max(1, (int)Math.Ceiling(topPercent * headcount / 100m));

        var completers = people.Where(p => p.CompletedAt is not null)
            .OrderBy(p => p.CompletedAt).ThenBy(p => p.Name, StringComparer.Ordinal).ThenBy(p => p.UserId).ToList();
        // Nothing to share: nobody "wins" ¥0.00; completers are listed with that reason instead.
        var winners = pool == 0 ? []
            : completers.Count <= topCount ? completers
            : completers.Where(p => p.CompletedAt <= completers[topCount - 1].CompletedAt).ToList();
        var status = above <= 0 ? PoolStatus.NotExceeded
            : pool == 0 ? PoolStatus.Empty
            : winners.Count == 0 ? PoolStatus.Unassigned
            : PoolStatus.Assigned;
        var each = winners.Count == 0 ? 0 : FloorFen(pool / winners.Count);
        var remainder = winners.Count == 0 ? 0 : (int)((pool - each * winners.Count) / Fen);

        var lines = new List<RewardLine>(headcount);
        foreach (var (person, i) in completers.Select((p, i) => (p, i)))
        {
            var rank = 1 + completers.Count(c => c.CompletedAt < person.CompletedAt);
            var wins = i < winners.Count;
            var extra = wins && i < remainder;
            lines.Add(new RewardLine(person.UserId, person.Name, rank, person.CompletedAt,
                wins ? each + (extra ? Fen : 0) : 0, wins ? RewardReason.Winner : pool == 0 ? RewardReason.NoPool : RewardReason.OutsideTop, extra));
        }
        lines.AddRange(people.Where(p => p.CompletedAt is null)
            .OrderBy(p => p.HasContract ? 0 : 1).ThenBy(p => p.Name, StringComparer.Ordinal).ThenBy(p => p.UserId)
            .Select(p => new RewardLine(p.UserId, p.Name, null, null, 0,
                p.HasContract ? RewardReason.NotCompleted : RewardReason.NoContract)));
        return new RewardOutcome(above, pool, status, headcount, topCount, winners.Count, each, lines);
    }

    /// <summary>Rounds down to the fen (amounts here are never negative).</summary>
    public static decimal FloorFen(decimal amount) => decimal.Floor(amount * 100m) / 100m;
}

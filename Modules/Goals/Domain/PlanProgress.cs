using NodaTime;

namespace SalesSuite.Goals.Domain;

/// <summary>One piece of evidence credited to the plan's person (an <see cref="EvidenceMatch"/> with its fact's link).</summary>
internal sealed record MatchRef(Guid FactId, Guid ActionTypeId, LocalDate Day, Guid? CustomerId, string? Link = null);

/// <summary>
/// Done is computed, never ticked: a planned item is done when evidence of the same person, action type and day (and
/// the same customer when the item names one) exists. Each piece of evidence completes one item: items naming a customer
/// take their customer's evidence first, the others take what is left.
/// </summary>
internal static class PlanProgress
{
    /// <summary>Item id → the evidence that completes it (items without one are not done).</summary>
    public static IReadOnlyDictionary<Guid, MatchRef> Assign(IEnumerable<PlanItem> items, IEnumerable<MatchRef> matches)
    {
        var pool = matches.GroupBy(m => (m.Day, m.ActionTypeId)).ToDictionary(g => g.Key, g => g.ToList());
        var done = new Dictionary<Guid, MatchRef>();
        foreach (var group in items.GroupBy(i => (i.Day, i.ActionTypeId)))
        {
            if (!pool.TryGetValue(group.Key, out var available))
            {
                continue;
            }
            foreach (var item in group.OrderBy(i => i.CustomerId is null).ThenBy(i => i.Id))
            {
                var match = available.FirstOrDefault(m => item.CustomerId is null || m.CustomerId == item.CustomerId);
                if (match is not null)
                {
                    available.Remove(match);
                    done[item.Id] = match;
                }
            }
        }
        return done;
    }

    /// <summary>Done items over planned items, percent with one decimal; null when nothing was planned.</summary>
    public static decimal? Rate(int done, int planned) =>
        planned == 0 ? null : Math.Round(100m * done / planned, 1, MidpointRounding.AwayFromZero);
}

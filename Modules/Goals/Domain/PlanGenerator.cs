using NodaTime;

namespace SalesSuite.Goals.Domain;

/// <summary>How many of an action type a generated week gets.</summary>
internal sealed record PlanNeed(Guid ActionTypeId, int Quantity);

/// <summary>A key customer a generated key-customer visit can be assigned to (its first known product line, if any).</summary>
internal sealed record KeyCustomerRef(Guid Id, string Name, string? ProductLine);

/// <summary>One item of a generated week.</summary>
internal sealed record PlannedAction(LocalDate Day, Guid ActionTypeId, Guid? CustomerId, string? CustomerName, string? ProductLine);

/// <summary>
/// The arithmetic of a generated week: the template's quantities, raised when a contract needs more per remaining week
/// ((owed − done) spread over the weeks left, rounded up); items spread over Monday–Friday in turn; key-customer visits
/// assigned to the person's key customers in rotation (continuing week after week).
/// </summary>
internal static class PlanGenerator
{
    public const int WorkingDays = 5;
    /// <summary>No type gets more than this a week, however far behind a contract is.</summary>
    public const int MaxPerType = 25;

    /// <summary>Weeks from <paramref name="weekStart"/> to <paramref name="periodEnd"/>, this week included (at least 1).</summary>
    public static int RemainingWeeks(LocalDate weekStart, LocalDate periodEnd)
    {
        var days = Period.Between(weekStart, periodEnd, PeriodUnits.Days).Days + 1;
        return Math.Max(1, (days + 6) / 7);
    }

    /// <summary>What is still owed, spread over the remaining weeks, rounded up (0 when nothing is owed).</summary>
    public static int PerWeek(int owed, int done, int remainingWeeks) =>
        owed <= done ? 0 : (owed - done + Math.Max(1, remainingWeeks) - 1) / Math.Max(1, remainingWeeks);

    /// <summary>
    /// The template's lines (in order), each raised to the contracts' per-week need, then the contract-only types; capped at
    /// <see cref="MaxPerType"/>; types with nothing to do are left out.
    /// </summary>
    public static IReadOnlyList<PlanNeed> Quantities(IEnumerable<PlanNeed> template, IEnumerable<PlanNeed> contractPerWeek)
    {
        var contract = contractPerWeek.GroupBy(n => n.ActionTypeId).ToDictionary(g => g.Key, g => g.Max(n => n.Quantity));
        var result = new List<PlanNeed>();
        foreach (var line in template.GroupBy(t => t.ActionTypeId).Select(g => g.First()))
        {
            result.Add(line with { Quantity = Math.Max(line.Quantity, contract.GetValueOrDefault(line.ActionTypeId)) });
        }
        result.AddRange(contract.Where(c => result.All(r => r.ActionTypeId != c.Key)).Select(c => new PlanNeed(c.Key, c.Value)));
        return result.Select(n => n with { Quantity = Math.Min(n.Quantity, MaxPerType) }).Where(n => n.Quantity > 0).ToList();
    }

    /// <summary>Where the rotation of key customers starts for a week: after the ones the previous weeks visited.</summary>
    public static int RotationStart(LocalDate weekStart, int visitsPerWeek, int customers)
    {
        if (customers == 0)
        {
            return 0;
        }
        var weekIndex = Period.Between(new LocalDate(2000, 1, 3), weekStart, PeriodUnits.Days).Days / 7;
        return (int)((long)weekIndex * visitsPerWeek % customers);
    }

    /// <summary>The week's items: every need in turn over Monday–Friday; key-customer visits get customers in rotation.</summary>
    public static IReadOnlyList<PlannedAction> Spread(LocalDate weekStart, IReadOnlyList<PlanNeed> needs, Guid keyVisitTypeId,
        IReadOnlyList<KeyCustomerRef> keyCustomers)
    {
        var items = new List<PlannedAction>();
        var slot = 0;
        foreach (var need in needs)
        {
            var start = RotationStart(weekStart, need.Quantity, keyCustomers.Count);
            for (var i = 0; i < need.Quantity; i++, slot++)
            {
                var day = weekStart.PlusDays(slot % WorkingDays);
                var customer = need.ActionTypeId == keyVisitTypeId && keyCustomers.Count > 0
                    ? keyCustomers[(start + i) % keyCustomers.Count] : null;
                items.Add(new PlannedAction(day, need.ActionTypeId, customer?.Id, customer?.Name, customer?.ProductLine));
            }
        }
        return items;
    }
}

using NodaTime;

namespace SalesSuite.Leads.Domain;

/// <summary>
/// Allocation-log deviations: people who received leads outside their industry on N or more consecutive days (the
/// signal that showed "education" mixed K12 schools with training companies). What counts is the
/// <see cref="DeviationRule"/> set on the assignment page (default: 3 days, at least 1 rule-assigned lead a day).
/// </summary>
internal static class AllocationDeviations
{
    public static IReadOnlyList<(Guid UserId, int Days, LocalDate Until)> NonTargetStreaks(
        IEnumerable<(Guid UserId, bool ByRule, bool IndustryMatched, Instant At)> entries, DateTimeZone zone, int minDays) =>
        NonTargetStreaks(entries, zone, DeviationRule.Default with { Days = minDays });

    public static IReadOnlyList<(Guid UserId, int Days, LocalDate Until)> NonTargetStreaks(
        IEnumerable<(Guid UserId, bool ByRule, bool IndustryMatched, Instant At)> entries, DateTimeZone zone, DeviationRule rule)
    {
        var result = new List<(Guid, int, LocalDate)>();
        foreach (var (person, days) in CountedDays(entries, zone, rule))
        {
            var run = 1;
            var best = (Days: 0, Until: default(LocalDate));
            for (var i = 0; i < days.Count; i++)
            {
                run = i > 0 && days[i - 1].PlusDays(1) == days[i] ? run + 1 : 1;
                if (run >= best.Days)
                {
                    best = (run, days[i]);
                }
            }
            if (best.Days >= rule.Days)
            {
                result.Add((person, best.Days, best.Until));
            }
        }
        return result.OrderByDescending(r => r.Item2).ToList();
    }

    /// <summary>
    /// The day's TOP <paramref name="top"/>: people whose run of counted days reaches <paramref name="day"/> and is at
    /// least the rule's length, longest run first, then most non-target leads that day.
    /// </summary>
    public static IReadOnlyList<(Guid UserId, int Days, int LeadsThatDay)> TopOfDay(
        IEnumerable<(Guid UserId, bool ByRule, bool IndustryMatched, Instant At)> entries, DateTimeZone zone, DeviationRule rule,
        LocalDate day, int top = 3)
    {
        var list = entries.Where(e => e.At.InZone(zone).Date <= day).ToList();
        var result = new List<(Guid UserId, int Days, int LeadsThatDay)>();
        foreach (var (person, days) in CountedDays(list, zone, rule))
        {
            var set = days.ToHashSet();
            var run = 0;
            while (set.Contains(day.PlusDays(-run)))
            {
                run++;
            }
            if (run >= rule.Days)
            {
                var leads = list.Count(e => e.UserId == person && Counts(e, rule) && e.At.InZone(zone).Date == day);
                result.Add((person, run, leads));
            }
        }
        return result.OrderByDescending(r => r.Days).ThenByDescending(r => r.LeadsThatDay).ThenBy(r => r.UserId).Take(top).ToList();
    }

    private static bool Counts((Guid UserId, bool ByRule, bool IndustryMatched, Instant At) e, DeviationRule rule) =>
        !e.IndustryMatched && (e.ByRule || rule.CountsManual);

    /// <summary>Per person, the days (ascending) with at least the rule's number of counted leads.</summary>
    private static IEnumerable<(Guid Person, List<LocalDate> Days)> CountedDays(
        IEnumerable<(Guid UserId, bool ByRule, bool IndustryMatched, Instant At)> entries, DateTimeZone zone, DeviationRule rule) =>
        entries.Where(e => Counts(e, rule)).GroupBy(e => e.UserId).Select(person => (person.Key, person
            .GroupBy(e => e.At.InZone(zone).Date).Where(d => d.Count() >= rule.PerDay).Select(d => d.Key).Order().ToList()));
}

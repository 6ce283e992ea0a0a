using NodaTime;

namespace SalesSuite.Leads.Domain;

/// <summary>
/// Allocation-log deviations: people who received rule-assigned leads outside their industry on N or more
/// consecutive days (the signal that showed "education" mixed K12 schools with training companies).
/// </summary>
internal static class AllocationDeviations
{
    public static IReadOnlyList<(Guid UserId, int Days, LocalDate Until)> NonTargetStreaks(
        IEnumerable<(Guid UserId, bool ByRule, bool IndustryMatched, Instant At)> entries, DateTimeZone zone, int minDays)
    {
        var result = new List<(Guid, int, LocalDate)>();
        foreach (var person in entries.Where(e => e.ByRule && !e.IndustryMatched).GroupBy(e => e.UserId))
        {
            var days = person.Select(e => e.At.InZone(zone).Date).Distinct().Order().ToList();
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
            if (best.Days >= minDays)
            {
                result.Add((person.Key, best.Days, best.Until));
            }
        }
        return result.OrderByDescending(r => r.Item2).ToList();
    }
}

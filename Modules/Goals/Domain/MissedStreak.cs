using NodaTime;

namespace SalesSuite.Goals.Domain;

/// <summary>
/// A planned key action missed N planned working days running: the last N working days (Monday–Friday, before today)
/// on which the person had anything planned each had that action type planned, and none of it was done on those days.
/// Weekends and days without a plan neither count nor break the run; a planned day without the type, or a done day, breaks it.
/// </summary>
internal static class MissedStreak
{
    /// <summary>How far back a streak is looked for (days).</summary>
    public const int LookbackDays = 28;

    public static (LocalDate First, LocalDate Last)? Find(IReadOnlySet<LocalDate> plannedDays, IReadOnlySet<LocalDate> typeDays,
        IReadOnlySet<LocalDate> doneDays, LocalDate today, int days)
    {
        var run = new List<LocalDate>();
        for (var day = today.PlusDays(-1); run.Count < days && day >= today.PlusDays(-LookbackDays); day = day.PlusDays(-1))
        {
            if (day.DayOfWeek is IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday || !plannedDays.Contains(day))
            {
                continue;
            }
            if (!typeDays.Contains(day) || doneDays.Contains(day))
            {
                return null;
            }
            run.Add(day);
        }
        return run.Count == days && days > 0 ? (run[^1], run[0]) : null;
    }
}

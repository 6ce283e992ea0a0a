using NodaTime;

namespace SalesSuite.Stores.Domain;

/// <summary>
/// When a feedback category clusters: its count across all stores in one business week (Monday to Sunday in the
/// business time zone) reaches the threshold (the category's own, else the module setting). "Passes" means count ≥
/// threshold: at the default 15, the fifteenth line of the week raises the cluster.
/// </summary>
internal static class ClusterRule
{
    /// <summary>The Monday of the business week that holds <paramref name="day"/>.</summary>
    public static LocalDate WeekStart(LocalDate day) => day.PlusDays(-((int)day.DayOfWeek - (int)IsoDayOfWeek.Monday));

    /// <summary>The Monday of the business week in which <paramref name="instant"/> falls, seen in <paramref name="zone"/>.</summary>
    public static LocalDate WeekStart(Instant instant, DateTimeZone zone) => WeekStart(instant.InZone(zone).Date);

    /// <summary>The Sunday closing the week that starts on <paramref name="weekStart"/>.</summary>
    public static LocalDate WeekEnd(LocalDate weekStart) => weekStart.PlusDays(6);

    /// <summary>The threshold in force: the category's own when set, else the module setting.</summary>
    public static int Threshold(int? categoryThreshold, int settingThreshold) => categoryThreshold ?? settingThreshold;

    /// <summary>The category clusters this week.</summary>
    public static bool Passes(int count, int threshold) => threshold > 0 && count >= threshold;
}

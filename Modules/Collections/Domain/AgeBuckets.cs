using NodaTime;

namespace SalesSuite.Collections.Domain;

/// <summary>
/// The aging rule: days overdue = business days from the due date to today (0 when not overdue); 1–30, 31–60, 61–90,
/// over 90. Queries use <see cref="Range"/>: the same buckets as due-date boundaries, so the database filters and
/// groups on the indexed due date instead of computing an age per row.
/// </summary>
internal static class AgeBuckets
{
    public static readonly IReadOnlyList<AgeBucket> All =
        [AgeBucket.Current, AgeBucket.Days1To30, AgeBucket.Days31To60, AgeBucket.Days61To90, AgeBucket.Over90];

    public static readonly IReadOnlyList<AgeBucket> Overdue =
        [AgeBucket.Days1To30, AgeBucket.Days31To60, AgeBucket.Days61To90, AgeBucket.Over90];

    public static int DaysOverdue(LocalDate? due, LocalDate today) =>
        due is { } d && d < today ? Period.Between(d, today, PeriodUnits.Days).Days : 0;

    public static AgeBucket Of(int daysOverdue) => daysOverdue switch
    {
        <= 0 => AgeBucket.Current,
        <= 30 => AgeBucket.Days1To30,
        <= 60 => AgeBucket.Days31To60,
        <= 90 => AgeBucket.Days61To90,
        _ => AgeBucket.Over90,
    };

    public static AgeBucket Of(LocalDate? due, LocalDate today) => Of(DaysOverdue(due, today));

    /// <summary>The due dates of a bucket on <paramref name="today"/> (<see cref="AgeBucket.Current"/> also holds no due date).</summary>
    public static DueRange Range(AgeBucket bucket, LocalDate today) => bucket switch
    {
        AgeBucket.Current => new DueRange(today, null),
        AgeBucket.Days1To30 => new DueRange(today.PlusDays(-30), today),
        AgeBucket.Days31To60 => new DueRange(today.PlusDays(-60), today.PlusDays(-30)),
        AgeBucket.Days61To90 => new DueRange(today.PlusDays(-90), today.PlusDays(-60)),
        _ => new DueRange(null, today.PlusDays(-90)),
    };
}

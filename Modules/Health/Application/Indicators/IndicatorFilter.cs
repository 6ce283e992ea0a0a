using NodaTime;

namespace SalesSuite.Health.Application.Indicators;

/// <summary>
/// The period of a report: <see cref="Weeks"/> business weeks ending with the week of <see cref="Week"/> (default: this
/// week). Trends always show the 12 weeks ending there.
/// </summary>
internal sealed record IndicatorFilter(ReportBy By = ReportBy.Team, DateOnly? Week = null, int Weeks = 4)
{
    public const int TrendWeeks = 12;

    internal LocalDate ToWeek(LocalDate thisWeek) =>
        Week is { } w ? Periods.MondayOf(LocalDate.FromDateOnly(w)) : thisWeek;

    internal int WeekCount => Math.Clamp(Weeks, 1, TrendWeeks);

    internal LocalDate FromWeek(LocalDate thisWeek) => ToWeek(thisWeek).PlusWeeks(1 - WeekCount);

    internal IReadOnlyList<LocalDate> TrendOf(LocalDate thisWeek) =>
        Enumerable.Range(0, TrendWeeks).Select(i => ToWeek(thisWeek).PlusWeeks(i - TrendWeeks + 1)).ToList();
}

using NodaTime;
using SalesSuite.SharedKernel.Time;

namespace SalesSuite.Health.Application;

/// <summary>Business weeks (Monday, Asia/Shanghai) and days: how every Health series is bucketed.</summary>
internal sealed class Periods(BusinessClock clock)
{
    public DateTimeZone Zone => clock.Zone;

    public LocalDate DayOf(Instant instant) => instant.InZone(clock.Zone).Date;

    public LocalDate WeekOf(Instant instant) => MondayOf(DayOf(instant));

    public static LocalDate MondayOf(LocalDate day) => day.With(DateAdjusters.PreviousOrSame(IsoDayOfWeek.Monday));

    /// <summary>This business week's Monday.</summary>
    public LocalDate ThisWeek => MondayOf(clock.Today);

    /// <summary>The Mondays of the last <paramref name="weeks"/> weeks, oldest first, ending with this week.</summary>
    public IReadOnlyList<LocalDate> LastWeeks(int weeks) =>
        Enumerable.Range(0, weeks).Select(i => ThisWeek.PlusWeeks(i - weeks + 1)).ToList();

    /// <summary>Next Monday 00:00 (business zone) after <paramref name="instant"/>: when a quoting freeze lifts.</summary>
    public Instant NextMonday(Instant instant) =>
        clock.Zone.AtStartOfDay(DayOf(instant).With(DateAdjusters.Next(IsoDayOfWeek.Monday))).ToInstant();

    public Instant StartOf(LocalDate day) => clock.Zone.AtStartOfDay(day).ToInstant();
}

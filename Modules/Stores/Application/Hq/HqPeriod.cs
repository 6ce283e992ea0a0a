using NodaTime;

namespace SalesSuite.Stores.Application.Hq;

/// <summary>A headquarters view's period (both days inclusive), resolved from a preset or from/to dates.</summary>
internal sealed record HqPeriod(LocalDate From, LocalDate To)
{
    public const string LastFourWeeks = "4w";
    public const string ThisMonth = "month";
    public const string LastMonth = "lastmonth";
    public const string TwelveMonths = "12m";

    public static readonly IReadOnlyList<string> Presets = [LastFourWeeks, ThisMonth, LastMonth, TwelveMonths];

    /// <summary>
    /// A preset wins over dates; without either, this month up to today. A missing end is today, a missing start the
    /// end's month start; dates given the wrong way round are swapped.
    /// </summary>
    public static HqPeriod Resolve(LocalDate? from, LocalDate? to, string? preset, LocalDate today)
    {
        var monthStart = today.With(DateAdjusters.StartOfMonth);
        switch (preset)
        {
            case LastFourWeeks:
                return new(today.PlusDays(-27), today);
            case ThisMonth:
                return new(monthStart, today);
            case LastMonth:
                return new(monthStart.PlusMonths(-1), monthStart.PlusDays(-1));
            case TwelveMonths:
                return new(today.PlusYears(-1).PlusDays(1), today);
        }
        var end = to ?? today;
        var start = from ?? end.With(DateAdjusters.StartOfMonth);
        return start <= end ? new(start, end) : new(end, start);
    }

    /// <summary>The days of the period that can have a report: from the later of the start and <paramref name="openedOn"/> to the
    /// earlier of the end and today (0 when none).</summary>
    public int ExpectedDays(LocalDate? openedOn, LocalDate today)
    {
        var start = openedOn is { } o && o > From ? o : From;
        var end = To < today ? To : today;
        return start > end ? 0 : Period.DaysBetween(start, end) + 1;
    }

    /// <summary>The days both this period and [<paramref name="start"/>, <paramref name="end"/>] cover, up to today.</summary>
    public int OverlapDays(LocalDate start, LocalDate end, LocalDate? openedOn, LocalDate today)
    {
        var clipped = new HqPeriod(start > From ? start : From, end < To ? end : To);
        return clipped.From > clipped.To ? 0 : clipped.ExpectedDays(openedOn, today);
    }
}

using System.Globalization;
using NodaTime;
using NodaTime.Calendars;

namespace SalesSuite.Goals.Domain;

internal enum PeriodKind
{
    Quarter,
    Month,
    Week,
}

/// <summary>
/// A target period: a calendar quarter, a calendar month or an ISO week (Monday to Sunday), inclusive dates in business
/// time (Asia/Shanghai). <see cref="Key"/> ("2026-Q4", "2026-12", "2026-W49") is what URLs and forms carry.
/// </summary>
internal readonly record struct GoalPeriod(PeriodKind Kind, LocalDate Start)
{
    public LocalDate End => Kind switch
    {
        PeriodKind.Quarter => Start.PlusMonths(3).PlusDays(-1),
        PeriodKind.Month => Start.PlusMonths(1).PlusDays(-1),
        _ => Start.PlusDays(6),
    };

    /// <summary>Days in the period (the quarter of 1 Oct has 92).</summary>
    public int Days => Period.Between(Start, End, PeriodUnits.Days).Days + 1;

    public bool Contains(LocalDate day) => day >= Start && day <= End;

    public string Key => Kind switch
    {
        PeriodKind.Quarter => $"{Start.Year}-Q{(Start.Month - 1) / 3 + 1}",
        PeriodKind.Month => Start.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        _ => $"{WeekYearRules.Iso.GetWeekYear(Start)}-W{WeekYearRules.Iso.GetWeekOfWeekYear(Start):00}",
    };

    public GoalPeriod Next => Kind switch
    {
        PeriodKind.Quarter => new(Kind, Start.PlusMonths(3)),
        PeriodKind.Month => new(Kind, Start.PlusMonths(1)),
        _ => new(Kind, Start.PlusDays(7)),
    };

    public GoalPeriod Previous => Kind switch
    {
        PeriodKind.Quarter => new(Kind, Start.PlusMonths(-3)),
        PeriodKind.Month => new(Kind, Start.PlusMonths(-1)),
        _ => new(Kind, Start.PlusDays(-7)),
    };

    /// <summary>The period of <paramref name="kind"/> that contains <paramref name="day"/>.</summary>
    public static GoalPeriod Of(PeriodKind kind, LocalDate day) => kind switch
    {
        PeriodKind.Quarter => new(kind, new LocalDate(day.Year, (day.Month - 1) / 3 * 3 + 1, 1)),
        PeriodKind.Month => new(kind, new LocalDate(day.Year, day.Month, 1)),
        _ => new(kind, day.With(DateAdjusters.PreviousOrSame(IsoDayOfWeek.Monday))),
    };

    /// <summary>Parses <see cref="Key"/>; null when it is not one.</summary>
    public static GoalPeriod? Parse(string? key)
    {
        if (string.IsNullOrWhiteSpace(key))
        {
            return null;
        }
        var parts = key.Trim().ToUpperInvariant().Split('-');
        if (parts.Length != 2 || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year is < 2000 or > 2100)
        {
            return null;
        }
        var rest = parts[1];
        if (rest.StartsWith('Q') && int.TryParse(rest[1..], NumberStyles.None, CultureInfo.InvariantCulture, out var q) && q is >= 1 and <= 4)
        {
            return new GoalPeriod(PeriodKind.Quarter, new LocalDate(year, (q - 1) * 3 + 1, 1));
        }
        if (rest.StartsWith('W') && int.TryParse(rest[1..], NumberStyles.None, CultureInfo.InvariantCulture, out var w)
            && w >= 1 && w <= WeekYearRules.Iso.GetWeeksInWeekYear(year))
        {
            return new GoalPeriod(PeriodKind.Week, WeekYearRules.Iso.GetLocalDate(year, w, IsoDayOfWeek.Monday));
        }
        if (int.TryParse(rest, NumberStyles.None, CultureInfo.InvariantCulture, out var m) && m is >= 1 and <= 12 && rest.Length == 2)
        {
            return new GoalPeriod(PeriodKind.Month, new LocalDate(year, m, 1));
        }
        return null;
    }

    public override string ToString() => Key;
}

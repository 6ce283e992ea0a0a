using NodaTime;

namespace SalesSuite.Health.Domain.Rules;

/// <summary>Business days are Monday to Friday (Asia/Shanghai dates): a weekend neither counts nor breaks a run of days.</summary>
internal static class BusinessDays
{
    public static bool IsBusinessDay(LocalDate day) => day.DayOfWeek is not (IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday);

    /// <summary>The last <paramref name="count"/> business days up to and including <paramref name="today"/>, newest first.</summary>
    public static IReadOnlyList<LocalDate> LastN(LocalDate today, int count)
    {
        var days = new List<LocalDate>(count);
        for (var day = today; days.Count < count; day = day.PlusDays(-1))
        {
            if (IsBusinessDay(day))
            {
                days.Add(day);
            }
        }
        return days;
    }
}

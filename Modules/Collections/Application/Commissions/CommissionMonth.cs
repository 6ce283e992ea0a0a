using NodaTime;
using NodaTime.Text;

namespace SalesSuite.Collections.Application.Commissions;

/// <summary>A statement month as forms and files write it: "2026-11" (an &lt;input type="month"&gt;).</summary>
internal static class CommissionMonth
{
    /// <summary>The month's first day, or null when <paramref name="text"/> is not a year-month.</summary>
    public static LocalDate? Parse(string? text) =>
        YearMonthPattern.Iso.Parse(text?.Trim() ?? string.Empty) is { Success: true } parsed ? parsed.Value.OnDayOfMonth(1) : null;

    public static string Format(LocalDate month) => YearMonthPattern.Iso.Format(month.ToYearMonth());
}

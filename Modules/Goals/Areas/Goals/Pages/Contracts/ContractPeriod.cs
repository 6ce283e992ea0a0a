using System.Globalization;
using SalesSuite.Goals.Domain;

namespace SalesSuite.Goals.Areas.Goals.Pages.Contracts;

/// <summary>The period in the query string (<c>?period=2026-Q4</c>), the current quarter by default; the drill-down link.</summary>
internal static class ContractPeriod
{
    public static GoalPeriod Of(string? key, NodaTime.LocalDate today) => GoalPeriod.Parse(key) ?? GoalPeriod.Of(PeriodKind.Quarter, today);

    /// <summary>The evidence behind a done number (the progress pages' drill-down).</summary>
    public static string EvidenceLink(Guid userId, Guid actionTypeId, GoalPeriod period) =>
        string.Create(CultureInfo.InvariantCulture,
            $"/Goals/Progress/Evidence?userId={userId}&actionTypeId={actionTypeId}&from={period.Start:yyyy-MM-dd}&to={period.End:yyyy-MM-dd}");
}

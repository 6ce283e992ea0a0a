using System.Globalization;
using NodaTime;

namespace SalesSuite.Stores.Areas.Stores.Pages;

/// <summary>Dates and numbers on the clusters, flags and quality pages, and the links to the reports behind a number.</summary>
internal static class StoresFormat
{
    public static string Date(LocalDate date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Number(decimal value) => value.ToString("0.##", CultureInfo.CurrentCulture);

    public static string Percent(decimal value) => value.ToString("0.#", CultureInfo.CurrentCulture) + " %";

    /// <summary>A decimal without trailing zeros (1.00 → 1), for CSV cells.</summary>
    public static decimal Plain(decimal value) => value / 1.0000000000000000000000000000m;

    /// <summary>The report list of one store and period (the list page is the "hq" slice's).</summary>
    public static string Reports(Guid storeId, LocalDate from, LocalDate to, string? category = null) =>
        "/Stores/Reports?storeId=" + storeId + "&from=" + Date(from) + "&to=" + Date(to)
        + (category is null ? string.Empty : "&category=" + Uri.EscapeDataString(category));

    public static string Report(Guid reportId) => "/Stores/Reports/Detail?id=" + reportId;
}

using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using SalesSuite.Collections.Application.Reports;

namespace SalesSuite.Collections.Areas.Collections.Pages;

/// <summary>Links from every number to the records behind it, and amounts as the reader's culture writes them.</summary>
internal static class ReportLinks
{
    public static string Board(this IUrlHelper url, BoardFilter filter) => url.Page("/Receivables/Index", filter.Query())!;

    public static string BoardCsv(this IUrlHelper url, BoardFilter filter) => url.Page("/Receivables/Index", "Csv", filter.Query())!;

    public static string Received(this IUrlHelper url, ReceivedFilter filter) => url.Page("/Reports/Received", filter.Query())!;

    /// <summary>A milestone's page (its own helper builds it).</summary>
    public static string Receivable(this IUrlHelper url, Guid id) => url.Content("~/Collections/Receivables/Detail") + "?id=" + id;

    /// <summary>A contract's page (its own helper builds it).</summary>
    public static string Contract(this IUrlHelper url, Guid id) => url.Content("~/Collections/Contracts/Detail") + "?id=" + id;

    public static string Money(decimal amount) => amount.ToString("N2", CultureInfo.CurrentCulture);

    public static string Percent(decimal? rate) => rate is { } r ? r.ToString("P1", CultureInfo.CurrentCulture) : "—";

    public static string Date(NodaTime.LocalDate? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "—";

    /// <summary>A date input's value (empty when none).</summary>
    public static string Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty;
}

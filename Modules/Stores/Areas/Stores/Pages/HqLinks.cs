using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using NodaTime;
using SalesSuite.Stores.Application.Hq;

namespace SalesSuite.Stores.Areas.Stores.Pages;

/// <summary>Links from every headquarters number to the reports behind it, and numbers and dates as the pages show them.</summary>
internal static class HqLinks
{
    public static string Reports(this IUrlHelper url, ReportFilter filter) => url.Page("/Reports/Index", filter.Query())!;

    public static string ReportsCsv(this IUrlHelper url, ReportFilter filter) =>
        url.Page("/Reports/Index", "Csv", (filter with { PageNo = 1 }).Query())!;

    public static string Report(this IUrlHelper url, Guid id) => url.Page("/Reports/Detail", new { id })!;

    /// <summary>The same view with another filter (sort, period, product).</summary>
    public static string View(this IUrlHelper url, string page, HqFilter filter, string? handler = null) => url.Page(page, handler, filter.Query())!;

    /// <summary>A column header's link: sorts by the key, the second click reverses.</summary>
    public static string Sort(this IUrlHelper url, string page, HqFilter filter, string key) =>
        url.View(page, filter with { Sort = key, Desc = filter.Sort == key && !filter.Desc });

    /// <summary>A store's page (the store master helper builds it).</summary>
    public static string Store(this IUrlHelper url, Guid id) => url.Content("~/Stores/List/Detail") + "?id=" + id;

    /// <summary>A file as served (re-encoded, no metadata) and its thumbnail (the media endpoints).</summary>
    public static string File(this IUrlHelper url, Guid id) => url.Content("~/Stores/Files/") + id;

    public static string Thumb(this IUrlHelper url, Guid id) => url.Content("~/Stores/Files/") + id + "/Thumb";

    public static string Percent(decimal? rate) => rate is { } r ? r.ToString("P1", CultureInfo.CurrentCulture) : "—";

    public static string Date(LocalDate? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "—";

    public static string Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty;

    public static string Number(double? value) => value?.ToString("0.#", CultureInfo.CurrentCulture) ?? "—";

    /// <summary>The report list for the period of a view, narrowed by the view's region and supervisor.</summary>
    public static ReportFilter ReportsFor(HqFilter filter, HqPeriod period) =>
        ReportFilter.For(period) with { Region = filter.Region, SupervisorId = filter.SupervisorId };
}

using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using NodaTime;
using SalesSuite.SharedKernel.Csv;

namespace SalesSuite.Stores.Areas.Stores.Pages.Config;

/// <summary>A configuration list as a CSV download (kernel's <see cref="CsvExport"/>; headers in the reader's language).</summary>
internal static class ConfigCsv
{
    public static FileContentResult Csv(
        this PageModel page, string name, LocalDate today, IStringLocalizer localizer, IReadOnlyList<string> headerKeys,
        IEnumerable<IReadOnlyList<object?>> rows) =>
        page.File(
            CsvExport.Write(headerKeys.Select(k => localizer[k].Value).ToList(), rows),
            "text/csv; charset=utf-8",
            $"{name}-{today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}.csv");

    public static string Iso(this LocalDate date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
